// SPDX-License-Identifier: EUPL-1.2
// `samsyn-cli import participants` end to end, on files written byte by byte.
#include <catch2/catch.hpp>

#include "storage/participantrepository.h"
#include "teamfile.h"
#include "testidentities.h"
#include "util/clock.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace samsyn;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run samsynCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SAMSYN_CLI_PATH),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--date"), QStringLiteral("2026-11-24")}
                      + args);
    REQUIRE(process.waitForFinished(120000));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

class ImportFixture
{
public:
    ImportFixture()
    {
        team = dir.filePath(QStringLiteral("team.samsyn"));
        const Run init = samsynCli({QStringLiteral("init"), team, QStringLiteral("--team"), QStringLiteral("Testteamet"),
                                    QStringLiteral("--municipality"), QStringLiteral("Åsele"), QStringLiteral("--member"),
                                    QStringLiteral("Karin Koordinator:Koordinator:Åsele"), QStringLiteral("--programme"),
                                    QStringLiteral("Steget:15")});
        REQUIRE(init.code == 0);
    }

    QString write(const QByteArray &bytes)
    {
        const QString path = dir.filePath(QStringLiteral("lista.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    Run import(const QString &list, const QStringList &options = {})
    {
        return samsynCli(QStringList{QStringLiteral("import"), QStringLiteral("participants"), team, list} + options);
    }

    int participants()
    {
        FixedClock clock(QDate(2026, 11, 24));
        TeamFile::OpenOptions options;
        options.readOnly = true;
        options.backupAtOpen = false;
        auto file = TeamFile::open(team, clock, options);
        return ParticipantRepository(file->database()).count();
    }

    QTemporaryDir dir;
    QString team;
};

// Windows-1252 bytes for text in the Latin-1 range (what Swedish Excel writes for å ä ö é).
QByteArray latin(const QString &text)
{
    return text.toLatin1();
}

} // namespace

TEST_CASE("import participants: dry run, then the import, then the same file again", "[cli][import]")
{
    ImportFixture f;
    const QString ok = test::testPnr(100);
    const QString list = f.write(latin(QStringLiteral("Personnummer;Förnamn;Efternamn;Kommun\r\n") + ok
                                       + QStringLiteral(";Åsa;Öberg;Åsele\r\n") + test::testPnr(101).left(11)
                                       + QStringLiteral("9;Bo;Berg;Åsele\r\n")));

    const Run dry = f.import(list, {QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Windows-1252")));
    CHECK(dry.out.contains(QStringLiteral("To create: 1.")));
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(f.participants() == 0);

    const Run strict = f.import(list, {QStringLiteral("--strict")});
    CHECK(strict.code == 1);
    CHECK(f.participants() == 0);

    const Run run = f.import(list);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Imported: 1 created")));
    CHECK(run.out.contains(ok.left(8) + QStringLiteral("-****")));
    CHECK_FALSE(run.out.contains(ok)); // never the full number on the terminal
    CHECK_FALSE(run.out.contains(QStringLiteral("Öberg")));
    CHECK(f.participants() == 1);

    // Again: the person is skipped, the other row still rejected, nothing imported: exit 1.
    const Run again = f.import(list);
    CHECK(again.code == 1);
    CHECK(again.out.contains(QStringLiteral("Row 2: skip")));
    CHECK(f.participants() == 1);
}

TEST_CASE("import participants: options for encoding, separator, dates and mapping", "[cli][import]")
{
    ImportFixture f;
    const QString list = f.write((QStringLiteral("Id,Namn,Remissdatum,Remittent\n") + test::testPnr(110)
                                  + QStringLiteral(",\"Ek, Anna\",1/9/2019,FK\n"))
                                     .toUtf8());
    // The header "Id" is not one Samsyn guesses: the mapping must be given.
    const Run unmapped = f.import(list);
    CHECK(unmapped.code == 1);
    CHECK(unmapped.err.contains(QStringLiteral("personnummer")));

    const QStringList mapped{QStringLiteral("--column"), QStringLiteral("identity=Id")};
    const Run ambiguous = f.import(list, mapped);
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.out.contains(QStringLiteral("day/month")));

    const Run ok = f.import(list, mapped + QStringList{QStringLiteral("--date-format"), QStringLiteral("dmy"),
                                                       QStringLiteral("--separator"), QStringLiteral(","),
                                                       QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    INFO(ok.out.toStdString() << ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(f.participants() == 1);

    // The mapping was saved with the import: the next run finds it without --column.
    const QString second = f.write((QStringLiteral("Id,Namn\n") + test::testPnr(111) + QStringLiteral(",Bo Ek\n")).toUtf8());
    const Run saved = f.import(second, {QStringLiteral("--mapping"), QStringLiteral("saved")});
    INFO(saved.out.toStdString() << saved.err.toStdString());
    CHECK(saved.code == 0);
    CHECK(saved.err.contains(QStringLiteral("Referral date")));
    CHECK(f.participants() == 2);

    CHECK(f.import(list, {QStringLiteral("--date-format"), QStringLiteral("american")}).code == 2);
    CHECK(f.import(list, {QStringLiteral("--on-duplicate"), QStringLiteral("merge")}).code == 2);
    CHECK(f.import(f.dir.filePath(QStringLiteral("missing.csv"))).code != 0);
}

// SPDX-License-Identifier: EUPL-1.2
// Runs the real samsyn-cli binary, as a coordinator or a script would.
#include <catch2/catch.hpp>

#include "storage/auditlog.h"
#include "storage/teamlock.h"
#include "teamfile.h"
#include "util/clock.h"
#include "clirunner.h"
#include "testidentities.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace samsyn;

namespace {

using Result = test::CliResult;

Result cli(const QStringList &args)
{
    return test::runCli(args);
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A fresh team with two municipalities and a coordinator.
QString initTeam(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("team.samsyn"));
    const Result init = cli({QStringLiteral("init"), path, QStringLiteral("--team"), QStringLiteral("Testteamet"),
                             QStringLiteral("--municipality"), QStringLiteral("Åsele"), QStringLiteral("--municipality"),
                             QStringLiteral("Vilhelmina"), QStringLiteral("--member"),
                             QStringLiteral("Karin Koordinator:Koordinator:Åsele"), QStringLiteral("--programme"),
                             QStringLiteral("Steget:15")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    return path;
}

Result addParticipant(const QString &path, const QString &pnr, const QString &given, const QString &family)
{
    return cli({QStringLiteral("add-participant"), path, QStringLiteral("--pnr"), pnr, QStringLiteral("--given-name"), given,
                QStringLiteral("--family-name"), family, QStringLiteral("--municipality"), QStringLiteral("Åsele")});
}

QStringList csvLines(const QString &csv)
{
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("help lists the commands, and an unknown command exits 2", "[cli]")
{
    const Result help = cli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    for (const char *name : {"init", "demo", "participants", "add-participant", "check", "backup", "restore"})
        CHECK(help.out.contains(QLatin1String(name)));
    const Result unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command: frobnicate")));
    CHECK(unknown.err.contains(QStringLiteral("participants")));
}

TEST_CASE("init, add-participant, then list as csv and json", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initTeam(dir);
    const QString first = test::testPnr(1);
    const QString second = test::testPnr(2);
    REQUIRE(addParticipant(path, first, QStringLiteral("Örjan"), QStringLiteral("Östberg")).code == 0);
    REQUIRE(addParticipant(path, second, QStringLiteral("=HYPERLINK(1)"), QStringLiteral("Andersén; \"Ante\"")).code == 0);

    SECTION("csv: BOM, semicolons, CRLF, quoting, formula neutralised, Swedish order, masked identity")
    {
        const Result csv = cli({QStringLiteral("participants"), path, QStringLiteral("--format"), QStringLiteral("csv")});
        REQUIRE(csv.code == 0);
        REQUIRE(csv.raw.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = csvLines(csv.out);
        REQUIRE(lines.size() == 3);
        CHECK(lines.at(0).startsWith(QStringLiteral("Id;Identity;Family name;Given name")));
        // A before Ö in Swedish order; the quote doubled, the semicolon quoted, the formula defused.
        CHECK(lines.at(1).contains(QStringLiteral("\"Andersén; \"\"Ante\"\"\";'=HYPERLINK(1);")));
        CHECK(lines.at(2).contains(QStringLiteral("Östberg;Örjan;Referred;Åsele")));
        CHECK(lines.at(2).contains(first.left(8) + QStringLiteral("-****")));
        CHECK_FALSE(csv.out.contains(first));
    }

    SECTION("json with --show-pnr gives the full identity")
    {
        const Result json = cli({QStringLiteral("participants"), path, QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--show-pnr")});
        REQUIRE(json.code == 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        REQUIRE(rows.size() == 2);
        CHECK(rows.at(1).toObject().value(QStringLiteral("identity")).toString() == first);
        CHECK(rows.at(1).toObject().value(QStringLiteral("givenName")).toString() == QStringLiteral("Örjan"));
        CHECK(rows.at(1).toObject().value(QStringLiteral("municipality")).toString() == QStringLiteral("Åsele"));
        CHECK(rows.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("referred"));
    }

    SECTION("a status filter and the table format")
    {
        const Result table = cli({QStringLiteral("participants"), path, QStringLiteral("--status"), QStringLiteral("active")});
        REQUIRE(table.code == 0);
        CHECK(table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2); // header and rule only
        CHECK(cli({QStringLiteral("participants"), path, QStringLiteral("--status"), QStringLiteral("sleeping")}).code == 2);
    }
}

TEST_CASE("an invalid personnummer is refused with a clear message and nothing is written", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initTeam(dir);
    QString wrong = test::testPnr(3);
    wrong[11] = QChar(u'0' + (wrong.at(11).digitValue() + 1) % 10);
    const QByteArray before = digest(path);
    const Result add = addParticipant(path, wrong, QStringLiteral("Maja"), QStringLiteral("Lind"));
    CHECK(add.code == 1);
    CHECK(add.err.contains(QStringLiteral("check digit")));
    CHECK_FALSE(add.err.contains(QStringLiteral("Exception")));
    CHECK(digest(path) == before);
    const Result list = cli({QStringLiteral("participants"), path, QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csvLines(list.out).size() == 1);
}

TEST_CASE("init refuses to overwrite an existing file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initTeam(dir);
    REQUIRE(addParticipant(path, test::testPnr(4), QStringLiteral("Maja"), QStringLiteral("Lind")).code == 0);
    const QByteArray before = digest(path);
    const Result again = cli({QStringLiteral("init"), path, QStringLiteral("--team"), QStringLiteral("Annat")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    REQUIRE(QFileInfo::exists(path));
    CHECK(digest(path) == before);
}

TEST_CASE("demo of 1000 participants over 10 years, deterministic for a seed", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.samsyn"));
    const QString b = dir.filePath(QStringLiteral("b.samsyn"));
    const QStringList options{QStringLiteral("--participants"), QStringLiteral("1000"), QStringLiteral("--years"),
                              QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("1")};
    const Result demoA = cli(QStringList{QStringLiteral("demo"), a} + options);
    INFO(demoA.err.toStdString());
    REQUIRE(demoA.code == 0);
    REQUIRE(cli(QStringList{QStringLiteral("demo"), b} + options).code == 0);

    const Result listA = cli({QStringLiteral("participants"), a, QStringLiteral("--format"), QStringLiteral("csv")});
    const Result listB = cli({QStringLiteral("participants"), b, QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(listA.code == 0);
    CHECK(csvLines(listA.out).size() == 1001);
    CHECK(listA.out == listB.out);

    const Result other = cli({QStringLiteral("demo"), dir.filePath(QStringLiteral("c.samsyn")), QStringLiteral("--participants"),
                              QStringLiteral("1000"), QStringLiteral("--years"), QStringLiteral("10"), QStringLiteral("--seed"),
                              QStringLiteral("2")});
    REQUIRE(other.code == 0);
    CHECK(cli({QStringLiteral("participants"), dir.filePath(QStringLiteral("c.samsyn")), QStringLiteral("--format"),
               QStringLiteral("csv")})
              .out
          != listA.out);
}

TEST_CASE("check passes a good file and fails a garbage one", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initTeam(dir);
    const Result good = cli({QStringLiteral("check"), path});
    INFO(good.out.toStdString());
    CHECK(good.code == 0);
    CHECK(good.out.contains(QStringLiteral("Audit trail")));
    CHECK(good.out.contains(QStringLiteral("chain intact")));
    // init closed the file, which anchored its chain outside it.
    CHECK(good.out.contains(QRegularExpression(QStringLiteral("\\[ok\\] +Audit anchors: \\d+ anchors? outside the file, all reached"))));

    const QString garbage = dir.filePath(QStringLiteral("garbage.samsyn"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const Result bad = cli({QStringLiteral("check"), garbage});
    CHECK(bad.code == 1);
    CHECK(bad.out.contains(QStringLiteral("not a Samsyn team file")));
}

TEST_CASE("backup then restore brings the old content back and keeps the replaced file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initTeam(dir);
    REQUIRE(addParticipant(path, test::testPnr(5), QStringLiteral("Maja"), QStringLiteral("Lind")).code == 0);
    const Result backup = cli({QStringLiteral("backup"), path});
    REQUIRE(backup.code == 0);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Backup written to (.+)\\n")).match(backup.out);
    REQUIRE(match.hasMatch());
    const QString backupPath = match.captured(1).trimmed();
    REQUIRE(QFileInfo::exists(backupPath));

    REQUIRE(addParticipant(path, test::testPnr(6), QStringLiteral("Elsa"), QStringLiteral("Holm")).code == 0);
    const Result restore = cli({QStringLiteral("restore"), path, backupPath});
    INFO(restore.err.toStdString());
    REQUIRE(restore.code == 0);
    const QRegularExpressionMatch kept = QRegularExpression(QStringLiteral("kept as (.+)\\n")).match(restore.out);
    REQUIRE(kept.hasMatch());
    CHECK(QFileInfo::exists(kept.captured(1).trimmed()));

    const Result list = cli({QStringLiteral("participants"), path, QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList lines = csvLines(list.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).contains(QStringLiteral("Lind;Maja")));
}

TEST_CASE("a file held by another Samsyn is refused, naming the holder", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initTeam(dir);
    TeamLock lock(path);
    REQUIRE(lock.tryAcquire(QDateTime::currentDateTime()) == TeamLock::Outcome::Acquired);
    const Result list = cli({QStringLiteral("participants"), path});
    CHECK(list.code == 1);
    CHECK(list.err.contains(QStringLiteral("open in another Samsyn")));
    CHECK(list.err.contains(QSysInfo::machineHostName()));
    CHECK(list.out.isEmpty());
}

TEST_CASE("the --as option records the team member, and an unknown member is refused", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initTeam(dir);
    const Result unknown = cli({QStringLiteral("--as"), QStringLiteral("Nobody"), QStringLiteral("participants"), path});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("no team member called Nobody")));
    REQUIRE(cli({QStringLiteral("--as"), QStringLiteral("Karin Koordinator"), QStringLiteral("participants"), path}).code == 0);

    // The list was an access to personal data: logged, with the member as the actor.
    FixedClock clock(QDate(2026, 11, 24));
    TeamFile::OpenOptions options;
    options.readOnly = true;
    const auto team = TeamFile::open(path, clock, options);
    const QList<AuditRecord> latest = AuditLog::latest(team->database(), 1);
    REQUIRE(latest.size() == 1);
    CHECK(latest.at(0).action == QStringLiteral("participant.list"));
    CHECK(latest.at(0).actor == QStringLiteral("Karin Koordinator"));
    CHECK(latest.at(0).detail.contains(QStringLiteral("0 rows")));
}

// SPDX-License-Identifier: EUPL-1.2
// `samsyn-cli export sus`: the quarter-end export from a terminal, on the hand-built team of
// SusFixtures::standard (Q3 2026: Gruppen 1 woman; Steget 2 women, one anonymous, 1 man).
#include <catch2/catch.hpp>

#include "clirunner.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "susfixtures.h"
#include "testidentities.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace samsyn;
using samsyn::test::CliResult;
using samsyn::test::runCli;
using samsyn::test::SusFixtures;
using samsyn::test::TempTeam;

namespace {

// The standard team, closed so that the CLI can take the file's lock.
struct ExportTeam
{
    ExportTeam(bool withProblem = false)
    {
        SusFixtures f(t);
        f.standard();
        if (withProblem) {
            // Gustav (a man) is registered with consent, but none is on file.
            const qint64 gustav = f.person(9, QStringLiteral("Gustav"), QStringLiteral("Ås"));
            f.referral(gustav, QStringLiteral("Försäkringskassan"), QDate(2026, 7, 1));
            f.enrol(gustav, QStringLiteral("Steget"), QDate(2026, 7, 6));
        }
        t.close();
        out = QDir(t.folder()).filePath(QStringLiteral("export"));
        QDir().mkpath(out);
    }

    CliResult run(QStringList extra = {})
    {
        return runCli(QStringList{QStringLiteral("export"), QStringLiteral("sus"), t.path(), QStringLiteral("--out"), out}
                      + extra);
    }

    QStringList files() const { return QDir(out).entryList(QDir::Files | QDir::Hidden); }

    QByteArray read(const QString &name) const
    {
        QFile file(QDir(out).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    int exportsLogged()
    {
        t.reopen();
        const int n = t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.sus'")).toInt();
        t.close();
        return n;
    }

    TempTeam t;
    QString out;
};

} // namespace

TEST_CASE("export sus: the last completed quarter by default, files and figures", "[cli][sus]")
{
    ExportTeam team;
    const CliResult r = team.run();
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    // The CLI's clock says 2026-11-24, so the default is Q3 2026.
    CHECK(team.files() == QStringList({QStringLiteral("antal_2026Q3.csv"), QStringLiteral("deltagare_2026Q3.csv")}));
    CHECK(team.read(QStringLiteral("antal_2026Q3.csv"))
          == QByteArray("\xEF\xBB\xBF"
                        "period_fran;period_till;insats;kon;paborjade;pagaende;avslutade;varav_anonyma\r\n"
                        "2026-07-01;2026-09-30;Gruppen;Kvinna;1;1;1;0\r\n"
                        "2026-07-01;2026-09-30;Gruppen;Man;0;0;0;0\r\n"
                        "2026-07-01;2026-09-30;Steget;Kvinna;0;2;1;1\r\n"
                        "2026-07-01;2026-09-30;Steget;Man;1;1;0;0\r\n"));
    // The header and four rows (the line break inside Frida's quoted exit reason is a bare LF).
    CHECK(team.read(QStringLiteral("deltagare_2026Q3.csv")).count("\r\n") == 5);
    CHECK(r.out.contains(QStringLiteral("Q3 2026 (2026-07-01 to 2026-09-30), format version 1:")));
    CHECK(r.out.contains(QStringLiteral("Insats   Kvinnor  Män  Totalt\n"
                                        "Gruppen        1    0       1\n"
                                        "Steget         2    1       3\n")));
    // No names on the terminal, and the export is in the audit trail.
    CHECK_FALSE(r.out.contains(QStringLiteral("Anna")));
    CHECK(team.exportsLogged() == 1);
}

TEST_CASE("export sus: any period form", "[cli][sus]")
{
    ExportTeam team;
    REQUIRE(team.run({QStringLiteral("--period"), QStringLiteral("2026h1")}).code == 0);
    REQUIRE(team.run({QStringLiteral("--period"), QStringLiteral("2026-09")}).code == 0);
    REQUIRE(team.run({QStringLiteral("--period"), QStringLiteral("2026-01-01..2026-03-31")}).code == 0);
    CHECK(team.files()
          == QStringList({QStringLiteral("antal_2026-01-01_2026-03-31.csv"), QStringLiteral("antal_2026-09.csv"),
                          QStringLiteral("antal_2026H1.csv"), QStringLiteral("deltagare_2026-01-01_2026-03-31.csv"),
                          QStringLiteral("deltagare_2026-09.csv"), QStringLiteral("deltagare_2026H1.csv")}));
    CHECK(team.read(QStringLiteral("antal_2026H1.csv")).contains("2026-01-01;2026-06-30;Gruppen;Man;1;1;1;0\r\n"));
}

TEST_CASE("export sus: problems go to standard error and nothing is written", "[cli][sus]")
{
    ExportTeam team(true);
    const CliResult refused = team.run();
    CHECK(refused.code == 1);
    CHECK(team.files().isEmpty());
    const QStringList lines = refused.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2); // the problem, then why nothing was written
    // Who by id and masked identity, where, why, and the field key.
    const QString masked = test::testPnr(9).left(8) + QStringLiteral("-****");
    CHECK(lines.at(0).startsWith(QStringLiteral("Participant 7 (%1), Steget from 2026-07-06: Registered with consent").arg(masked)));
    CHECK(lines.at(0).endsWith(QStringLiteral("[enrollment.registration]")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("Gustav")));
    CHECK_FALSE(refused.err.contains(test::testPnr(9)));
    // English plural forms are loaded by the CLI: one problem is "1 problem".
    CHECK(lines.at(1).startsWith(QStringLiteral("Nothing was written: 1 problem in")));
    CHECK(team.exportsLogged() == 0);

    SECTION("--allow-incomplete writes the files and the list of incomplete rows")
    {
        const CliResult incomplete = team.run({QStringLiteral("--allow-incomplete")});
        CHECK(incomplete.code == 0);
        CHECK(incomplete.err.contains(QStringLiteral("[enrollment.registration]")));
        CHECK(team.files()
              == QStringList({QStringLiteral("antal_2026Q3.csv"), QStringLiteral("deltagare_2026Q3.csv"),
                              QStringLiteral("problem_2026Q3.csv")}));
        CHECK(incomplete.out.contains(QStringLiteral("Written as incomplete: problem_2026Q3.csv lists the rows with problems.")));
        CHECK(team.read(QStringLiteral("problem_2026Q3.csv")).contains("\r\n5;Steget;2026-07-06;enrollment.registration;"));
        CHECK(team.exportsLogged() == 1);
    }
}

TEST_CASE("export sus: wrong use exits 2, a missing folder 1, and nothing is written", "[cli][sus]")
{
    ExportTeam team;
    const CliResult badPeriod = team.run({QStringLiteral("--period"), QStringLiteral("2026Q5")});
    CHECK(badPeriod.code == 2);
    CHECK(badPeriod.err.contains(QStringLiteral("There is no quarter 5: a year has quarters 1 to 4.")));
    const CliResult endBeforeStart = team.run({QStringLiteral("--period"), QStringLiteral("2026-03-31..2026-01-01")});
    CHECK(endBeforeStart.code == 2);
    CHECK(endBeforeStart.err.contains(QStringLiteral("The period ends (2026-01-01) before it starts (2026-03-31).")));
    const CliResult noOut = runCli({QStringLiteral("export"), QStringLiteral("sus"), team.t.path()});
    CHECK(noOut.code == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out DIR")));
    const QString missing = QDir(team.out).filePath(QStringLiteral("nope"));
    const CliResult noFolder = runCli({QStringLiteral("export"), QStringLiteral("sus"), team.t.path(), QStringLiteral("--out"), missing});
    CHECK(noFolder.code == 1);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(team.files().isEmpty());
    CHECK(team.exportsLogged() == 0);
}

// Hidden (not in the default run): needs LibreOffice. ctest runs it with the label `slow`,
// passing the script in SAMSYN_CALC_CHECK (tests/CMakeLists.txt).
TEST_CASE("export sus: the files open in LibreOffice Calc with columns and å, ä, ö intact", "[.calc][cli][sus]")
{
    const QString script = qEnvironmentVariable("SAMSYN_CALC_CHECK");
    REQUIRE_FALSE(script.isEmpty());
    ExportTeam team(true);
    REQUIRE(team.run({QStringLiteral("--allow-incomplete")}).code == 0);
    REQUIRE(team.files().size() == 3);
    QProcess check;
    check.start(script, {team.out});
    REQUIRE(check.waitForFinished(300000));
    const QString report = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    INFO(report.toStdString());
    CHECK(check.exitCode() == 0);
    CHECK(report.count(QStringLiteral("identical after Calc")) == 3);
}

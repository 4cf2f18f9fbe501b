// SPDX-License-Identifier: EUPL-1.2
#include "clirunner.h"
#include "domain/personnummer.h"
#include "pdftext.h"
#include "sipexitfixtures.h"
#include "storage/database.h"
#include "testidentities.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

int prints(TempTeam &t)
{
    t.reopen();
    const int n = t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document.print'")).toInt();
    t.close();
    return n;
}

} // namespace

TEST_CASE("print sip: any personnummer form, any version, logged; goals before actions before responsibility", "[cli][sip]")
{
    TempTeam t;
    StayFixture stay(t);
    stay.followUp(QDate(2026, 4, 22), QStringLiteral("Uppföljning: det går åt rätt håll."));
    t.close();
    const Personnummer pnr = *Personnummer::fromStored(Personnummer::Kind::Personnummer, stay.pnr);

    const QString current = freshTestOutput(QStringLiteral("cli-enrolment-docs"), QStringLiteral("sip.pdf"));
    // Ten digits with a dash, as a coordinator types it.
    CliResult r = runCli({QStringLiteral("print"), QStringLiteral("sip"), t.path(), QStringLiteral("--participant"),
                          pnr.tenDigit(QDate(2026, 11, 24)), QStringLiteral("-o"), current});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Wrote version 2 of the SIP")));
    renderPng(current, 1);
    const QString text = pdfPages(current).join(QLatin1Char('\n')).simplified();
    const qsizetype goals = text.indexOf(QStringLiteral("My goals"));
    const qsizetype actions = text.indexOf(QStringLiteral("Who does what, by when"));
    const qsizetype responsibility = text.indexOf(QStringLiteral("Who holds the overall responsibility"));
    CHECK(goals >= 0);
    CHECK(goals < actions);
    CHECK(actions < responsibility);
    CHECK(text.contains(QStringLiteral("Åsa Öberg")));
    CHECK(text.contains(QStringLiteral("Uppföljning: det går åt rätt håll.")));

    // Version 1, twelve digits without a dash: the plan as it was, without the later log.
    const QString first = freshTestOutput(QStringLiteral("cli-enrolment-docs"), QStringLiteral("sip-v1.pdf"));
    r = runCli({QStringLiteral("print"), QStringLiteral("sip"), t.path(), QStringLiteral("--participant"), stay.pnr,
                QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("-o"), first});
    REQUIRE(r.code == 0);
    const QString v1 = pdfPages(first).join(QLatin1Char('\n')).simplified();
    CHECK(v1.contains(QStringLiteral("Version of the plan 1")));
    CHECK_FALSE(v1.contains(QStringLiteral("Uppföljning: det går åt rätt håll.")));
    CHECK(prints(t) == 2);
}

TEST_CASE("print exit: draft, then final kept; clear errors leave no file", "[cli][exit]")
{
    TempTeam t;
    StayFixture stay(t);
    const QString twelveDash = Personnummer::fromStored(Personnummer::Kind::Personnummer, stay.pnr)->twelveWithDash();
    t.close();

    // Not exited yet: exit status 1, a sentence, no file, nothing logged.
    const QString none = freshTestOutput(QStringLiteral("cli-enrolment-docs"), QStringLiteral("exit-none.pdf"));
    CliResult r = runCli({QStringLiteral("print"), QStringLiteral("exit"), t.path(), QStringLiteral("--participant"), twelveDash,
                          QStringLiteral("-o"), none});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("has not ended any stay with the team")));
    CHECK_FALSE(QFileInfo::exists(none));
    CHECK(prints(t) == 0);

    t.reopen();
    stay.exit();
    t.close();
    const QString final = freshTestOutput(QStringLiteral("cli-enrolment-docs"), QStringLiteral("slut.pdf"));
    r = runCli({QStringLiteral("print"), QStringLiteral("exit"), t.path(), QStringLiteral("--participant"), twelveDash,
                QStringLiteral("--final"), QStringLiteral("-o"), final});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("kept unchanged from now on")));
    renderPng(final, 1);
    const QString text = pdfPages(final).join(QLatin1Char('\n')).simplified();
    CHECK(text.contains(QStringLiteral("Final report (slutdokumentation)")));
    CHECK(text.contains(QStringLiteral("Jag är stolt över att jag klarade det.")));

    r = runCli({QStringLiteral("print"), QStringLiteral("exit"), t.path(), QStringLiteral("--participant"), twelveDash,
                QStringLiteral("-o"), freshTestOutput(QStringLiteral("cli-enrolment-docs"), QStringLiteral("slut-again.pdf"))});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("as printed on 2026-11-24")));
    CHECK(prints(t) == 2);
}

TEST_CASE("print sip: unknown or invalid personnummer and a person without a SIP are clear errors", "[cli][sip]")
{
    TempTeam t;
    StayFixture stay(t);
    t.close();
    const QString pdf = freshTestOutput(QStringLiteral("cli-enrolment-docs"), QStringLiteral("sip-error.pdf"));
    CliResult r = runCli({QStringLiteral("print"), QStringLiteral("sip"), t.path(), QStringLiteral("--participant"),
                          QStringLiteral("19121212-1213"), QStringLiteral("-o"), pdf});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Invalid personnummer")));
    r = runCli({QStringLiteral("print"), QStringLiteral("sip"), t.path(), QStringLiteral("--participant"), testPnr(30),
                QStringLiteral("-o"), pdf});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Nobody with the personnummer")));
    r = runCli({QStringLiteral("print"), QStringLiteral("sip"), t.path(), QStringLiteral("--participant"), stay.pnr,
                QStringLiteral("--version"), QStringLiteral("5"), QStringLiteral("-o"), pdf});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("The SIP has no version 5")));
    r = runCli({QStringLiteral("print"), QStringLiteral("sip"), t.path(), QStringLiteral("--participant"), stay.pnr});
    CHECK(r.code == 2); // usage: no -o
    CHECK_FALSE(QFileInfo::exists(pdf));
}

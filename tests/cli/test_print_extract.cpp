// SPDX-License-Identifier: EUPL-1.2
#include "clirunner.h"
#include "domain/personnummer.h"
#include "extractfixtures.h"
#include "pdftext.h"
#include "storage/database.h"
#include "testidentities.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

// The extract prints recorded under the participant, by their detail.
QStringList extractPrints(TempTeam &t, qint64 participantId)
{
    t.reopen();
    QStringList details;
    QSqlQuery q = t->database().exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'document.print' AND participant_id = ? "
                                                    "ORDER BY seq"),
                                     {participantId});
    while (q.next())
        details << q.value(0).toString();
    t.close();
    return details;
}

CliResult printExtract(const QString &file, const QString &pnr, const QString &out, const QStringList &more = {})
{
    return runCli(QStringList{QStringLiteral("print"), QStringLiteral("extract"), file, QStringLiteral("--participant"), pnr,
                              QStringLiteral("-o"), out} +
                  more);
}

} // namespace

TEST_CASE("print extract: the person's register as a letter, their notes and consents, nobody else's, and the print logged",
          "[cli][extract]")
{
    TempTeam t;
    ExtractFixture f(t);
    const qint64 participantId = f.stay.participantId;
    const qint64 otherId = f.otherId;
    t.close();
    const Personnummer pnr = *Personnummer::fromStored(Personnummer::Kind::Personnummer, f.stay.pnr);
    const QString otherPnr = Personnummer::fromStored(Personnummer::Kind::Personnummer, f.otherPnr)->twelveWithDash();

    const QString pdf = freshTestOutput(QStringLiteral("cli-extract"), QStringLiteral("register-extract.pdf"));
    const CliResult r = printExtract(t.path(), pnr.tenDigit(QDate(2026, 11, 24)), pdf);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Wrote the register extract")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Åsa"))); // the terminal names the file, not the person
    renderPng(pdf, 2);
    const QString text = pdfPages(pdf).join(QLatin1Char('\n')).simplified();
    for (const char *heading : {"Register extract", "How we handle your information", "About you", "Referrals to the team", "Consents",
                                "Your time in the team", "Notes", "Self-ratings", "Who has read or changed your information",
                                "Your rights"}) {
        INFO(heading);
        CHECK(text.contains(QString::fromUtf8(heading)));
    }
    CHECK(text.contains(QStringLiteral("Åsa Öberg")));
    CHECK(text.contains(pnr.twelveWithDash())); // in full: it goes to the person themself
    CHECK(text.contains(QStringLiteral("personuppgiftsansvarig")));
    CHECK(text.contains(QStringLiteral("Första samtalet: vi pratade om vad som är viktigt")));
    // The consent's row (its purpose wraps in its cell): given, form, valid until, not withdrawn.
    CHECK(text.contains(QStringLiteral("2025-12-01 Written 2027-11-30 No")));
    CHECK(text.contains(QStringLiteral("Offer a place")));
    for (const QString &foreign : {ExtractFixture::kOtherName, otherPnr, QStringLiteral("Märtas egen anteckning")}) {
        INFO(foreign.toStdString());
        CHECK_FALSE(text.contains(foreign));
    }
    CHECK(extractPrints(t, participantId) == QStringList{QStringLiteral("register extract")});
    CHECK(extractPrints(t, otherId).isEmpty());
}

TEST_CASE("print extract --log-only: the access log alone, which shows the earlier extract", "[cli][extract]")
{
    TempTeam t;
    ExtractFixture f(t);
    const qint64 participantId = f.stay.participantId;
    t.close();
    REQUIRE(printExtract(t.path(), f.stay.pnr, freshTestOutput(QStringLiteral("cli-extract"), QStringLiteral("first.pdf"))).code == 0);

    const QString pdf = freshTestOutput(QStringLiteral("cli-extract"), QStringLiteral("log-extract.pdf"));
    const CliResult r = printExtract(t.path(), f.stay.pnr, pdf, {QStringLiteral("--log-only")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Wrote the log extract")));
    renderPng(pdf, 1);
    const QString text = pdfPages(pdf).join(QLatin1Char('\n')).simplified();
    CHECK(text.contains(QStringLiteral("Log extract")));
    CHECK(text.contains(QStringLiteral("Who has read or changed your information")));
    CHECK(text.contains(QStringLiteral("Printed a register extract")));
    CHECK(text.contains(QStringLiteral("Wrote a note")));
    CHECK(text.contains(QStringLiteral("Karin Koordinator")));
    CHECK_FALSE(text.contains(QStringLiteral("Första samtalet"))); // no register content
    CHECK_FALSE(text.contains(QStringLiteral("Consents")));
    CHECK(extractPrints(t, participantId) == QStringList{QStringLiteral("register extract"), QStringLiteral("log extract")});
}

TEST_CASE("print extract: a missing option, an unknown person or a bad folder is a clear error, nothing logged", "[cli][extract]")
{
    TempTeam t;
    ExtractFixture f(t);
    const qint64 participantId = f.stay.participantId;
    t.close();
    const QString pdf = freshTestOutput(QStringLiteral("cli-extract"), QStringLiteral("never.pdf"));
    CliResult r = runCli({QStringLiteral("print"), QStringLiteral("extract"), t.path(), QStringLiteral("-o"), pdf});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("Choose the participant with --participant PNR.")));
    r = printExtract(t.path(), testPnr(30), pdf);
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());
    r = printExtract(t.path(), f.stay.pnr, t.folder() + QStringLiteral("/no/such/folder/x.pdf"));
    CHECK(r.code == 1);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(extractPrints(t, participantId).isEmpty());
}

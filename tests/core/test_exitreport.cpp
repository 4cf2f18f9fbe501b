// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "exit/exitprinting.h"
#include "exit/exitreport.h"
#include "pdftext.h"
#include "sipexitfixtures.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/exitdocumentrepository.h"
#include "testidentities.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

QString exitPdf(TempTeam &t, qint64 participantId, bool final, const QString &name)
{
    const QString pdf = testOutputDir(QStringLiteral("enrolment-docs")) + QLatin1Char('/') + name;
    QFile::remove(pdf);
    ExitPrinting::pdf(t.team(), participantId, final, pdf);
    renderPng(pdf, 1);
    return pdfPages(pdf).join(QLatin1Char('\n')).simplified();
}

void requireInOrder(const QString &text, const QStringList &parts)
{
    qsizetype at = -1;
    for (const QString &part : parts) {
        const qsizetype found = text.indexOf(part, at + 1);
        INFO(part.toStdString());
        REQUIRE(found > at);
        at = found;
    }
}

} // namespace

TEST_CASE("Slutdokumentation: written from the exit and the stay's history", "[exit][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    stay.exit();
    const QString text = exitPdf(t, stay.participantId, false, QStringLiteral("exit-draft.pdf"));

    CHECK(text.contains(QStringLiteral("Final report (slutdokumentation)")));
    CHECK(text.contains(QStringLiteral("draft")));
    CHECK(text.contains(QStringLiteral("Period 2026-01-12 – 2026-10-30")));
    CHECK(text.contains(QStringLiteral("Referred to the team by Försäkringskassan on 2025-12-01.")));
    CHECK(text.contains(QStringLiteral("Lång sjukskrivning")));
    // Goals with how far each was reached, before the actions per party.
    requireInOrder(text, {QStringLiteral("My goals and how far I reached them"),
                          QStringLiteral("Arbetsträna 25 % på en arbetsplats jag väljer Reached"),
                          QStringLiteral("Sova bättre och orka mer Partly reached"),
                          QStringLiteral("What was done, and by whom"),
                          QStringLiteral("Arbetsförmedlingen"),
                          QStringLiteral("Arbetsträning med handledare (2026-02-01 – 2026-06-30): done, contact Anna Arbetsförmedlare"),
                          QStringLiteral("Region Test"),
                          QStringLiteral("Samtal hos kurator varannan vecka (2026-02-01 – 2026-09-30): ongoing"),
                          QStringLiteral("Group activities"),
                          QStringLiteral("Self-ratings"),
                          QStringLiteral("How it ended"),
                          QStringLiteral("The plan ahead"),
                          QStringLiteral("In my own words"),
                          QStringLiteral("Written by")});
    // 4 of 5 sessions present = 80 %; one absence with notice.
    CHECK(text.contains(QStringLiteral("Took part in 4 of 5 group sessions (80 %).")));
    CHECK(text.contains(QStringLiteral("Absences: 1 with notice, 0 without notice.")));
    // WHO-5 raw 8 -> 14 is 32 % -> 56 %: +24 points, marked; KASAM-13 50 -> 61.
    CHECK(text.contains(QStringLiteral("WHO-5 32 % (2026-01-14) 56 % (2026-10-20) +24 percentage points: a clear improvement")));
    CHECK(text.contains(QStringLiteral("50 (2026-01-14) 61 (2026-10-20) +11")));
    CHECK(text.contains(QStringLiteral("Reason for ending Arbete")));
    CHECK(text.contains(QStringLiteral("Extent of work or studies 50 %")));
    CHECK(text.contains(QStringLiteral("Handed over to Arbetsförmedlingen")));
    // Follow-ups 90 days and six months after 2026-10-30.
    CHECK(text.contains(QStringLiteral("around 2027-01-28 and again around 2027-04-30")));
    CHECK(text.contains(QStringLiteral("Jag är stolt över att jag klarade det.")));
    // A draft keeps nothing.
    CHECK_FALSE(ExitDocumentRepository(t->database()).finalFor(stay.enrollmentId));
}

TEST_CASE("Slutdokumentation: WHO-5 change is marked from 10 percentage points either way", "[exit]")
{
    CHECK(ExitReport::who5Change(10, 12) == QStringLiteral("+8 percentage points"));
    CHECK(ExitReport::who5Change(10, 13) == QStringLiteral("+12 percentage points: a clear improvement"));
    CHECK(ExitReport::who5Change(13, 10) == QStringLiteral("-12 percentage points: a clear decline"));
    CHECK(ExitReport::who5Change(10, 10) == QStringLiteral("0 percentage points"));
}

TEST_CASE("Slutdokumentation: drafts follow the data; the final print is kept and printed unchanged", "[exit][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    stay.exit();
    t->write(QStringLiteral("enrollment.exit.edit"), [&](WriteContext &ctx) {
        EnrollmentRepository::updateExitTexts(ctx, stay.enrollmentId, QStringLiteral("Ny plan: börjar på Komvux i augusti."),
                                              QStringLiteral("Anna Arbetsförmedlare"), QStringLiteral("Min egen bild, ändrad."));
    });
    CHECK(exitPdf(t, stay.participantId, false, QStringLiteral("exit-draft2.pdf")).contains(QStringLiteral("Min egen bild, ändrad.")));

    const QString final = exitPdf(t, stay.participantId, true, QStringLiteral("exit-final.pdf"));
    CHECK_FALSE(final.contains(QStringLiteral("draft")));
    CHECK(final.contains(QStringLiteral("Ny plan: börjar på Komvux i augusti.")));
    REQUIRE(ExitDocumentRepository(t->database()).finalFor(stay.enrollmentId));

    // Data changes after the final print do not change what prints.
    t->write(QStringLiteral("enrollment.exit.edit"), [&](WriteContext &ctx) {
        EnrollmentRepository::updateExitTexts(ctx, stay.enrollmentId, QStringLiteral("Helt annan plan."), QString(),
                                              QStringLiteral("Helt annan bild."));
    });
    t.clock().advanceDays(30);
    const QString again = exitPdf(t, stay.participantId, false, QStringLiteral("exit-final-again.pdf"));
    CHECK_FALSE(again.contains(QStringLiteral("Helt annan")));
    // The content is the same; only the page footer's print date moved.
    QString a = final, b = again;
    a.remove(QStringLiteral("Printed 2026-11-24"));
    b.remove(QStringLiteral("Printed 2026-12-24"));
    CHECK(a == b);
    CHECK(again.contains(QStringLiteral("Written by Karin Koordinator on 2026-11-24.")));
    // A second final print is the same kept copy, not a second one.
    exitPdf(t, stay.participantId, true, QStringLiteral("exit-final-third.pdf"));
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM exit_documents")).toInt() == 1);
    CHECK_THROWS_AS(t->database().exec(QStringLiteral("UPDATE exit_documents SET content = 'x'")), Error);
}

TEST_CASE("Slutdokumentation: refused when the person has not exited; nothing written", "[exit][documents]")
{
    TempTeam t;
    StayFixture stay(t); // enrolled, not exited
    const QString pdf = testOutputDir(QStringLiteral("enrolment-docs")) + QStringLiteral("/exit-none.pdf");
    QFile::remove(pdf);
    try {
        ExitPrinting::pdf(t.team(), stay.participantId, true, pdf);
        FAIL("printed a slutdokumentation without an exit");
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("Åsa Öberg has not ended any stay with the team")));
    }
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM exit_documents")).toInt() == 0);
}

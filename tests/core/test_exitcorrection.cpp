// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "testidentities.h"
#include "exit/exitprinting.h"
#include "exit/exitservice.h"
#include "export/susdata.h"
#include "reports/period.h"
#include "sipexitfixtures.h"
#include "storage/correctionrepository.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/exitdocumentrepository.h"
#include "storage/participantrepository.h"
#include "util/error.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

EnrollmentExit exitOf(TempTeam &t, qint64 enrollmentId)
{
    return *EnrollmentRepository(t->database()).get(enrollmentId)->exit;
}

QString lastAudit(TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT action || ' ' || detail FROM audit_log ORDER BY seq DESC LIMIT 1")).toString();
}

int count(TempTeam &t, const QString &table)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

// One stay in Steget from 2026-03-02, exited on 2026-09-30 to work.
struct ExitedStay
{
    explicit ExitedStay(TempTeam &team) : t(team)
    {
        participantId = addTestParticipant(t, 3);
        enrollmentId = enrolTest(t, participantId, QStringLiteral("Steget"), QDate(2026, 3, 2));
        exitTest(t, enrollmentId, QDate(2026, 9, 30));
    }
    TempTeam &t;
    qint64 participantId = 0;
    qint64 enrollmentId = 0;
};

} // namespace

TEST_CASE("Exit correction: the fields change, the reason is kept, the audit names the changed codes and dates",
          "[exit][corrections]")
{
    TempTeam t;
    ExitedStay stay(t);
    EnrollmentExit x = exitOf(t, stay.enrollmentId);
    x.endDate = QDate(2026, 10, 15);
    x.reason = QStringLiteral("studier");
    x.occupationAfter = QStringLiteral("studier");
    x.extentPercent = 75;
    x.onwardPlan = QStringLiteral("Komvux på halvfart från januari.");
    x.followup1Due = QDate(2027, 1, 13);
    x.followup2Due = QDate(2027, 4, 15);
    const QStringList changed = ExitService(t.team()).correct(stay.enrollmentId, x, QStringLiteral("Fel orsak valdes vid avslutet."));
    CHECK(changed.contains(QStringLiteral("exit_reason arbete -> studier")));
    CHECK(changed.contains(QStringLiteral("end_date 2026-09-30 -> 2026-10-15")));
    CHECK(changed.contains(QStringLiteral("onward_plan")));

    const EnrollmentExit read = exitOf(t, stay.enrollmentId);
    CHECK(read.endDate == QDate(2026, 10, 15));
    CHECK(read.reason == QStringLiteral("studier"));
    CHECK(read.extentPercent == 75);
    CHECK(read.followup1Due == QDate(2027, 1, 13));
    CHECK(ParticipantRepository(t->database()).get(stay.participantId)->status == ParticipantStatus::Exited);

    const QList<Correction> corrections = CorrectionRepository(t->database()).forEnrollment(stay.enrollmentId);
    REQUIRE(corrections.size() == 1);
    CHECK(corrections.first().reason == QStringLiteral("Fel orsak valdes vid avslutet."));
    CHECK(corrections.first().correctedBy == QStringLiteral("Karin Koordinator"));
    CHECK(corrections.first().oldValue.contains(QStringLiteral("\"exit_reason\":\"arbete\"")));

    const QString audit = lastAudit(t);
    CHECK(audit.startsWith(QStringLiteral("exit.correct enrollment ")));
    CHECK(audit.contains(QStringLiteral("exit_reason arbete -> studier")));
    CHECK_FALSE(audit.contains(QStringLiteral("Komvux")));  // free text stays out of the log
    CHECK_FALSE(audit.contains(QStringLiteral("Fel orsak"))); // so does the reason
}

TEST_CASE("Exit correction: the quarter-end export reads the corrected exit", "[exit][corrections][sus]")
{
    TempTeam t;
    ExitedStay stay(t);
    EnrollmentExit x = exitOf(t, stay.enrollmentId);
    x.reason = QStringLiteral("rehab_af");
    x.endDate = QDate(2026, 10, 2);
    ExitService(t.team()).correct(stay.enrollmentId, x, QStringLiteral("Gick till Af, inte till arbete."));
    const SusData q4 = SusData::read(t->database(), Period::quarter(2026, 4));
    REQUIRE(q4.records.size() == 1);
    CHECK(q4.records.first().exited);
    CHECK(q4.records.first().end == QDate(2026, 10, 2));
    CHECK(q4.records.first().exitReason.contains(QStringLiteral("/ Af")));
}

TEST_CASE("Exit correction: refused without a reason, without a change, or against the rules of an exit; nothing written",
          "[exit][corrections]")
{
    TempTeam t;
    ExitedStay stay(t);
    const EnrollmentExit recorded = exitOf(t, stay.enrollmentId);
    const int audits = count(t, QStringLiteral("audit_log"));
    ExitService service(t.team());
    EnrollmentExit x = recorded;
    x.reason = QStringLiteral("studier");
    REQUIRE_THROWS_WITH(service.correct(stay.enrollmentId, x, QStringLiteral("   ")), Catch::Contains("reason"));
    REQUIRE_THROWS_WITH(service.correct(stay.enrollmentId, recorded, QStringLiteral("Kontroll")), Catch::Contains("same"));
    x.endDate = QDate(2026, 3, 1);
    REQUIRE_THROWS_WITH(service.correct(stay.enrollmentId, x, QStringLiteral("Fel datum")), Catch::Contains("before the start"));
    x = recorded;
    x.reason = QStringLiteral("no_such_reason");
    CHECK_THROWS_AS(service.correct(stay.enrollmentId, x, QStringLiteral("Fel kod")), Error);
    x = recorded;
    x.followup1Due = QDate(2026, 9, 1);
    REQUIRE_THROWS_WITH(service.correct(stay.enrollmentId, x, QStringLiteral("Fel datum")), Catch::Contains("due before"));
    // A follow-up done on 2026-12-01 rules out an end date after it.
    t->write(QStringLiteral("enrollment.exit_followup"), [&](WriteContext &ctx) {
        EnrollmentRepository::recordFollowup(ctx, stay.enrollmentId, 1, QDate(2026, 12, 1), QStringLiteral("Arbetar"));
    });
    x = exitOf(t, stay.enrollmentId);
    x.endDate = QDate(2026, 12, 10);
    x.followup1Due = x.followup2Due = QDate();
    REQUIRE_THROWS_WITH(service.correct(stay.enrollmentId, x, QStringLiteral("Fel datum")), Catch::Contains("2026-12-01"));
    // An open enrollment has no exit to correct.
    const qint64 open = enrolTest(t, stay.participantId, QStringLiteral("Gruppen"), QDate(2026, 11, 1));
    CHECK_THROWS_AS(service.correct(open, recorded, QStringLiteral("Fel")), Error);

    CHECK(count(t, QStringLiteral("corrections")) == 0);
    CHECK(count(t, QStringLiteral("audit_log")) == audits + 2); // the follow-up and the enrolment only
    CHECK(exitOf(t, stay.enrollmentId).reason == QStringLiteral("arbete"));
    CHECK(exitOf(t, stay.enrollmentId).followup1Result == QStringLiteral("Arbetar"));
}

TEST_CASE("Exit correction: one action; a failure in the middle leaves the exit and no correction", "[exit][corrections]")
{
    TempTeam t;
    ExitedStay stay(t);
    EnrollmentExit x = exitOf(t, stay.enrollmentId);
    x.reason = QStringLiteral("studier");
    x.incomeAfter = {QStringLiteral("lon")};
    const int audits = count(t, QStringLiteral("audit_log"));
    // The enrollment row is rewritten first; storing the correction then fails.
    t->database().exec(QStringLiteral("CREATE TEMP TRIGGER fail_correction BEFORE INSERT ON corrections "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    CHECK_THROWS_AS(ExitService(t.team()).correct(stay.enrollmentId, x, QStringLiteral("Fel orsak")), Error);
    t->database().exec(QStringLiteral("DROP TRIGGER temp.fail_correction"));
    CHECK(exitOf(t, stay.enrollmentId).reason == QStringLiteral("arbete"));
    CHECK(exitOf(t, stay.enrollmentId).incomeAfter.isEmpty());
    CHECK(count(t, QStringLiteral("audit_log")) == audits);
}

TEST_CASE("Exit correction: a printed final slutdokumentation stays as printed", "[exit][corrections][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    stay.exit();
    const QString pdf = testOutputDir(QStringLiteral("enrolment-docs")) + QStringLiteral("/exit-before-correction.pdf");
    QFile::remove(pdf);
    ExitPrinting::pdf(t.team(), stay.participantId, true, pdf);
    const ExitDocument before = *ExitDocumentRepository(t->database()).finalFor(stay.enrollmentId);

    EnrollmentExit x = exitOf(t, stay.enrollmentId);
    x.reason = QStringLiteral("studier");
    ExitService(t.team()).correct(stay.enrollmentId, x, QStringLiteral("Fel orsak"));
    const ExitDocument after = *ExitDocumentRepository(t->database()).finalFor(stay.enrollmentId);
    CHECK(after.content == before.content);
    CHECK(count(t, QStringLiteral("exit_documents")) == 1);
    // Undoing a handed-over exit is refused: correct it instead.
    REQUIRE_THROWS_WITH(ExitService(t.team()).undo(stay.enrollmentId, QStringLiteral("Misstag")), Catch::Contains("printed"));
}

TEST_CASE("Exit undo: an exit recorded by mistake reopens the enrollment", "[exit][corrections]")
{
    TempTeam t;
    ExitedStay stay(t);
    ExitService service(t.team());
    REQUIRE_THROWS_WITH(service.undo(stay.enrollmentId, QString()), Catch::Contains("reason"));
    service.undo(stay.enrollmentId, QStringLiteral("Avslutet registrerades på fel person."));
    const Enrollment e = *EnrollmentRepository(t->database()).get(stay.enrollmentId);
    CHECK(e.isOpen());
    CHECK(e.phase == EnrollmentPhase::Active);
    CHECK_FALSE(e.exit);
    CHECK(ParticipantRepository(t->database()).get(stay.participantId)->status == ParticipantStatus::Active);
    CHECK(lastAudit(t).startsWith(QStringLiteral("exit.undo enrollment ")));
    const QList<Correction> corrections = CorrectionRepository(t->database()).forEnrollment(stay.enrollmentId);
    REQUIRE(corrections.size() == 1);
    CHECK(corrections.first().subject == Correction::Subject::ExitUndo);
    // It can be exited again, and the undone exit cannot be undone twice.
    CHECK_THROWS_AS(service.undo(stay.enrollmentId, QStringLiteral("Igen")), Error);
    exitTest(t, stay.enrollmentId, QDate(2026, 11, 20), QStringLiteral("flytt"));
    CHECK(exitOf(t, stay.enrollmentId).reason == QStringLiteral("flytt"));
}

TEST_CASE("Exit undo: refused once a follow-up after the exit is recorded", "[exit][corrections]")
{
    TempTeam t;
    ExitedStay stay(t);
    t->write(QStringLiteral("enrollment.exit_followup"), [&](WriteContext &ctx) {
        EnrollmentRepository::recordFollowup(ctx, stay.enrollmentId, 1, QDate(2026, 11, 1), QStringLiteral("Arbetar"));
    });
    REQUIRE_THROWS_WITH(ExitService(t.team()).undo(stay.enrollmentId, QStringLiteral("Misstag")), Catch::Contains("follow-up"));
    CHECK_FALSE(EnrollmentRepository(t->database()).get(stay.enrollmentId)->isOpen());
    CHECK(count(t, QStringLiteral("corrections")) == 0);
}

TEST_CASE("Corrections are kept unchanged", "[corrections]")
{
    TempTeam t;
    ExitedStay stay(t);
    EnrollmentExit x = exitOf(t, stay.enrollmentId);
    x.reason = QStringLiteral("studier");
    ExitService(t.team()).correct(stay.enrollmentId, x, QStringLiteral("Fel orsak"));
    CHECK_THROWS_AS(t->database().exec(QStringLiteral("UPDATE corrections SET reason = 'x'")), Error);
}

// SPDX-License-Identifier: EUPL-1.2
#include "domain/participant.h"
#include "enrolmentfixtures.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

ParticipantStatus statusOf(TempTeam &t, qint64 id)
{
    return ParticipantRepository(t->database()).get(id)->status;
}

bool refused(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.code() == ErrorCode::Validation;
    }
    return false;
}

} // namespace

TEST_CASE("Enrolment: planned end defaults to twelve months and the participant becomes active", "[enrolment]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 0);
    const qint64 e = enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 1, 31));
    const Enrollment read = *EnrollmentRepository(t->database()).get(e);
    CHECK(read.plannedEnd == QDate(2027, 1, 31));
    CHECK(read.phase == EnrollmentPhase::Active);
    CHECK(statusOf(t, p) == ParticipantStatus::Active);
}

TEST_CASE("Enrolment: never two open enrollments in one programme", "[enrolment]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 0);
    const qint64 e = enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 1, 5));
    CHECK(refused([&] { enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 3, 1)); }));
    // Another programme is fine, and so is a new stay after the exit.
    CHECK_NOTHROW(enrolTest(t, p, QStringLiteral("Gruppen"), QDate(2026, 3, 1)));
    exitTest(t, e, QDate(2026, 6, 1));
    CHECK_NOTHROW(enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 9, 1)));
    CHECK(EnrollmentRepository(t->database()).forParticipant(p).size() == 3);
    // The schema itself refuses a second open row, whatever the caller skipped.
    CHECK_THROWS_AS(t->database().exec(QStringLiteral("INSERT INTO enrollments(participant_id, programme_id, start_date, planned_end, "
                                                      "created_at, updated_at) VALUES (?, ?, '2026-10-01', '2027-10-01', 'x', 'x')"),
                                       {p, t.programmeId(QStringLiteral("Steget"))}),
                    Error);
}

TEST_CASE("Enrolment: phases active, passive, exited move the participant's status", "[enrolment]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 1);
    const qint64 e = enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 1, 5));
    CHECK(refused([&] {
        t->write(QStringLiteral("enrollment.passive"), [&](WriteContext &ctx) { EnrollmentRepository::makePassive(ctx, e, QDate(2026, 1, 4)); });
    }));
    t->write(QStringLiteral("enrollment.passive"), [&](WriteContext &ctx) { EnrollmentRepository::makePassive(ctx, e, QDate(2026, 6, 1)); });
    CHECK(statusOf(t, p) == ParticipantStatus::Passive);
    CHECK(EnrollmentRepository(t->database()).get(e)->passiveFrom == QDate(2026, 6, 1));
    exitTest(t, e, QDate(2026, 9, 1));
    CHECK(statusOf(t, p) == ParticipantStatus::Exited);
    CHECK(refused([&] { exitTest(t, e, QDate(2026, 10, 1)); }));
}

TEST_CASE("Enrolment: an exit needs a reason and cannot end before the start", "[enrolment][exit]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 2);
    const qint64 e = enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 3, 10));
    CHECK(refused([&] { exitTest(t, e, QDate(2026, 5, 1), QString()); }));
    CHECK(refused([&] { exitTest(t, e, QDate(2026, 3, 9)); }));
    CHECK(refused([&] { exitTest(t, e, QDate(2026, 5, 1), QStringLiteral("no_such_reason")); }));
    CHECK(statusOf(t, p) == ParticipantStatus::Active);
    CHECK(EnrollmentRepository(t->database()).get(e)->isOpen());
    // The same day as the start is allowed.
    exitTest(t, e, QDate(2026, 3, 10));
    CHECK_FALSE(EnrollmentRepository(t->database()).get(e)->isOpen());
}

TEST_CASE("Enrolment: follow-ups after exit default to 90 days and six months, or the team's setting", "[enrolment][exit]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 3);
    const qint64 e1 = enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 1, 5));
    exitTest(t, e1, QDate(2026, 8, 31));
    const EnrollmentExit x = *EnrollmentRepository(t->database()).get(e1)->exit;
    CHECK(x.followup1Due == QDate(2026, 11, 29));
    CHECK(x.followup2Due == QDate(2027, 2, 28));

    t->write(QStringLiteral("settings.change"), [&](WriteContext &ctx) {
        SettingsRepository::setMeta(ctx, QStringLiteral("exit_followup_1_days"), QStringLiteral("30"));
        SettingsRepository::setMeta(ctx, QStringLiteral("exit_followup_2_months"), QStringLiteral("12"));
    });
    const qint64 e2 = enrolTest(t, p, QStringLiteral("Gruppen"), QDate(2026, 1, 5));
    exitTest(t, e2, QDate(2026, 9, 1));
    const EnrollmentExit y = *EnrollmentRepository(t->database()).get(e2)->exit;
    CHECK(y.followup1Due == QDate(2026, 10, 1));
    CHECK(y.followup2Due == QDate(2027, 9, 1));

    t->write(QStringLiteral("enrollment.followup"), [&](WriteContext &ctx) {
        EnrollmentRepository::recordFollowup(ctx, e2, 1, QDate(2026, 10, 2), QStringLiteral("Arbetar 50 %"));
    });
    const EnrollmentExit z = *EnrollmentRepository(t->database()).get(e2)->exit;
    CHECK(z.followup1Done == QDate(2026, 10, 2));
    CHECK(z.followup1Result == QStringLiteral("Arbetar 50 %"));
}

TEST_CASE("Enrollment: what was recorded at the start can be corrected, with the same rules", "[enrollment]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 31);
    const qint64 id = enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 3, 2), QDate(2027, 3, 2));
    const auto get = [&] { return *EnrollmentRepository(t->database()).get(id); };
    const auto update = [&](const Enrollment &e) {
        QStringList fields;
        t->write(QStringLiteral("enrollment.update"), [&](WriteContext &ctx) { fields = EnrollmentRepository::updateStart(ctx, e); }, p);
        return fields;
    };

    Enrollment e = get();
    e.education = QStringLiteral("gymnasial");
    e.incomeAtStart = {QStringLiteral("lon")};
    e.startDate = QDate(2026, 3, 9);
    e.programmeId = t.programmeId(QStringLiteral("Gruppen")); // not this action's: ignored
    CHECK(update(e) == QStringList{QStringLiteral("start_date"), QStringLiteral("income_at_start"), QStringLiteral("education")});
    const Enrollment read = get();
    CHECK(read.education == QStringLiteral("gymnasial"));
    CHECK(read.incomeAtStart == QStringList{QStringLiteral("lon")});
    CHECK(read.startDate == QDate(2026, 3, 9));
    CHECK(read.programmeId == t.programmeId(QStringLiteral("Steget")));
    // The audit names the fields, nothing else.
    CHECK(t->database().scalar(QStringLiteral("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1")).toString()
          == QStringLiteral("enrollment %1: start_date, income_at_start, education").arg(id));

    // Nothing changed, a planned end before the start, an unknown code: refused, nothing written.
    CHECK_THROWS_AS(update(get()), Error);
    Enrollment bad = get();
    bad.plannedEnd = QDate(2026, 1, 1);
    CHECK_THROWS_AS(update(bad), Error);
    bad = get();
    bad.occupation = QStringLiteral("astronaut");
    CHECK_THROWS_AS(update(bad), Error);
    // After the exit, the start cannot move past its end.
    exitTest(t, id, QDate(2026, 9, 30));
    bad = get();
    bad.startDate = QDate(2026, 10, 1);
    bad.plannedEnd = QDate(2027, 10, 1);
    CHECK_THROWS_AS(update(bad), Error);
    CHECK(get().startDate == QDate(2026, 3, 9));
}

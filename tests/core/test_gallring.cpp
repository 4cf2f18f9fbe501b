// SPDX-License-Identifier: EUPL-1.2
// Gallring: who is due on which day (boundary days, leap day), and the deletion itself:
// every row about the person gone, audit rows kept, counts kept, and no trace in the file.
#include "domain/note.h"
#include "domain/participantevent.h"
#include "enrolmentfixtures.h"
#include "exit/exitservice.h"
#include "participanthistory.h"
#include "rawsqlite.h"
#include "reportfixtures.h"
#include "retention/gallringplan.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/noterepository.h"
#include "storage/participanteventrepository.h"
#include "storage/retentionrepository.h"
#include "tempteam.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace samsyn;
using samsyn::test::ReportFixtures;
using samsyn::test::TempTeam;

namespace {

// A participant enrolled in Steget from `start` and exited on `end`, everything entered
// on the exit day (the clock is set to it), so the last entry is `end`.
qint64 exitedOn(TempTeam &t, int n, QDate start, QDate end)
{
    t.clock().set(end.startOfDay().addSecs(10 * 3600));
    const qint64 id = test::addTestParticipant(t, n);
    test::exitTest(t, test::enrolTest(t, id, QStringLiteral("Steget"), start), end);
    return id;
}

QList<qint64> dueOn(TempTeam &t, QDate day)
{
    return GallringPlan::build(t->database(), day).participantIds();
}

int rows(TempTeam &t, const QString &table)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

bool fileHolds(const QString &path, const QString &text)
{
    const QByteArray needle = text.toUtf8();
    return test::fileBytes(path).contains(needle) || test::fileBytes(path + QStringLiteral("-wal")).contains(needle);
}

} // namespace

TEST_CASE("gallring: due from the day the retention period ends, with the deadline at the end of the next year",
          "[gallring]")
{
    TempTeam t(QDate(2020, 1, 2));
    const qint64 id = exitedOn(t, 1, QDate(2020, 1, 10), QDate(2020, 3, 10));
    REQUIRE(RetentionRepository(t->database()).lastEntry(id) == QDate(2020, 3, 10));

    CHECK(dueOn(t, QDate(2025, 3, 9)).isEmpty());
    CHECK(dueOn(t, QDate(2025, 3, 10)) == QList<qint64>{id});
    CHECK(dueOn(t, QDate(2025, 3, 11)) == QList<qint64>{id});

    const GallringPlan plan = GallringPlan::build(t->database(), QDate(2025, 3, 10));
    REQUIRE(plan.entries.size() == 1);
    const GallringEntry &e = plan.entries.first();
    CHECK(e.lastEntry == QDate(2020, 3, 10));
    CHECK(e.eligibleSince == QDate(2025, 3, 10));
    CHECK(e.deadline == QDate(2026, 12, 31));
    CHECK(e.name == QStringLiteral("Testa Testsson"));
    CHECK(e.maskedIdentity.endsWith(QStringLiteral("-****")));

    // The team's setting decides: ten years instead of five.
    CHECK(GallringPlan::build(t->database(), QDate(2029, 3, 10), 10).entries.isEmpty());
    CHECK(GallringPlan::build(t->database(), QDate(2030, 3, 10), 10).participantIds() == QList<qint64>{id});
}

TEST_CASE("gallring: a last entry on 29 February is due on 28 February N years later", "[gallring]")
{
    TempTeam t(QDate(2020, 1, 2));
    const qint64 id = exitedOn(t, 2, QDate(2020, 1, 10), QDate(2020, 2, 29));
    CHECK(dueOn(t, QDate(2025, 2, 27)).isEmpty());
    CHECK(dueOn(t, QDate(2025, 2, 28)) == QList<qint64>{id});
    CHECK(dueOn(t, QDate(2025, 3, 1)) == QList<qint64>{id});
    // Four years on, 2024 has a 29 February.
    CHECK(GallringPlan::build(t->database(), QDate(2024, 2, 28), 4).entries.isEmpty());
    CHECK(GallringPlan::build(t->database(), QDate(2024, 2, 29), 4).participantIds() == QList<qint64>{id});
}

TEST_CASE("gallring: a later note, rating or event moves the last entry; open stays are never due", "[gallring]")
{
    TempTeam t(QDate(2020, 1, 2));
    ReportFixtures f(t);
    const qint64 id = exitedOn(t, 3, QDate(2020, 1, 10), QDate(2020, 3, 10));
    RetentionRepository repo(t->database());

    t.clock().set(QDate(2021, 6, 1).startOfDay().addSecs(9 * 3600));
    f.who5(id, QDate(2021, 5, 20), 12);
    CHECK(repo.lastEntry(id) == QDate(2021, 6, 1)); // the rating was entered on 06-01

    t.clock().set(QDate(2022, 2, 1).startOfDay().addSecs(9 * 3600));
    Note note;
    note.participantId = id;
    note.date = QDate(2022, 1, 31);
    note.text = QStringLiteral("Telefonsamtal.");
    t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) { NoteRepository::add(ctx, note); });
    CHECK(repo.lastEntry(id) == QDate(2022, 2, 1));

    t.clock().set(QDate(2023, 9, 5).startOfDay().addSecs(9 * 3600));
    f.event(id, QStringLiteral("studier"), QDate(2023, 9, 4));
    CHECK(repo.lastEntry(id) == QDate(2023, 9, 5));
    CHECK(dueOn(t, QDate(2028, 9, 4)).isEmpty());
    CHECK(dueOn(t, QDate(2028, 9, 5)) == QList<qint64>{id});

    // Someone still enrolled, and someone whose referral waits for a decision, are kept.
    t.clock().set(QDate(2020, 3, 10).startOfDay().addSecs(9 * 3600));
    const qint64 open = test::addTestParticipant(t, 4);
    test::enrolTest(t, open, QStringLiteral("Gruppen"), QDate(2020, 2, 1));
    const qint64 referred = f.person(QDate(1985, 4, 2), Gender::Female);
    f.referral(referred, QStringLiteral("Försäkringskassan"), QDate(2020, 3, 2));
    const QList<qint64> due = dueOn(t, QDate(2030, 1, 1));
    CHECK(due == QList<qint64>{id});
}

TEST_CASE("gallring: a corrected exit is a later entry, and the correction goes with the person", "[gallring][corrections]")
{
    TempTeam t(QDate(2020, 1, 2));
    const qint64 id = exitedOn(t, 5, QDate(2020, 1, 10), QDate(2020, 3, 10));
    const qint64 enrollment = t->database().scalar(QStringLiteral("SELECT id FROM enrollments WHERE participant_id = ?"), {id}).toLongLong();
    t.clock().set(QDate(2021, 4, 6).startOfDay().addSecs(9 * 3600));
    EnrollmentExit x = *EnrollmentRepository(t->database()).get(enrollment)->exit;
    x.reason = QStringLiteral("studier");
    ExitService(t.team()).correct(enrollment, x, QStringLiteral("Fel orsak valdes."));
    CHECK(RetentionRepository(t->database()).lastEntry(id) == QDate(2021, 4, 6));
    CHECK(dueOn(t, QDate(2026, 4, 5)).isEmpty());
    t.clock().set(QDate(2026, 4, 6).startOfDay().addSecs(9 * 3600));
    const GallringPlan plan = GallringPlan::build(t->database(), t.clock().today());
    REQUIRE(plan.participantIds() == QList<qint64>{id});
    CHECK(GallringPlan::execute(t.team(), plan, plan.participantIds()).deleted == 1);
    CHECK(rows(t, QStringLiteral("corrections")) == 0);
    // The corrected reason is what the kept counts say.
    CHECK(RetentionRepository(t->database()).retainedCount(QStringLiteral("exits"), QStringLiteral("2020-03"),
                                                           QStringLiteral("2020-03"))
          == 1);
    CHECK(t->database().scalar(QStringLiteral("SELECT key FROM retained_counts WHERE measure = 'exits'")).toString()
          == QStringLiteral("studier"));
}

TEST_CASE("gallring: deletes every row about the person in one action, keeps the audit log and no trace in the file",
          "[gallring]")
{
    TempTeam t;
    const test::ParticipantHistory h = test::addParticipantHistory(t, 7);
    Note note;
    note.participantId = h.participantId;
    note.date = QDate(2026, 11, 20);
    note.text = QStringLiteral("Samtal om sömnen och hästarna på stallet.");
    t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) { NoteRepository::add(ctx, note); });
    ParticipantEvent event;
    event.participantId = h.participantId;
    event.enrollmentId = h.enrollmentId;
    event.noteId = note.id;
    event.category = QStringLiteral("praktik");
    event.date = QDate(2026, 11, 20);
    t->write(QStringLiteral("event.add"), [&](WriteContext &ctx) { ParticipantEventRepository::add(ctx, event); });
    test::exitTest(t, h.enrollmentId, QDate(2026, 11, 24));
    t->database().checkpoint();
    const int auditRowsBefore = rows(t, QStringLiteral("audit_log"));
    REQUIRE(fileHolds(t.path(), QStringLiteral("Lindqvist")));
    REQUIRE(fileHolds(t.path(), QStringLiteral("hästarna på stallet")));

    // Not due the day before five years have passed; due on the day.
    CHECK(dueOn(t, QDate(2031, 11, 23)).isEmpty());
    t.clock().set(QDate(2031, 11, 24).startOfDay().addSecs(9 * 3600));
    const GallringPlan plan = GallringPlan::build(t->database(), t.clock().today());
    REQUIRE(plan.participantIds() == QList<qint64>{h.participantId});

    // A participant who is not in the plan is refused, and nothing changes.
    CHECK_THROWS_AS(GallringPlan::execute(t.team(), plan, {h.participantId + 1000}), Error);
    CHECK(rows(t, QStringLiteral("participants")) == 1);

    const GallringResult result = GallringPlan::execute(t.team(), plan, plan.participantIds());
    CHECK(result.deleted == 1);
    CHECK(result.vacuumProblem.isEmpty());
    for (const char *table : {"participants", "participant_income_sources", "enrollments", "enrollment_income_sources",
                              "sip_plans", "sip_versions", "sip_goals", "sip_actions", "sip_meeting_participants",
                              "sip_followups", "participant_notes", "group_members", "attendance", "assessments",
                              "participant_events", "exit_documents"})
        CHECK(rows(t, QString::fromLatin1(table)) == 0);
    // The group and its sessions are the team's, not the person's.
    CHECK(rows(t, QStringLiteral("group_sessions")) == 8);

    // The audit log keeps every row (with the id only) and gets one per deleted person plus the action's own.
    CHECK(rows(t, QStringLiteral("audit_log")) == auditRowsBefore + 2);
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.delete' "
                                              "AND participant_id = ?"),
                               {h.participantId})
              .toInt()
          == 1);
    CHECK(AuditLog::verify(t->database()).ok);

    const QList<GallringRun> runs = RetentionRepository(t->database()).runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs.first().deletedCount == 1);
    CHECK(runs.first().retentionYears == 5);
    CHECK(runs.first().onDate == QDate(2031, 11, 24));
    CHECK(RetentionRepository(t->database()).retainedCount(QStringLiteral("starts"), QStringLiteral("2026-02"),
                                                           QStringLiteral("2026-02"))
          == 1);
    CHECK(RetentionRepository(t->database()).retainedCount(QStringLiteral("exits"), QStringLiteral("2026-11"),
                                                           QStringLiteral("2026-11"))
          == 1);
    CHECK(t->undoStack()->count() == 0);

    // VACUUM and the truncated WAL leave no trace of the person's name or text in the file.
    CHECK_FALSE(fileHolds(t.path(), QStringLiteral("Lindqvist")));
    CHECK_FALSE(fileHolds(t.path(), QStringLiteral("hästarna på stallet")));
    CHECK_FALSE(fileHolds(t.path(), QStringLiteral("Jag vill orka en vanlig vecka")));
    t.reopen();
    CHECK(t->database().check(true).isEmpty());
    CHECK(rows(t, QStringLiteral("participants")) == 0);
}

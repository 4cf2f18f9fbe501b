// SPDX-License-Identifier: EUPL-1.2
#include "storage/retentionrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {

// Every date recorded about a participant, one (pid, day) row each: the person's own row,
// referrals and their decisions and agenda places, consents, enrollments with exit and
// follow-ups, the printed slutdokumentation, SIP plans, versions and follow-ups, notes,
// group membership and attendance, assessments, the waiting list, events and corrections. Timestamps
// (UTC) count on their local date.
const QString kEntries = QStringLiteral(
    "entries(pid, day) AS ("
    "SELECT id, date(created_at, 'localtime') FROM participants "
    "UNION ALL SELECT id, date(updated_at, 'localtime') FROM participants "
    "UNION ALL SELECT participant_id, received_on FROM referrals "
    "UNION ALL SELECT participant_id, date(updated_at, 'localtime') FROM referrals "
    "UNION ALL SELECT r.participant_id, ra.decided_on FROM referral_assessments ra JOIN referrals r ON r.id = ra.referral_id "
    "  WHERE ra.decided_on IS NOT NULL "
    "UNION ALL SELECT r.participant_id, date(ra.updated_at, 'localtime') FROM referral_assessments ra "
    "  JOIN referrals r ON r.id = ra.referral_id "
    "UNION ALL SELECT coalesce(a.participant_id, r.participant_id), m.meeting_date FROM agenda_items a "
    "  JOIN meetings m ON m.id = a.meeting_id LEFT JOIN referrals r ON r.id = a.referral_id "
    "  WHERE a.participant_id IS NOT NULL OR a.referral_id IS NOT NULL "
    "UNION ALL SELECT participant_id, given_on FROM consents "
    "UNION ALL SELECT participant_id, withdrawn_on FROM consents WHERE withdrawn_on IS NOT NULL "
    "UNION ALL SELECT participant_id, date(updated_at, 'localtime') FROM consents "
    "UNION ALL SELECT participant_id, start_date FROM enrollments "
    "UNION ALL SELECT participant_id, passive_from FROM enrollments WHERE passive_from IS NOT NULL "
    "UNION ALL SELECT participant_id, end_date FROM enrollments WHERE end_date IS NOT NULL "
    "UNION ALL SELECT participant_id, followup1_done FROM enrollments WHERE followup1_done IS NOT NULL "
    "UNION ALL SELECT participant_id, followup2_done FROM enrollments WHERE followup2_done IS NOT NULL "
    "UNION ALL SELECT participant_id, date(updated_at, 'localtime') FROM enrollments "
    "UNION ALL SELECT e.participant_id, date(d.written_at, 'localtime') FROM exit_documents d "
    "  JOIN enrollments e ON e.id = d.enrollment_id "
    "UNION ALL SELECT participant_id, date(created_at, 'localtime') FROM sip_plans "
    "UNION ALL SELECT p.participant_id, v.meeting_date FROM sip_versions v JOIN sip_plans p ON p.id = v.plan_id "
    "UNION ALL SELECT p.participant_id, date(v.created_at, 'localtime') FROM sip_versions v JOIN sip_plans p ON p.id = v.plan_id "
    "UNION ALL SELECT p.participant_id, f.followup_date FROM sip_followups f JOIN sip_plans p ON p.id = f.plan_id "
    "UNION ALL SELECT participant_id, note_date FROM participant_notes "
    "UNION ALL SELECT participant_id, date(created_at, 'localtime') FROM participant_notes "
    "UNION ALL SELECT participant_id, from_date FROM group_members "
    "UNION ALL SELECT participant_id, to_date FROM group_members WHERE to_date IS NOT NULL "
    "UNION ALL SELECT a.participant_id, s.session_date FROM attendance a JOIN group_sessions s ON s.id = a.session_id "
    "UNION ALL SELECT participant_id, assess_date FROM assessments "
    "UNION ALL SELECT participant_id, date(created_at, 'localtime') FROM assessments "
    "UNION ALL SELECT participant_id, since FROM waiting_list "
    "UNION ALL SELECT participant_id, left_on FROM waiting_list WHERE left_on IS NOT NULL "
    "UNION ALL SELECT participant_id, date(updated_at, 'localtime') FROM waiting_list "
    "UNION ALL SELECT participant_id, event_date FROM participant_events "
    "UNION ALL SELECT participant_id, date(created_at, 'localtime') FROM participant_events "
    "UNION ALL SELECT participant_id, date(corrected_at, 'localtime') FROM corrections) ");

// What the period and annual reports count about one participant (bind: the participant
// id), as (month, measure, key, count) rows for retained_counts. Mirrors ReportQueries:
// referrals by received_on, decisions by decided_on, starts by start_date, exits by
// end_date, the readier answer of exits not registered in error.
const QStringList kCounts = {
    QStringLiteral("SELECT substr(received_on, 1, 7), 'referrals', CAST(referring_party_id AS TEXT), count(*) FROM referrals "
                   "WHERE participant_id = ? GROUP BY 1, 3"),
    QStringLiteral("SELECT substr(ra.decided_on, 1, 7), 'decisions', ra.decision, count(*) FROM referral_assessments ra "
                   "JOIN referrals r ON r.id = ra.referral_id WHERE r.participant_id = ? AND ra.decision IS NOT NULL "
                   "GROUP BY 1, 3"),
    QStringLiteral("SELECT substr(start_date, 1, 7), 'starts', CAST(programme_id AS TEXT), count(*) FROM enrollments "
                   "WHERE participant_id = ? GROUP BY 1, 3"),
    QStringLiteral("SELECT substr(end_date, 1, 7), 'exits', exit_reason_code, count(*) FROM enrollments "
                   "WHERE participant_id = ? AND phase = 'exited' GROUP BY 1, 3"),
    QStringLiteral("SELECT substr(e.end_date, 1, 7), 'readier', "
                   "CASE e.readier WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE 'unanswered' END, count(*) FROM enrollments e "
                   "JOIN codes x ON x.code_table = 'exit_reason' AND x.code = e.exit_reason_code "
                   "WHERE e.participant_id = ? AND e.phase = 'exited' AND x.report_group <> 'error' GROUP BY 1, 3"),
};

} // namespace

QList<RetentionCandidate> RetentionRepository::candidates(QDate day) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("WITH ") + kEntries
            + QStringLiteral(", last(pid, day) AS (SELECT pid, max(day) FROM entries GROUP BY pid) "
                             "SELECT p.id, l.day FROM participants p JOIN last l ON l.pid = p.id WHERE l.day <= ? "
                             "AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.participant_id = p.id AND e.end_date IS NULL) "
                             "AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.participant_id = p.id "
                             "  AND r.status IN ('received', 'on_agenda', 'postponed')) "
                             "AND NOT EXISTS (SELECT 1 FROM waiting_list w WHERE w.participant_id = p.id AND w.left_on IS NULL) "
                             "ORDER BY l.day, p.id"),
        {sql::date(day)});
    QList<RetentionCandidate> result;
    while (q.next())
        result << RetentionCandidate{q.value(0).toLongLong(), sql::toDate(q.value(1))};
    return result;
}

std::optional<QDate> RetentionRepository::lastEntry(qint64 participantId) const
{
    const QVariant day = m_db.scalar(QStringLiteral("WITH ") + kEntries
                                         + QStringLiteral("SELECT max(day) FROM entries WHERE pid = ?"),
                                     {participantId});
    if (day.isNull() || !day.isValid())
        return std::nullopt;
    return sql::toDate(day);
}

QList<GallringRun> RetentionRepository::runs() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, run_at, on_date, deleted_count, retention_years, done_by "
                                           "FROM gallring_runs ORDER BY id"));
    QList<GallringRun> result;
    while (q.next())
        result << GallringRun{q.value(0).toLongLong(), q.value(1).toString(), sql::toDate(q.value(2)), q.value(3).toInt(),
                              q.value(4).toInt(), sql::optionalId(q.value(5))};
    return result;
}

int RetentionRepository::retainedCount(const QString &measure, const QString &firstMonth, const QString &lastMonth) const
{
    return m_db
        .scalar(QStringLiteral("SELECT coalesce(sum(count), 0) FROM retained_counts WHERE measure = ? AND month BETWEEN ? AND ?"),
                {measure, firstMonth, lastMonth})
        .toInt();
}

void RetentionRepository::keepCountsAndDelete(WriteContext &ctx, qint64 participantId)
{
    Database &db = ctx.db();
    if (!db.scalar(QStringLiteral("SELECT 1 FROM participants WHERE id = ?"), {participantId}).isValid())
        throw Error(ErrorCode::NotFound, tr("The participant no longer exists in the team file."));
    for (const QString &select : kCounts)
        db.exec(QStringLiteral("INSERT INTO retained_counts(month, measure, key, count) ") + select
                    + QStringLiteral(" ON CONFLICT(month, measure, key) DO UPDATE "
                                     "SET count = retained_counts.count + excluded.count"),
                {participantId});
    // Events first: deleting their enrollment or note first would set those links to NULL
    // through an UPDATE whose trigger then looks for a note or enrollment already gone.
    db.exec(QStringLiteral("DELETE FROM participant_events WHERE participant_id = ?"), {participantId});
    // Everything else about the person hangs off participants with ON DELETE CASCADE.
    db.exec(QStringLiteral("DELETE FROM participants WHERE id = ?"), {participantId});
    ctx.audit(QStringLiteral("retention.delete"), participantId);
    ctx.touch(QStringLiteral("participants"), participantId);
}

void RetentionRepository::recordRun(WriteContext &ctx, QDate onDate, int deletedCount, int retentionYears,
                                    std::optional<qint64> doneBy)
{
    ctx.db().exec(QStringLiteral("INSERT INTO gallring_runs(run_at, on_date, deleted_count, retention_years, done_by) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {ctx.nowText(), sql::date(onDate), deletedCount, retentionYears, sql::id(doneBy)});
    ctx.setDetail(QStringLiteral("deleted %1, retention %2 years, on %3")
                      .arg(deletedCount)
                      .arg(retentionYears)
                      .arg(onDate.toString(Qt::ISODate)));
    ctx.touch(QStringLiteral("all"));
}

} // namespace samsyn

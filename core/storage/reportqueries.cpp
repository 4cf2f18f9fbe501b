// SPDX-License-Identifier: EUPL-1.2
#include "storage/reportqueries.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace samsyn {

namespace {

// Exits that count: exited enrollments whose reason is not "registered in error".
const QString kCountedExits = QStringLiteral(
    "FROM enrollments e JOIN codes x ON x.code_table = 'exit_reason' AND x.code = e.exit_reason_code "
    "WHERE e.phase = 'exited' AND x.report_group <> 'error' AND e.end_date BETWEEN ? AND ? ");

QVariantList range(QDate first, QDate last)
{
    return {sql::date(first), sql::date(last)};
}

CodeEntry codeFrom(const QSqlQuery &q, int at)
{
    return CodeEntry{q.value(at).toString(),     q.value(at + 1).toString(), q.value(at + 2).toString(),
                     q.value(at + 3).toString(), q.value(at + 4).toString(), q.value(at + 5).toInt(),
                     q.value(at + 6).toBool()};
}

// The individuals of the outcome table, one row per (participant, column): the grouping's
// cohort and the total (column -1) over distinct participants. Binds: first, last.
QString cohortSql(OutcomeGrouping grouping)
{
    QString column;
    QString groupBy = QStringLiteral("s.pid");
    switch (grouping) {
    case OutcomeGrouping::Municipality: column = QStringLiteral("coalesce(pa.municipality_id, 0)"); break;
    case OutcomeGrouping::ReferringParty: column = QStringLiteral("coalesce(rf.party, 0)"); break;
    case OutcomeGrouping::Programme:
        column = QStringLiteral("s.programme");
        groupBy = QStringLiteral("s.pid, s.programme");
        break;
    }
    return QStringLiteral(
               "WITH period(first, last) AS (SELECT ?, ?), "
               "stays AS (SELECT e.participant_id AS pid, e.programme_id AS programme, e.start_date AS start "
               "  FROM enrollments e, period p WHERE e.start_date <= p.last AND (e.end_date IS NULL OR e.end_date >= p.first)), "
               "referrer AS (SELECT r.participant_id AS pid, r.referring_party_id AS party FROM referrals r, period p "
               "  WHERE r.id = (SELECT r2.id FROM referrals r2 WHERE r2.participant_id = r.participant_id "
               "    AND r2.received_on <= p.last ORDER BY r2.received_on DESC, r2.id DESC LIMIT 1)), "
               "cohort AS ("
               "  SELECT s.pid AS pid, %1 AS col, min(s.start) AS start FROM stays s "
               "    JOIN participants pa ON pa.id = s.pid LEFT JOIN referrer rf ON rf.pid = s.pid GROUP BY %2 "
               "  UNION ALL "
               "  SELECT s.pid, -1, min(s.start) FROM stays s GROUP BY s.pid) ")
        .arg(column, groupBy);
}

} // namespace

QList<ReportCount> ReportQueries::countsFrom(const QString &sql, const QVariantList &values) const
{
    QList<ReportCount> result;
    QSqlQuery q = m_db.exec(sql, values);
    while (q.next())
        result << ReportCount{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    return result;
}

QMap<QString, int> ReportQueries::mapFrom(const QString &sql, const QVariantList &values) const
{
    QMap<QString, int> result;
    QSqlQuery q = m_db.exec(sql, values);
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toInt());
    return result;
}

QList<ReportCount> ReportQueries::referralsPerParty(QDate first, QDate last) const
{
    return countsFrom(QStringLiteral("SELECT pt.id, pt.name, count(r.id) FROM parties pt "
                                     "LEFT JOIN referrals r ON r.referring_party_id = pt.id AND r.received_on BETWEEN ? AND ? "
                                     "GROUP BY pt.id HAVING pt.active = 1 OR count(r.id) > 0 "
                                     "ORDER BY pt.sort_order, pt.name"),
                      range(first, last));
}

QMap<QString, int> ReportQueries::decisionsPerKind(QDate first, QDate last) const
{
    return mapFrom(QStringLiteral("SELECT decision, count(*) FROM referral_assessments "
                                  "WHERE decision IS NOT NULL AND decided_on BETWEEN ? AND ? GROUP BY decision"),
                   range(first, last));
}

int ReportQueries::consultations(QDate first, QDate last) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM consultations WHERE held_on BETWEEN ? AND ?"), range(first, last))
        .toInt();
}

QList<ReportCount> ReportQueries::enrollmentsStartedPerProgramme(QDate first, QDate last) const
{
    return countsFrom(QStringLiteral("SELECT pr.id, pr.name, count(e.id) FROM programmes pr "
                                     "LEFT JOIN enrollments e ON e.programme_id = pr.id AND e.start_date BETWEEN ? AND ? "
                                     "GROUP BY pr.id HAVING pr.active = 1 OR count(e.id) > 0 ORDER BY pr.name"),
                      range(first, last));
}

QList<ReportCodeCount> ReportQueries::exitsPerReason(QDate first, QDate last) const
{
    QList<ReportCodeCount> result;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT c.code_table, c.code, c.label, c.label_en, c.report_group, c.sort_order, c.active, count(e.id) "
                       "FROM codes c LEFT JOIN enrollments e ON e.exit_reason_code = c.code AND e.phase = 'exited' "
                       "  AND e.end_date BETWEEN ? AND ? "
                       "WHERE c.code_table = 'exit_reason' GROUP BY c.code "
                       "HAVING c.active = 1 OR count(e.id) > 0 ORDER BY c.sort_order, c.label"),
        range(first, last));
    while (q.next())
        result << ReportCodeCount{codeFrom(q, 0), q.value(7).toInt()};
    return result;
}

QList<ReportCount> ReportQueries::enrolledPerProgramme(QDate day) const
{
    return countsFrom(QStringLiteral("SELECT pr.id, pr.name, count(e.id) FROM programmes pr "
                                     "LEFT JOIN enrollments e ON e.programme_id = pr.id AND e.start_date <= ? "
                                     "  AND (e.end_date IS NULL OR e.end_date > ?) "
                                     "GROUP BY pr.id HAVING pr.active = 1 OR count(e.id) > 0 ORDER BY pr.name"),
                      {sql::date(day), sql::date(day)});
}

int ReportQueries::individualsEnrolled(QDate day) const
{
    return m_db
        .scalar(QStringLiteral("SELECT count(DISTINCT participant_id) FROM enrollments "
                               "WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?)"),
                {sql::date(day), sql::date(day)})
        .toInt();
}

QList<ReportCount> ReportQueries::waitingPerProgramme(QDate day) const
{
    return countsFrom(QStringLiteral("SELECT pr.id, pr.name, count(w.id) FROM programmes pr "
                                     "LEFT JOIN waiting_list w ON w.programme_id = pr.id AND w.since <= ? "
                                     "  AND (w.left_on IS NULL OR w.left_on > ?) "
                                     "GROUP BY pr.id HAVING pr.active = 1 OR count(w.id) > 0 ORDER BY pr.name"),
                      {sql::date(day), sql::date(day)});
}

int ReportQueries::meetings(QDate first, QDate last) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM meetings WHERE meeting_date BETWEEN ? AND ?"), range(first, last))
        .toInt();
}

QMap<QString, int> ReportQueries::startsPerMonth(QDate first, QDate last) const
{
    return mapFrom(QStringLiteral("SELECT substr(start_date, 1, 7), count(*) FROM enrollments "
                                  "WHERE start_date BETWEEN ? AND ? GROUP BY 1"),
                   range(first, last));
}

QMap<QString, int> ReportQueries::exitsPerMonth(QDate first, QDate last) const
{
    return mapFrom(QStringLiteral("SELECT substr(e.end_date, 1, 7), count(*) ") + kCountedExits + QStringLiteral("GROUP BY 1"),
                   range(first, last));
}

ReportReadierAnswers ReportQueries::readierAnswers(QDate first, QDate last) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT coalesce(sum(e.readier = 1), 0), coalesce(sum(e.readier = 0), 0), "
                                           "coalesce(sum(e.readier IS NULL), 0) ")
                                + kCountedExits,
                            range(first, last));
    ReportReadierAnswers a;
    if (q.next())
        a = ReportReadierAnswers{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
    return a;
}

int ReportQueries::exitsToGroup(QDate first, QDate last, const QString &reportGroup) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) ") + kCountedExits + QStringLiteral("AND x.report_group = ?"),
                       range(first, last) + QVariantList{reportGroup})
        .toInt();
}

QList<ReportWho5Pair> ReportQueries::who5Pairs(QDate first, QDate last, int *exitsConsidered) const
{
    if (exitsConsidered)
        *exitsConsidered = m_db.scalar(QStringLiteral("SELECT count(*) ") + kCountedExits, range(first, last)).toInt();
    const QString rating = QStringLiteral("SELECT a.id FROM assessments a WHERE a.participant_id = e.participant_id "
                                          "AND a.instrument = 'who5' AND a.total IS NOT NULL ");
    QSqlQuery q = m_db.exec(
        QStringLiteral("WITH x AS (SELECT e.id AS eid, e.end_date AS ended, (") + rating
            + QStringLiteral("AND a.assess_date BETWEEN date(e.start_date, '-30 days') AND e.end_date "
                             "  ORDER BY a.assess_date, a.id LIMIT 1) AS first_id, (")
            + rating
            + QStringLiteral("AND a.assess_date BETWEEN e.start_date AND date(e.end_date, '+30 days') "
                             "  ORDER BY a.assess_date DESC, a.id DESC LIMIT 1) AS last_id ")
            + kCountedExits
            + QStringLiteral(") SELECT x.eid, x.ended, f.assess_date, f.total, l.assess_date, l.total FROM x "
                             "JOIN assessments f ON f.id = x.first_id JOIN assessments l ON l.id = x.last_id "
                             "WHERE l.assess_date > f.assess_date ORDER BY x.ended, x.eid"),
        range(first, last));
    QList<ReportWho5Pair> result;
    while (q.next())
        result << ReportWho5Pair{q.value(0).toLongLong(), sql::toDate(q.value(1)), sql::toDate(q.value(2)),
                                 q.value(3).toInt(),      sql::toDate(q.value(4)), q.value(5).toInt()};
    return result;
}

QList<OutcomeColumnFigures> ReportQueries::outcomeFigures(OutcomeGrouping grouping, QDate first, QDate last) const
{
    const QString cohort = cohortSql(grouping);
    const QVariantList values = range(first, last);
    QMap<qint64, OutcomeColumnFigures> columns;

    // Age in completed years on the start date: the year difference, less one if the
    // birthday (MM-DD) had not yet come that year.
    QSqlQuery q = m_db.exec(
        cohort
            + QStringLiteral("SELECT c.col, count(*), coalesce(sum(pa.gender = 'F'), 0), coalesce(sum(pa.gender = 'M'), 0), "
                             "coalesce(sum(CASE WHEN pa.birth_date IS NULL THEN NULL ELSE "
                             "  (CAST(substr(c.start, 1, 4) AS INTEGER) - CAST(substr(pa.birth_date, 1, 4) AS INTEGER)) "
                             "  - (substr(c.start, 6, 5) < substr(pa.birth_date, 6, 5)) END), 0), "
                             "count(pa.birth_date) "
                             "FROM cohort c JOIN participants pa ON pa.id = c.pid GROUP BY c.col"),
        values);
    while (q.next()) {
        OutcomeColumnFigures &f = columns[q.value(0).toLongLong()];
        f.column = q.value(0).toLongLong();
        f.individuals = q.value(1).toInt();
        f.women = q.value(2).toInt();
        f.men = q.value(3).toInt();
        f.ageSum = q.value(4).toInt();
        f.withAge = q.value(5).toInt();
    }

    q = m_db.exec(cohort
                      + QStringLiteral("SELECT c.col, ev.category_code, count(DISTINCT c.pid) FROM cohort c "
                                       "JOIN participant_events ev ON ev.participant_id = c.pid, period p "
                                       "WHERE ev.event_date BETWEEN p.first AND p.last GROUP BY c.col, ev.category_code"),
                  values);
    while (q.next())
        columns[q.value(0).toLongLong()].events.insert(q.value(1).toString(), q.value(2).toInt());

    q = m_db.exec(cohort
                      + QStringLiteral("SELECT c.col, coalesce(rf.party, 0), count(*) FROM cohort c "
                                       "LEFT JOIN referrer rf ON rf.pid = c.pid GROUP BY c.col, coalesce(rf.party, 0)"),
                  values);
    while (q.next())
        columns[q.value(0).toLongLong()].referredBy.insert(q.value(1).toLongLong(), q.value(2).toInt());

    return columns.values();
}

} // namespace samsyn

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

// The calendar months wholly inside [first, last] as "yyyy-MM" bounds (an empty range when
// there is none): gallring keeps its counts per month, so only whole months can add them.
QVariantList keptMonths(QDate first, QDate last)
{
    const QDate from = first.day() == 1 ? first : QDate(first.year(), first.month(), 1).addMonths(1);
    const QDate to = last.day() == last.daysInMonth() ? last : QDate(last.year(), last.month(), 1).addDays(-1);
    const QString format = QStringLiteral("yyyy-MM");
    return {from.toString(format), to.toString(format)};
}

// The retained count of `measure` for the key `keyExpr` (SQL) in the months bound by keptMonths.
QString kept(const char *measure, const char *keyExpr)
{
    return QStringLiteral("(SELECT coalesce(sum(k.count), 0) FROM retained_counts k WHERE k.measure = '%1' AND k.key = %2 "
                          "AND k.month BETWEEN ? AND ?)")
        .arg(QLatin1String(measure), QLatin1String(keyExpr));
}

// Retained exits not registered in error, per month; binds: keptMonths.
const QString kKeptCountedExits = QStringLiteral(
    "FROM retained_counts k JOIN codes x ON x.code_table = 'exit_reason' AND x.code = k.key "
    "WHERE k.measure = 'exits' AND x.report_group <> 'error' AND k.month BETWEEN ? AND ? ");

void addTo(QMap<QString, int> &sums, const QMap<QString, int> &more)
{
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        sums[it.key()] += it.value();
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

QMap<QString, int> ReportQueries::keptPerKey(const QString &measure, QDate first, QDate last) const
{
    return mapFrom(QStringLiteral("SELECT key, sum(count) FROM retained_counts WHERE measure = ? AND month BETWEEN ? AND ? "
                                  "GROUP BY key"),
                   QVariantList{measure} + keptMonths(first, last));
}

QMap<QString, int> ReportQueries::keptPerMonth(const QString &measure, QDate first, QDate last) const
{
    return mapFrom(QStringLiteral("SELECT month, sum(count) FROM retained_counts WHERE measure = ? AND month BETWEEN ? AND ? "
                                  "GROUP BY month"),
                   QVariantList{measure} + keptMonths(first, last));
}

QList<ReportCount> ReportQueries::referralsPerParty(QDate first, QDate last) const
{
    return countsFrom(QStringLiteral("SELECT pt.id, pt.name, count(r.id) + ") + kept("referrals", "CAST(pt.id AS TEXT)")
                          + QStringLiteral(" AS n FROM parties pt "
                                           "LEFT JOIN referrals r ON r.referring_party_id = pt.id AND r.received_on BETWEEN ? AND ? "
                                           "GROUP BY pt.id HAVING pt.active = 1 OR n > 0 "
                                           "ORDER BY pt.sort_order, pt.name"),
                      keptMonths(first, last) + range(first, last));
}

QMap<QString, int> ReportQueries::decisionsPerKind(QDate first, QDate last) const
{
    QMap<QString, int> result = mapFrom(QStringLiteral("SELECT decision, count(*) FROM referral_assessments "
                                                       "WHERE decision IS NOT NULL AND decided_on BETWEEN ? AND ? GROUP BY decision"),
                                        range(first, last));
    addTo(result, keptPerKey(QStringLiteral("decisions"), first, last));
    return result;
}

int ReportQueries::consultations(QDate first, QDate last) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM consultations WHERE held_on BETWEEN ? AND ?"), range(first, last))
        .toInt();
}

QList<ReportCount> ReportQueries::enrollmentsStartedPerProgramme(QDate first, QDate last) const
{
    return countsFrom(QStringLiteral("SELECT pr.id, pr.name, count(e.id) + ") + kept("starts", "CAST(pr.id AS TEXT)")
                          + QStringLiteral(" AS n FROM programmes pr "
                                           "LEFT JOIN enrollments e ON e.programme_id = pr.id AND e.start_date BETWEEN ? AND ? "
                                           "GROUP BY pr.id HAVING pr.active = 1 OR n > 0 ORDER BY pr.name"),
                      keptMonths(first, last) + range(first, last));
}

QList<ReportCodeCount> ReportQueries::exitsPerReason(QDate first, QDate last) const
{
    QList<ReportCodeCount> result;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT c.code_table, c.code, c.label, c.label_en, c.report_group, c.sort_order, c.active, count(e.id) + ")
            + kept("exits", "c.code")
            + QStringLiteral(" AS n FROM codes c LEFT JOIN enrollments e ON e.exit_reason_code = c.code AND e.phase = 'exited' "
                             "  AND e.end_date BETWEEN ? AND ? "
                             "WHERE c.code_table = 'exit_reason' GROUP BY c.code "
                             "HAVING c.active = 1 OR n > 0 ORDER BY c.sort_order, c.label"),
        keptMonths(first, last) + range(first, last));
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
    QMap<QString, int> result = mapFrom(QStringLiteral("SELECT substr(start_date, 1, 7), count(*) FROM enrollments "
                                                       "WHERE start_date BETWEEN ? AND ? GROUP BY 1"),
                                        range(first, last));
    addTo(result, keptPerMonth(QStringLiteral("starts"), first, last));
    return result;
}

QMap<QString, int> ReportQueries::exitsPerMonth(QDate first, QDate last) const
{
    QMap<QString, int> result = mapFrom(QStringLiteral("SELECT substr(e.end_date, 1, 7), count(*) ") + kCountedExits
                                            + QStringLiteral("GROUP BY 1"),
                                        range(first, last));
    addTo(result, mapFrom(QStringLiteral("SELECT k.month, sum(k.count) ") + kKeptCountedExits + QStringLiteral("GROUP BY 1"),
                          keptMonths(first, last)));
    return result;
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
    const QMap<QString, int> keptAnswers = keptPerKey(QStringLiteral("readier"), first, last);
    a.yes += keptAnswers.value(QStringLiteral("yes"));
    a.no += keptAnswers.value(QStringLiteral("no"));
    a.unanswered += keptAnswers.value(QStringLiteral("unanswered"));
    return a;
}

int ReportQueries::exitsToGroup(QDate first, QDate last, const QString &reportGroup) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) ") + kCountedExits + QStringLiteral("AND x.report_group = ?"),
                       range(first, last) + QVariantList{reportGroup})
               .toInt()
        + m_db.scalar(QStringLiteral("SELECT coalesce(sum(k.count), 0) ") + kKeptCountedExits + QStringLiteral("AND x.report_group = ?"),
                      keptMonths(first, last) + QVariantList{reportGroup})
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

ReportRetained ReportQueries::retained(QDate first, QDate last) const
{
    auto total = [](const QMap<QString, int> &counts) {
        int sum = 0;
        for (int n : counts)
            sum += n;
        return sum;
    };
    ReportRetained r;
    r.referrals = total(keptPerKey(QStringLiteral("referrals"), first, last));
    r.decisions = total(keptPerKey(QStringLiteral("decisions"), first, last));
    r.starts = total(keptPerKey(QStringLiteral("starts"), first, last));
    r.exits = m_db.scalar(QStringLiteral("SELECT coalesce(sum(k.count), 0) ") + kKeptCountedExits, keptMonths(first, last)).toInt();
    const QString format = QStringLiteral("yyyy-MM");
    const int touching = m_db.scalar(QStringLiteral("SELECT coalesce(sum(count), 0) FROM retained_counts "
                                                    "WHERE measure <> 'readier' AND month BETWEEN ? AND ?"),
                                     {first.toString(format), last.toString(format)})
                             .toInt();
    const int whole = m_db.scalar(QStringLiteral("SELECT coalesce(sum(count), 0) FROM retained_counts "
                                                 "WHERE measure <> 'readier' AND month BETWEEN ? AND ?"),
                                  keptMonths(first, last))
                          .toInt();
    r.partlyOutside = touching - whole;
    return r;
}

} // namespace samsyn

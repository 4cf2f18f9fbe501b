// SPDX-License-Identifier: EUPL-1.2
#include "reports/periodreport.h"

#include "domain/decision.h"
#include "reports/reportcharts.h"
#include "reports/reportformat.h"

#include <algorithm>

namespace samsyn {

namespace {

const QString kErrorGroup = QStringLiteral("error");

int sum(const QList<ReportCount> &counts)
{
    int total = 0;
    for (const ReportCount &c : counts)
        total += c.count;
    return total;
}

// A two-column table (label, count) with a total row, for the per-party/per-programme lists.
ReportTable countTable(const QString &title, const QString &what, const QString &countHeader,
                       const QList<ReportCount> &counts, const QString &totalLabel)
{
    ReportTable t{title, {what, countHeader}};
    for (const ReportCount &c : counts)
        t.addRow(c.label, {ReportFormat::count(c.count)});
    t.addRow(totalLabel, {ReportFormat::count(sum(counts))});
    return t;
}

} // namespace

PeriodReport PeriodReport::build(Database &db, const Period &chosen, QDate today)
{
    const ReportQueries q(db);
    const QDate first = chosen.first();
    const QDate last = chosen.last();
    PeriodReport r;
    r.period = chosen;
    r.today = today;
    r.referralsPerParty = q.referralsPerParty(first, last);
    r.decisions = q.decisionsPerKind(first, last);
    r.consultations = q.consultations(first, last);
    // A meeting planned for later in the period has not been held yet.
    const QDate heldUntil = qMin(last, today);
    r.meetings = heldUntil >= first ? q.meetings(first, heldUntil) : 0;
    r.startsPerProgramme = q.enrollmentsStartedPerProgramme(first, last);
    r.exitsPerReason = q.exitsPerReason(first, last);
    r.individualsEnrolled = q.individualsEnrolled(last);
    r.enrolledPerProgramme = q.enrolledPerProgramme(last);
    r.waitingPerProgramme = q.waitingPerProgramme(last);

    const QDate lastMonth(last.year(), last.month(), 1);
    const QDate chartFirst = qMin(QDate(first.year(), first.month(), 1), lastMonth.addMonths(-11));
    const QMap<QString, int> starts = q.startsPerMonth(chartFirst, last);
    const QMap<QString, int> exits = q.exitsPerMonth(chartFirst, last);
    for (QDate m = chartFirst; m <= lastMonth; m = m.addMonths(1)) {
        const QString key = m.toString(QStringLiteral("yyyy-MM"));
        r.months << ReportMonth{m, starts.value(key), exits.value(key)};
    }
    r.who5 = q.who5Pairs(first, last, &r.exitsForWho5);
    r.retained = q.retained(first, last);
    return r;
}

int PeriodReport::referrals() const
{
    return sum(referralsPerParty);
}

int PeriodReport::decisionsTotal() const
{
    int total = 0;
    for (int n : decisions)
        total += n;
    return total;
}

int PeriodReport::starts() const
{
    return sum(startsPerProgramme);
}

int PeriodReport::exits() const
{
    int total = 0;
    for (const ReportCodeCount &c : exitsPerReason)
        total += c.code.reportGroup == kErrorGroup ? 0 : c.count;
    return total;
}

int PeriodReport::exitsInError() const
{
    return exitsToGroup(kErrorGroup);
}

int PeriodReport::exitsToGroup(const QString &reportGroup) const
{
    int total = 0;
    for (const ReportCodeCount &c : exitsPerReason)
        total += c.code.reportGroup == reportGroup ? c.count : 0;
    return total;
}

int PeriodReport::waiting() const
{
    return sum(waitingPerProgramme);
}

QString PeriodReport::retainedNote(const ReportRetained &retained)
{
    if (!retained.any())
        return {};
    QString note = tr("Gallring has deleted participants with entries in this period. Their referrals (%1), decisions (%2), "
                      "enrollment starts (%3) and exits (%4) are kept as anonymous counts and included in the totals; they "
                      "are not in figures about individuals (enrolled or waiting at the period's end, WHO-5, the outcome "
                      "table, the SUS export).")
                       .arg(retained.referrals)
                       .arg(retained.decisions)
                       .arg(retained.starts)
                       .arg(retained.exits);
    if (retained.partlyOutside > 0)
        note += QLatin1Char(' ') + tr("Those counts are kept per month: %n of them, in months only partly inside this period, "
                                      "are left out.",
                                      nullptr, retained.partlyOutside);
    return note;
}

QString PeriodReport::exitGroupLabel(const QString &group)
{
    if (group == QLatin1String("work_or_studies"))
        return tr("Work or studies");
    if (group == QLatin1String("onward"))
        return tr("Onward to another programme or rehabilitation");
    if (group == QLatin1String("other"))
        return tr("Other reasons");
    if (group == kErrorGroup)
        return tr("Registered in error");
    return group.isEmpty() ? tr("Not grouped") : group;
}

QList<ReportTable> PeriodReport::tables(const QLocale &locale) const
{
    Q_UNUSED(locale) // every figure here is a count; shares are in the annual report
    using F = ReportFormat;
    QList<ReportTable> result;
    const QString endDay = period.last().toString(Qt::ISODate);

    ReportTable summary{tr("Summary"), {tr("Measure"), tr("Count")}};
    summary.addRow(tr("Referrals received"), {F::count(referrals())});
    summary.addRow(tr("Decisions made"), {F::count(decisionsTotal())});
    summary.addRow(tr("Consultations"), {F::count(consultations)});
    summary.addRow(tr("Meetings held"), {F::count(meetings)});
    summary.addRow(tr("Enrollments started"), {F::count(starts())});
    summary.addRow(tr("Exits"), {F::count(exits())});
    summary.addRow(tr("Enrolled on %1 (individuals)").arg(endDay), {F::count(individualsEnrolled)});
    summary.addRow(tr("On the waiting list on %1").arg(endDay), {F::count(waiting())});
    summary.note = tr("Dates count when they fall on or between the period's first and last day. Enrolled means "
                      "started on or before %1 and not exited by then (active or passive).")
                       .arg(endDay);
    const QString kept = retainedNote(retained);
    if (!kept.isEmpty())
        summary.note += QLatin1Char(' ') + kept;
    result << summary;

    result << countTable(tr("Referrals received per referring party"), tr("Referring party"), tr("Referrals"),
                         referralsPerParty, tr("Total"));

    ReportTable decided{tr("Decisions per kind"), {tr("Decision"), tr("Count")}};
    for (DecisionKind kind : {DecisionKind::Offer, DecisionKind::WaitingList, DecisionKind::Decline, DecisionKind::Postpone})
        decided.addRow(DecisionCodes::label(kind), {F::count(decisions.value(DecisionCodes::code(kind)))});
    decided.addRow(tr("Total"), {F::count(decisionsTotal())});
    result << decided;

    result << countTable(tr("Enrollments started per programme"), tr("Programme"), tr("Started"), startsPerProgramme,
                         tr("Total"));

    ReportTable reasons{tr("Exits per exit reason"), {tr("Exit reason"), tr("Exits")}};
    QStringList groups;
    for (const ReportCodeCount &c : exitsPerReason) {
        if (c.code.reportGroup == kErrorGroup)
            continue;
        reasons.addRow(c.code.displayLabel(), {F::count(c.count)});
        if (!groups.contains(c.code.reportGroup))
            groups << c.code.reportGroup;
    }
    reasons.addRow(tr("Total"), {F::count(exits())});
    if (exitsInError() > 0)
        reasons.note = tr("Not counted: %n exit(s) registered in error.", nullptr, exitsInError());
    result << reasons;

    ReportTable grouped{tr("What the exits led to"), {tr("Group of exit reasons"), tr("Exits")}};
    for (const QString &group : groups)
        grouped.addRow(exitGroupLabel(group), {F::count(exitsToGroup(group))});
    grouped.addRow(tr("Total"), {F::count(exits())});
    result << grouped;

    ReportTable places{tr("Programmes on %1").arg(endDay), {tr("Programme"), tr("Enrolled"), tr("Waiting")}};
    // Both lists hold every active programme; an inactive one appears in either when it has people.
    QList<ReportCount> programmes = enrolledPerProgramme;
    for (const ReportCount &w : waitingPerProgramme) {
        if (std::none_of(programmes.cbegin(), programmes.cend(), [&](const ReportCount &p) { return p.key == w.key; }))
            programmes << ReportCount{w.key, w.label, 0};
    }
    auto countOf = [](const QList<ReportCount> &list, const QString &key) {
        const auto it = std::find_if(list.cbegin(), list.cend(), [&](const ReportCount &c) { return c.key == key; });
        return it == list.cend() ? 0 : it->count;
    };
    for (const ReportCount &p : programmes)
        places.addRow(p.label, {F::count(countOf(enrolledPerProgramme, p.key)), F::count(countOf(waitingPerProgramme, p.key))});
    places.addRow(tr("Total"), {F::count(sum(enrolledPerProgramme)), F::count(waiting())});
    places.note = tr("Enrolled counts enrollments: a person in two programmes is counted in both (%n individual(s) in all).",
                     nullptr, individualsEnrolled);
    result << places;
    return result;
}

ReportContent PeriodReport::content(const QLocale &locale) const
{
    ReportContent c;
    c.title = tr("Period report");
    c.subtitle = ReportFormat::period(period);
    c.period = period;
    c.tables = tables(locale);
    c.charts = ReportCharts::forPeriod(*this, locale);
    return c;
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "reports/annualreport.h"

#include "reports/reportcharts.h"
#include "reports/reportformat.h"
#include "storage/reportqueries.h"

namespace samsyn {

namespace {

// numerator / denominator >= goal percent, in integers.
std::optional<bool> shareMet(int numerator, int denominator, int goalPercent)
{
    if (denominator == 0)
        return std::nullopt;
    return qint64(100) * numerator >= qint64(goalPercent) * denominator;
}

} // namespace

AnnualReport AnnualReport::build(Database &db, const Period &chosen, QDate today)
{
    const ReportQueries q(db);
    const QDate first = chosen.first();
    const QDate last = chosen.last();
    AnnualReport r;
    r.figures = PeriodReport::build(db, chosen, today);
    r.goals = ReportGoals::load(db);
    r.exits = r.figures.exits();
    r.workOrStudies = r.figures.exitsToGroup(QStringLiteral("work_or_studies"));
    r.readier = q.readierAnswers(first, last);
    r.referrals = r.figures.referrals();
    r.consultations = r.figures.consultations;
    r.days = int(first.daysTo(last)) + 1;
    r.daysInYear = first.daysInYear();
    return r;
}

qint64 AnnualReport::contactsTargetTenths() const
{
    return ReportFormat::tenths(qint64(goals.contactsPerYear) * days, daysInYear).value_or(0);
}

std::optional<bool> AnnualReport::workOrStudiesMet() const
{
    return shareMet(workOrStudies, exits, goals.workOrStudiesPercent);
}

bool AnnualReport::contactsMet() const
{
    // contacts >= goal * days / daysInYear, without rounding the target first.
    return qint64(contacts()) * daysInYear >= qint64(goals.contactsPerYear) * days;
}

std::optional<bool> AnnualReport::readierMet() const
{
    return shareMet(readier.yes, readier.yes + readier.no, goals.readierPercent);
}

QList<ReportTable> AnnualReport::tables(const QLocale &locale) const
{
    using F = ReportFormat;
    auto reached = [](std::optional<bool> met) {
        return !met ? F::none() : *met ? tr("Yes") : tr("No");
    };
    ReportTable t{tr("Goals and outcome"), {tr("Goal"), tr("Target"), tr("Outcome"), tr("Basis"), tr("Reached")}};
    t.columnWidths = {28, 11, 12, 37, 12};
    t.textColumns = {3};
    t.addRow(tr("Exits to work or studies"),
             {QString::number(goals.workOrStudiesPercent) + QStringLiteral(" %"), F::percent(workOrStudies, exits, locale),
              tr("%1 of %n exit(s)", nullptr, exits).arg(workOrStudies), reached(workOrStudiesMet())});

    const bool wholeYear = days == daysInYear;
    const QString target = wholeYear ? QString::number(goals.contactsPerYear)
                                     : F::ratio(contactsTargetTenths(), 10, locale);
    t.addRow(tr("Referrals and consultations"),
             {target, F::count(contacts()),
              tr("%1 referrals + %2 consultations").arg(referrals).arg(consultations), reached(contactsMet())});

    const int answered = readier.yes + readier.no;
    QString readierBasis = tr("%1 of %n answer(s)", nullptr, answered).arg(readier.yes);
    if (readier.unanswered > 0)
        readierBasis += QLatin1Char(' ') + tr("(%n exit(s) not asked or not answered)", nullptr, readier.unanswered);
    t.addRow(tr("Feel readier at exit"),
             {QString::number(goals.readierPercent) + QStringLiteral(" %"), F::percent(readier.yes, answered, locale),
              readierBasis, reached(readierMet())});

    QStringList notes;
    notes << tr("Exits registered in error are not counted. Shares are rounded to one decimal, halves away from zero; "
                "a goal is reached when the exact share is at least the goal.");
    if (!wholeYear)
        notes << tr("The period has %1 days: the yearly goal of %2 referrals and consultations is pro-rated to %1/%3 of it.")
                     .arg(days)
                     .arg(goals.contactsPerYear)
                     .arg(daysInYear);
    t.note = notes.join(QLatin1Char(' '));
    return QList<ReportTable>{t} + figures.tables(locale);
}

ReportContent AnnualReport::content(const QLocale &locale) const
{
    ReportContent c;
    c.title = tr("Annual report");
    c.subtitle = ReportFormat::period(figures.period);
    c.period = figures.period;
    c.tables = tables(locale);
    c.charts = ReportCharts::forPeriod(figures, locale);
    return c;
}

} // namespace samsyn

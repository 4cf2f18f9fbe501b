// SPDX-License-Identifier: EUPL-1.2
#include "reports/reportcharts.h"

#include "domain/assessmentscoring.h"
#include "reports/charts/barchart.h"
#include "reports/charts/dumbbellchart.h"
#include "reports/charts/horizontalbarchart.h"
#include "reports/periodreport.h"
#include "reports/reportformat.h"

namespace samsyn {

QList<ReportChart> ReportCharts::forPeriod(const PeriodReport &report, const QLocale &locale)
{
    return {startsAndExits(report, locale), exitReasons(report), who5Change(report, locale)};
}

ReportChart ReportCharts::startsAndExits(const PeriodReport &report, const QLocale &locale)
{
    BarChart chart;
    chart.title = tr("Enrollments and exits per month");
    chart.emptyMessage = tr("No enrollments or exits in these months");
    BarChart::Series starts{tr("Enrollments started"), {}};
    BarChart::Series exits{tr("Exits"), {}};
    for (int i = 0; i < report.months.size(); ++i) {
        const QDate month = report.months[i].month;
        QString label = locale.monthName(month.month(), QLocale::ShortFormat);
        // The year under the first month and under every January.
        if (i == 0 || month.month() == 1)
            label += QLatin1Char('\n') + QString::number(month.year());
        chart.categories << label;
        starts.values << report.months[i].starts;
        exits.values << report.months[i].exits;
    }
    chart.series = {starts, exits};
    const QDate from = report.months.isEmpty() ? report.period.first() : report.months.first().month;
    return {chart.render(),
            tr("Enrollments started and exits (not counting those registered in error) per calendar month, %1.")
                .arg(ReportFormat::range(from, report.period.last()))};
}

ReportChart ReportCharts::exitReasons(const PeriodReport &report)
{
    HorizontalBarChart chart;
    chart.title = tr("Exit reasons");
    chart.emptyMessage = tr("No exits in the period");
    for (const ReportCodeCount &c : report.exitsPerReason) {
        if (c.count > 0 && c.code.reportGroup != QLatin1String("error"))
            chart.rows << HorizontalBarChart::Row{c.code.displayLabel(), c.count,
                                                  c.code.reportGroup == QLatin1String("work_or_studies")};
    }
    return {chart.render(), tr("Exits in %1 per exit reason; work and studies in blue.")
                                .arg(ReportFormat::range(report.period.first(), report.period.last()))};
}

ReportChart ReportCharts::who5Change(const PeriodReport &report, const QLocale &locale)
{
    DumbbellChart chart;
    chart.title = tr("WHO-5 well-being at start and at exit");
    chart.beforeName = tr("Near the start");
    chart.afterName = tr("At exit");
    chart.referenceLabel = tr("Below 50: poor well-being");
    chart.emptyMessage = tr("No exit in the period has two WHO-5 ratings");
    int changeSum = 0;
    for (int i = 0; i < report.who5.size(); ++i) {
        const ReportWho5Pair &pair = report.who5[i];
        const int before = AssessmentScoring::who5Percent(pair.firstRaw);
        const int after = AssessmentScoring::who5Percent(pair.lastRaw);
        changeSum += after - before;
        chart.rows << DumbbellChart::Row{tr("Exit %1").arg(pair.exitDate.toString(Qt::ISODate)), before, after};
    }
    const qsizetype n = report.who5.size();
    QString caption = tr("WHO-5 in percent (0-100) for %1 of %2 exits with a rating near the start and one at exit.")
                          .arg(n)
                          .arg(report.exitsForWho5);
    if (n > 0) {
        const QString mean = ReportFormat::ratio(changeSum, n, locale);
        caption += QLatin1Char(' ') + tr("Mean change: %1 percentage points.").arg(changeSum > 0 ? QStringLiteral("+") + mean : mean);
    }
    return {chart.render(), caption};
}

} // namespace samsyn

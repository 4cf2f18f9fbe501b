// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/reportcontent.h"

#include <QCoreApplication>
#include <QLocale>

namespace samsyn {

struct PeriodReport;

// Draws the charts of the period and annual reports from their figures: enrollments and
// exits per month, exit reasons, and WHO-5 at start and at exit for the period's exits.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReportCharts)

public:
    static QList<ReportChart> forPeriod(const PeriodReport &report, const QLocale &locale);

    static ReportChart startsAndExits(const PeriodReport &report, const QLocale &locale);
    static ReportChart exitReasons(const PeriodReport &report);
    static ReportChart who5Change(const PeriodReport &report, const QLocale &locale);
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/period.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

namespace samsyn {

// A chart of a report as a picture, with the sentence that says what it shows.
struct ReportChart
{
    QImage image;
    QString caption;
};

// A finished report as data: what every output (PDF, print preview, CSV, the GUI) shows.
// Built by PeriodReport, AnnualReport and OutcomeTable; rendered by ReportDocument and
// written by ReportCsv.
struct ReportContent
{
    QString title;
    QString subtitle; // the period, e.g. "mars 2026 (2026-03-01 – 2026-03-31)"
    Period period;
    QList<ReportTable> tables;
    QList<ReportChart> charts;
};

} // namespace samsyn

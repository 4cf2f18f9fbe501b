// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/period.h"
#include "reports/reportcontent.h"
#include "storage/reportqueries.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace samsyn {

class Database;

// The outcome table of Vinka IN's two-year report: one column per municipality (or per
// referring party, or per programme) plus a total; rows with the number of individuals,
// their mean age at enrollment start, women and men, how many had each kind of event in
// the period, and who referred them. Individuals are those with an enrollment overlapping
// the period. In the programme grouping a person in two programmes is in both columns and
// once in the total, so the columns may add up to more than the total.
struct OutcomeTable
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::OutcomeTable)
public:
    struct Column
    {
        qint64 key = 0; // municipality / party / programme id; 0 = none; -1 = total
        QString label;
        OutcomeColumnFigures figures;
    };
    struct RowLabel
    {
        QString key; // event category code or party id
        QString label;
    };

    OutcomeGrouping grouping = OutcomeGrouping::Municipality;
    Period period;
    bool retainedByGallring = false; // gallring deleted people with entries in the period
    QList<Column> columns; // in print order, the total last
    QList<RowLabel> categories;
    QList<RowLabel> referrers;

    static OutcomeTable build(Database &db, OutcomeGrouping grouping, const Period &chosen);

    const Column &total() const { return columns.last(); }
    ReportTable table(const QLocale &locale = QLocale()) const;
    ReportContent content(const QLocale &locale = QLocale()) const;

    static QString groupingLabel(OutcomeGrouping grouping);
    // "municipality", "party", "programme" (the CLI's --by values).
    static std::optional<OutcomeGrouping> groupingFromCode(const QString &code);
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"
#include "reports/reportcontent.h"

namespace samsyn {

// Turns a report into a printable Document: each table under its heading, with its note,
// then the charts as images. Portrait A4 only, so a table with more figure columns than fit
// is split into several tables that each repeat the row labels (the total stays last).
class ReportDocument
{
public:
    // Figure columns per printed table; more are split (label column repeated). Five keep
    // a column wide enough for a municipality's name in one line.
    static constexpr int kMaxFigureColumns = 5;

    static Document build(const ReportContent &content, const DocumentMeta &meta);
    // The parts a wide table is printed as (one part when it fits).
    static QList<ReportTable> split(const ReportTable &table, int maxFigureColumns = kMaxFigureColumns);
};

} // namespace samsyn

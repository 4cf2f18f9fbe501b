// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"
#include "exit/exitreportdata.h"

#include <QCoreApplication>

namespace samsyn {

// The slutdokumentation as a printed document: what the stay was for, the goals and how far
// each was reached, what each party did, attendance, the change in the self-ratings, the
// outcome, the plan ahead, the person's own view, and who wrote it when. Built from
// ExitReportData only, so a stored final copy prints the same words every time.
class ExitReport
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ExitReport)

public:
    static Document build(const ExitReportData &data, const DocumentMeta &meta);

    // "+24 percentage points: a clear change", for WHO-5 (raw totals in, percent out).
    static QString who5Change(int rawFrom, int rawTo);
};

} // namespace samsyn

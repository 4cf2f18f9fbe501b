// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"
#include "domain/participant.h"
#include "domain/referral.h"
#include "import/columnmapping.h"
#include "import/csvreader.h"
#include "import/dateparser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

enum class ImportOutcome { Create, Update, Skip, Reject };

struct ImportOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ImportOutcomes)
public:
    static QString label(ImportOutcome outcome);
};

// What to do with a row whose personnummer the team file already has.
enum class DuplicatePolicy { Skip, Update };

struct ImportSettings
{
    ImportDateFormat dateFormat = ImportDateFormat::Auto;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
};

// One data row of the file and what the import does with it. `row` is the spreadsheet's row
// number (the header is row 1), so the user finds it in Excel.
struct ImportRow
{
    int row = 0;
    ImportOutcome outcome = ImportOutcome::Reject;
    QString reason;         // why rejected or skipped
    QString maskedIdentity; // YYYYMMDD-****, empty when the number was not valid
    Participant participant; // as it will be written (for Update: the existing one with the list's values)
    std::optional<Referral> referral;     // from a referral date and referring party
    std::optional<Enrollment> enrollment; // from a start date and programme
};

// The dry run: every row's outcome, computed against the team file without writing. A plan
// with `problems` (no personnummer column, a mapped column missing, ...) cannot run.
struct ImportPlan
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar separator;
    ColumnMapping mapping;
    QStringList problems;
    QList<ImportRow> rows;

    int count(ImportOutcome outcome) const
    {
        int n = 0;
        for (const ImportRow &row : rows)
            n += row.outcome == outcome ? 1 : 0;
        return n;
    }
    int writes() const { return count(ImportOutcome::Create) + count(ImportOutcome::Update); }
};

} // namespace samsyn

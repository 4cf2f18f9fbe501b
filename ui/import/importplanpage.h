// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "import/importplan.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace samsyn {

struct ImportWizardState;

// Step 4: the dry run. Shows how many rows would be created, updated, skipped and rejected,
// and every skipped or rejected row with its reason. "Import" writes the whole plan in one
// action; if the team file refuses, the message stays on this page and nothing is written.
class ImportPlanPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPlanPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Fills a table with one line per row of `plan` whose outcome is in `outcomes`; shared
    // with the report page so both read the same way.
    static void fillRows(QTableWidget *table, const ImportPlan &plan, const QList<ImportOutcome> &outcomes);
    static QString summary(const ImportPlan &plan);

private:
    ImportWizardState &m_state;
    QLabel *m_summary;
    QTableWidget *m_rows;
    QLabel *m_error;
};

} // namespace samsyn

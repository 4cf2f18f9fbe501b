// SPDX-License-Identifier: EUPL-1.2
#include "import/importreportpage.h"

#include "import/importplanpage.h"
#include "import/importwizardstate.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

ImportReportPage::ImportReportPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(new QLabel(this))
    , m_rows(new QTableWidget(this))
{
    setTitle(tr("Import done"));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
}

void ImportReportPage::initializePage()
{
    const ImportPlan &result = m_state.result;
    m_summary->setText(tr("Created: %1. Updated: %2. Skipped: %3. Rejected: %4. The import was one step in the "
                          "team file's log.")
                           .arg(result.count(ImportOutcome::Create))
                           .arg(result.count(ImportOutcome::Update))
                           .arg(result.count(ImportOutcome::Skip))
                           .arg(result.count(ImportOutcome::Reject)));
    ImportPlanPage::fillRows(m_rows, result,
                             {ImportOutcome::Create, ImportOutcome::Update, ImportOutcome::Skip, ImportOutcome::Reject});
}

} // namespace samsyn

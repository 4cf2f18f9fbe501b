// SPDX-License-Identifier: EUPL-1.2
#include "import/importplanpage.h"

#include "import/importwizardstate.h"
#include "util/error.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

ImportPlanPage::ImportPlanPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("What the import will do"));
    setSubTitle(tr("Nothing has been written yet. Rejected rows are left out; correct them in Excel and import the file "
                   "again later (people already imported are then skipped or updated)."));
    setButtonText(QWizard::NextButton, tr("Import"));
    m_summary->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_error);
}

QString ImportPlanPage::summary(const ImportPlan &plan)
{
    if (!plan.problems.isEmpty())
        return plan.problems.join(QLatin1Char('\n'));
    return tr("%1 rows: %2 to create, %3 to update, %4 skipped, %5 rejected.")
        .arg(plan.rows.size())
        .arg(plan.count(ImportOutcome::Create))
        .arg(plan.count(ImportOutcome::Update))
        .arg(plan.count(ImportOutcome::Skip))
        .arg(plan.count(ImportOutcome::Reject));
}

void ImportPlanPage::fillRows(QTableWidget *table, const ImportPlan &plan, const QList<ImportOutcome> &outcomes)
{
    table->clear();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Row"), tr("Outcome"), tr("Personnummer"), tr("Reason")});
    table->verticalHeader()->hide();
    QList<const ImportRow *> shown;
    for (const ImportRow &row : plan.rows) {
        if (outcomes.contains(row.outcome))
            shown << &row;
    }
    table->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const ImportRow &row = *shown.at(r);
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, row.row);
        table->setItem(r, 0, number);
        table->setItem(r, 1, new QTableWidgetItem(ImportOutcomes::label(row.outcome)));
        table->setItem(r, 2, new QTableWidgetItem(row.maskedIdentity));
        auto *reason = new QTableWidgetItem(row.reason);
        reason->setToolTip(row.reason);
        table->setItem(r, 3, reason);
        if (row.outcome == ImportOutcome::Reject) {
            for (int c = 0; c < 4; ++c)
                table->item(r, c)->setBackground(QColor(0xfd, 0xe7, 0xe9));
        }
    }
    table->resizeColumnsToContents();
    // Long reasons wrap inside the window instead of scrolling sideways.
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->setWordWrap(true);
    table->resizeRowsToContents();
}

void ImportPlanPage::initializePage()
{
    m_error->clear();
    m_state.plan = ParticipantImport(m_state.team).plan(m_state.table, m_state.mapping, m_state.settings);
    m_summary->setText(summary(m_state.plan));
    fillRows(m_rows, m_state.plan, {ImportOutcome::Reject, ImportOutcome::Skip, ImportOutcome::Update, ImportOutcome::Create});
    Q_EMIT completeChanged();
}

bool ImportPlanPage::isComplete() const
{
    return m_state.plan.problems.isEmpty() && m_state.plan.writes() > 0;
}

bool ImportPlanPage::validatePage()
{
    try {
        m_state.result = ParticipantImport(m_state.team).run(m_state.plan);
    } catch (const Error &error) {
        m_error->setText(error.message());
        return false;
    }
    return true;
}

} // namespace samsyn

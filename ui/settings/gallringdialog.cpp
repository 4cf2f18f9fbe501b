// SPDX-License-Identifier: EUPL-1.2
#include "settings/gallringdialog.h"

#include "common/waitcursor.h"
#include "shell/userprompts.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

enum Column { Identity, Name, LastEntry, Deadline };

} // namespace

GallringDialog::GallringDialog(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_team(team)
    , m_prompts(prompts)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_delete(new QPushButton(tr("&Delete checked…"), this))
{
    setObjectName(QStringLiteral("gallringDialog"));
    setWindowTitle(tr("Gallring"));
    m_summary->setObjectName(QStringLiteral("gallringSummary"));
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("gallringTable"));
    m_table->setAccessibleName(tr("Participants due for gallring"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Personnummer"), tr("Name"), tr("Last entry"), tr("Deadline")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemChanged, this, &GallringDialog::updateButton);

    auto *warning = new QLabel(this);
    warning->setObjectName(QStringLiteral("gallringWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    warning->setText(tr("Deletion is permanent and cannot be undone: everything recorded about the checked participants "
                        "(referrals, decisions, consents, enrollments, SIP plans, notes, attendance, ratings) is deleted "
                        "from the team file. Only anonymous counts for the reports are kept, and the access log keeps its "
                        "rows without names.")
                     + QStringLiteral("\n\n") + GallringPlan::backupCaveat(team.path()));

    m_delete->setObjectName(QStringLiteral("gallringDelete"));
    m_delete->setAccessibleName(tr("Delete the checked participants for good"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &GallringDialog::deleteChecked);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    reload();
    resize(720, 520);
}

void GallringDialog::reload()
{
    try {
        m_plan = GallringPlan::build(m_team.database(), m_team.clock().today());
    } catch (const Error &e) {
        m_plan = GallringPlan{};
        m_prompts.error(this, tr("Gallring"), e.message(), e.technicalDetail());
    }
    const QString day = m_team.clock().today().toString(Qt::ISODate);
    m_summary->setText(
        m_plan.entries.isEmpty()
            ? tr("Retention period: %n year(s) after the last entry. Nobody is due for gallring on %1.", nullptr, m_plan.retentionYears)
                  .arg(day)
            : tr("Retention period: %n year(s) after the last entry. Due for gallring on %1: %2 participant(s). Each must be "
                 "deleted by its deadline.",
                 nullptr, m_plan.retentionYears)
                  .arg(day)
                  .arg(m_plan.entries.size()));
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_plan.entries.size()));
    for (int row = 0; row < m_plan.entries.size(); ++row) {
        const GallringEntry &e = m_plan.entries.at(row);
        auto *identity = new QTableWidgetItem(e.maskedIdentity);
        identity->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        identity->setCheckState(Qt::Checked);
        identity->setData(Qt::UserRole, e.participantId);
        m_table->setItem(row, Identity, identity);
        m_table->setItem(row, Name, new QTableWidgetItem(e.name));
        m_table->setItem(row, LastEntry, new QTableWidgetItem(e.lastEntry.toString(Qt::ISODate)));
        m_table->setItem(row, Deadline, new QTableWidgetItem(e.deadline.toString(Qt::ISODate)));
    }
    updateButton();
}

void GallringDialog::updateButton()
{
    m_delete->setEnabled(!m_team.isReadOnly() && !checkedIds().isEmpty());
}

QList<qint64> GallringDialog::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, Identity);
        if (item && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

bool GallringDialog::deleteChecked()
{
    const QList<qint64> ids = checkedIds();
    if (ids.isEmpty())
        return false;
    const QString question = tr("Delete %n participant(s) and everything recorded about them for good? This cannot be undone.",
                                nullptr, int(ids.size()));
    if (!m_prompts.confirm(this, tr("Gallring"), question, tr("Delete for good")))
        return false;
    GallringResult result;
    try {
        const WaitCursor wait;
        result = GallringPlan::execute(m_team, m_plan, ids);
    } catch (const Error &e) {
        m_prompts.error(this, tr("Gallring"), e.message() + QStringLiteral("\n\n") + tr("Nothing was deleted."),
                        e.technicalDetail());
        reload();
        return false;
    }
    QString message = tr("%n participant(s) deleted for good. Their counts in the reports are kept.", nullptr, result.deleted);
    if (!result.vacuumProblem.isEmpty())
        message += QStringLiteral("\n\n") + tr("The file could not be compacted afterwards: %1").arg(result.vacuumProblem);
    m_prompts.inform(this, tr("Gallring"), message);
    reload();
    return true;
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "participants/participantlogtab.h"

#include "storage/auditlog.h"
#include "teamfile.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

ParticipantLogTab::ParticipantLogTab(TeamFile &team, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_id(participantId), m_table(new QTableWidget(0, 5))
{
    m_table->setObjectName(QStringLiteral("participantLog"));
    m_table->setAccessibleName(tr("Log of access and changes"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Team member"), tr("Computer user"), tr("Action"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    connect(&team, &TeamFile::changed, this, [this](const ChangeSet &changes) {
        if (changes.participantIds.contains(m_id) && isVisible())
            reload();
    });
}

QString ParticipantLogTab::actionLabel(const QString &action)
{
    if (action == QLatin1String("participant.view"))
        return tr("Opened");
    if (action == QLatin1String("participant.create"))
        return tr("Created");
    if (action == QLatin1String("participant.update"))
        return tr("Changed");
    if (action == QLatin1String("participant.delete"))
        return tr("Deleted");
    return action;
}

void ParticipantLogTab::reload()
{
    const QList<AuditRecord> records = AuditLog::forParticipant(m_team.database(), m_id);
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(records.size()));
    int row = 0;
    // Newest first (as AuditLog returns them): the usual question is "who looked lately?".
    for (auto it = records.cbegin(); it != records.cend(); ++it, ++row) {
        const QStringList cells{it->timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), it->actor,
                                it->osUser, actionLabel(it->action), it->detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void ParticipantLogTab::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

} // namespace samsyn

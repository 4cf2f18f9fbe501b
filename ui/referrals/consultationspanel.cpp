// SPDX-License-Identifier: EUPL-1.2
#include "referrals/consultationspanel.h"

#include "common/listtable.h"
#include "referrals/consultationdialog.h"
#include "storage/consultationrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samsyn {

ConsultationsPanel::ConsultationsPanel(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_table(new QTableWidget(0, 5)), m_new(new QPushButton(tr("New consultation…")))
{
    configureListTable(m_table, QStringLiteral("consultationTable"), tr("Consultations"));
    m_table->setWordWrap(true); // questions and advice are sentences: let them wrap
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Party"), tr("Case officer"), tr("Question"), tr("Advice")});
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 190);
    m_table->setColumnWidth(2, 170);
    m_table->setColumnWidth(3, 360);
    m_new->setObjectName(QStringLiteral("newConsultation"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &ConsultationsPanel::newConsultation);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editRow(row); });
    connect(&team, &TeamFile::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(QStringLiteral("referrals")) || changes.touches(QStringLiteral("settings"))
            || changes.touches(QStringLiteral("all")))
            reload();
    });
    reload();
}

void ConsultationsPanel::reload()
{
    QHash<qint64, QString> parties;
    for (const Party &p : SettingsRepository(m_team.database()).parties(true))
        parties.insert(p.id, p.name);
    QList<Consultation> all = ConsultationRepository(m_team.database()).between(QDate(1900, 1, 1), QDate(9999, 12, 31));
    std::reverse(all.begin(), all.end());
    m_table->setRowCount(0);
    for (const Consultation &c : std::as_const(all)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{c.heldOn.toString(Qt::ISODate), parties.value(c.partyId), c.handlerName,
                                c.question.simplified(), c.advice.simplified()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(col >= 3 ? (col == 3 ? c.question : c.advice) : QString());
            m_table->setItem(row, col, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, c.id);
    }
}

void ConsultationsPanel::newConsultation()
{
    auto *dialog = new ConsultationDialog(m_team, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsultationsPanel::editRow(int row)
{
    const auto c = ConsultationRepository(m_team.database()).get(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!c)
        return;
    auto *dialog = new ConsultationDialog(m_team, *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace samsyn

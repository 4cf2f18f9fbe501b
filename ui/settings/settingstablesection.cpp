// SPDX-License-Identifier: EUPL-1.2
#include "settings/settingstablesection.h"

#include "common/tablecells.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

SettingsTableSection::SettingsTableSection(TeamFile &team, UserPrompts &prompts, const QString &title,
                                           const QString &explanation, const QString &addText, QWidget *parent)
    : SettingsSection(team, prompts, title, explanation, parent)
    , m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setAccessibleName(title);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, so the buttons are reachable
    body()->addWidget(m_table);

    auto *add = new QPushButton(addText, this);
    add->setObjectName(QStringLiteral("addButton"));
    add->setAccessibleName(addText);
    add->setEnabled(!isReadOnly());
    buttonRow()->insertWidget(0, add);
    if (isReadOnly())
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { markDirty(); });
}

void SettingsTableSection::setHeaders(const QStringList &headers)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
}

void SettingsTableSection::clearRows()
{
    m_table->setRowCount(0);
}

int SettingsTableSection::addRow()
{
    const int row = cells::appendRow(m_table);
    initRow(row);
    watchCombos(row);
    m_table->resizeColumnsToContents();
    markDirty();
    return row;
}

void SettingsTableSection::finishRows()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        watchCombos(row);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qBound(90, m_table->columnWidth(c) + 16, 320));
}

void SettingsTableSection::watchCombos(int row)
{
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, c))) {
            combo->setEnabled(!isReadOnly());
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });
        }
    }
}

} // namespace samsyn

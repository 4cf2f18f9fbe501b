// SPDX-License-Identifier: EUPL-1.2
#include "common/editabletable.h"

#include "common/tablecells.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

EditableTable::EditableTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
{
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setAccessibleName(accessibleName);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addButton"));
    add->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeButton"));
    remove->setAccessibleName(tr("Remove the selected row from %1").arg(accessibleName));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT edited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &EditableTable::edited);
}

int EditableTable::addRow()
{
    const int row = cells::appendRow(m_table);
    Q_EMIT rowAdded(row);
    Q_EMIT edited();
    return row;
}

void EditableTable::clear()
{
    m_table->setRowCount(0);
}

QStringList EditableTable::texts(int column) const
{
    QStringList result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = cells::text(m_table, row, column);
        if (!text.isEmpty())
            result << text;
    }
    return result;
}

void EditableTable::setTexts(const QStringList &texts, int column)
{
    clear();
    for (const QString &text : texts)
        cells::setText(m_table, addRow(), column, text);
}

} // namespace samsyn

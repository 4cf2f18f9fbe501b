// SPDX-License-Identifier: EUPL-1.2
#include "common/tablecells.h"

#include <QComboBox>
#include <QTableWidget>

namespace samsyn::cells {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QTableWidgetItem *itemAt(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    return item;
}
} // namespace

void setText(QTableWidget *table, int row, int column, const QString &text, bool editable)
{
    QTableWidgetItem *item = itemAt(table, row, column);
    item->setData(Qt::EditRole, text);
    item->setFlags(editable ? (item->flags() | Qt::ItemIsEditable) : (item->flags() & ~Qt::ItemIsEditable));
}

QString text(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
}

void setNumber(QTableWidget *table, int row, int column, int value)
{
    itemAt(table, row, column)->setData(Qt::EditRole, value);
}

int number(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(Qt::EditRole).toInt() : 0;
}

void setCheck(QTableWidget *table, int row, int column, bool checked)
{
    QTableWidgetItem *item = itemAt(table, row, column);
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool check(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

void setChoice(QTableWidget *table, int row, int column, const Choices &choices, const QVariant &current,
               const QString &accessibleName)
{
    // Reuse the cell's combo: a replaced cell widget is only deleted later and would linger.
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, column));
    const bool existing = combo != nullptr;
    if (!existing)
        combo = new QComboBox;
    combo->clear();
    combo->setAccessibleName(accessibleName);
    combo->setFrame(false);
    for (const auto &c : choices)
        combo->addItem(c.first, c.second);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    if (!existing)
        table->setCellWidget(row, column, combo);
}

QVariant choice(const QTableWidget *table, int row, int column)
{
    const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, column));
    return combo ? combo->currentData() : QVariant();
}

void setRowId(QTableWidget *table, int row, qint64 id)
{
    itemAt(table, row, 0)->setData(kIdRole, id);
}

qint64 rowId(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = table->item(row, 0);
    return item ? item->data(kIdRole).toLongLong() : 0;
}

int appendRow(QTableWidget *table)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < table->columnCount(); ++c)
        itemAt(table, row, c);
    return row;
}

} // namespace samsyn::cells

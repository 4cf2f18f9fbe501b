// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

class QTableWidget;

namespace samsyn::cells {

// Small helpers for the short editable tables of the wizard and the team settings: text,
// whole numbers, check boxes and choice lists, each read back the same way it was written.
using Choices = QList<QPair<QString, QVariant>>; // label, value

void setText(QTableWidget *table, int row, int column, const QString &text, bool editable = true);
QString text(const QTableWidget *table, int row, int column);

void setNumber(QTableWidget *table, int row, int column, int value);
int number(const QTableWidget *table, int row, int column);

void setCheck(QTableWidget *table, int row, int column, bool checked);
bool check(const QTableWidget *table, int row, int column);

// A combo box in the cell; `accessibleName` names it for screen readers.
void setChoice(QTableWidget *table, int row, int column, const Choices &choices, const QVariant &current,
               const QString &accessibleName);
QVariant choice(const QTableWidget *table, int row, int column);

// The row's id (0 for a row not yet saved), kept in column 0's user data.
void setRowId(QTableWidget *table, int row, qint64 id);
qint64 rowId(const QTableWidget *table, int row);

// Appends an empty row and returns its index.
int appendRow(QTableWidget *table);

} // namespace samsyn::cells

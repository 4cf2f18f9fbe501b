// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QTableWidget;

namespace samsyn {

// A short table the user fills row by row, with Add and Remove buttons: the wizard's
// municipalities, parties, members and programmes. `rowAdded` lets the owner put defaults
// (a combo box, a number) into a new row.
class EditableTable : public QWidget
{
    Q_OBJECT

public:
    EditableTable(const QStringList &headers, const QString &accessibleName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int addRow();
    void clear();

    // For one-column lists (municipalities, other parties): the non-empty texts, in order.
    QStringList texts(int column = 0) const;
    void setTexts(const QStringList &texts, int column = 0);

Q_SIGNALS:
    void rowAdded(int row);
    void edited();

private:
    QTableWidget *m_table;
};

} // namespace samsyn

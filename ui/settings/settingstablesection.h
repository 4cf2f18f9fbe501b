// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/settingssection.h"

class QTableWidget;

namespace samsyn {

// A settings section whose content is one short editable table (municipalities, parties,
// members, programmes, codes) with an Add button. Rows are never deleted: they are made
// inactive, because old records refer to them.
class SettingsTableSection : public SettingsSection
{
    Q_OBJECT

public:
    SettingsTableSection(TeamFile &team, UserPrompts &prompts, const QString &title, const QString &explanation,
                         const QString &addText, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Appends a row with the section's defaults (what the Add button does).
    int addRow();

protected:
    virtual void initRow(int row) = 0;
    void setHeaders(const QStringList &headers);
    // Clears the rows; a subclass's load() starts with this.
    void clearRows();
    // After load(): watches the rows' combo boxes and sizes the columns.
    void finishRows();

private:
    void watchCombos(int row);

    QTableWidget *m_table;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/settingstablesection.h"

class QComboBox;

namespace samsyn {

// The code tables (income source, occupation, ...): the team's labels for each stable code,
// in Swedish and English, and whether the value is still offered. One table at a time.
class CodeTablesSection : public SettingsTableSection
{
    Q_OBJECT

public:
    CodeTablesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

    // The name shown for a code table (its stable name otherwise).
    static QString tableLabel(const QString &table);
    void showTable(const QString &table);

protected:
    void load() override;
    QString action() const override { return QStringLiteral("settings.codes"); }
    void store(WriteContext &ctx) override;
    void initRow(int row) override;

private:
    QComboBox *m_tables;
};

} // namespace samsyn

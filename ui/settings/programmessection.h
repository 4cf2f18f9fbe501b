// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/settingstablesection.h"

namespace samsyn {

// The programmes (insatser) the team offers: name, description, capacity, longest time,
// active, and the places reserved for each active party (one column per party).
class ProgrammesSection : public SettingsTableSection
{
    Q_OBJECT

public:
    ProgrammesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

protected:
    void load() override;
    QString action() const override { return QStringLiteral("settings.programmes"); }
    void store(WriteContext &ctx) override;
    void initRow(int row) override;

private:
    QList<qint64> m_partyColumns; // party id of each quota column
};

} // namespace samsyn

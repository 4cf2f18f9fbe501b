// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/teamsettings.h"
#include "settings/settingstablesection.h"

namespace samsyn {

// The parties of the samordningsförbund (FK, Af, the region, municipalities, others): kind,
// name and short name.
class PartiesSection : public SettingsTableSection
{
    Q_OBJECT

public:
    PartiesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

protected:
    void load() override;
    QString action() const override { return QStringLiteral("settings.parties"); }
    void store(WriteContext &ctx) override;
    void initRow(int row) override;

private:
    QList<Party> m_loaded;
};

} // namespace samsyn

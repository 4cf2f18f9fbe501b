// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/settingstablesection.h"

namespace samsyn {

// The municipalities the team serves: name and whether still active.
class MunicipalitiesSection : public SettingsTableSection
{
    Q_OBJECT

public:
    MunicipalitiesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

protected:
    void load() override;
    QString action() const override { return QStringLiteral("settings.municipalities"); }
    void store(WriteContext &ctx) override;
    void initRow(int row) override;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/settingstablesection.h"

namespace samsyn {

// The team's recurring group activities: name, the weekdays they meet (a check box per
// day), the time, and whether they still run. Members join on their card's attendance tab;
// the register of a session is one click away here.
class GroupActivitiesSection : public SettingsTableSection
{
    Q_OBJECT

public:
    GroupActivitiesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

protected:
    void load() override;
    QString action() const override { return QStringLiteral("settings.groups"); }
    void store(WriteContext &ctx) override;
    void initRow(int row) override;

private:
    void openRegister();

    UserPrompts &m_prompts;
};

} // namespace samsyn

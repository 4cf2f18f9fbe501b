// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/settingstablesection.h"

namespace samsyn {

// The team members: name, role, party, phone, e-mail, active.
class MembersSection : public SettingsTableSection
{
    Q_OBJECT

public:
    MembersSection(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

protected:
    void load() override;
    QString action() const override { return QStringLiteral("settings.members"); }
    void store(WriteContext &ctx) override;
    void initRow(int row) override;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "wizard/setuppage.h"

#include <functional>

namespace samsyn {

class EditableTable;

// Wizard page 4: the team members, each with a role and the party they come from. The party
// choices come from the earlier pages through `partyNames`.
class MembersPage : public SetupPage
{
    Q_OBJECT

public:
    MembersPage(std::function<QStringList()> partyNames, QWidget *parent = nullptr);

    void readInto(TeamSetup &setup) const override;
    void showSetup(const TeamSetup &setup) override;
    void initializePage() override;

private:
    void setPartyChoice(int row, const QString &party);

    std::function<QStringList()> m_partyNames;
    EditableTable *m_members;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "wizard/setuppage.h"

#include <functional>

class QComboBox;

namespace samsyn {

// Wizard page 6: which of the team members is using Samsyn on this computer (written into
// every audit row). The names come from the members page through `memberNames`.
class MePage : public SetupPage
{
    Q_OBJECT

public:
    MePage(std::function<QStringList()> memberNames, QWidget *parent = nullptr);

    void readInto(TeamSetup &setup) const override;
    void showSetup(const TeamSetup &setup) override;
    void initializePage() override;

private:
    void fill(const QString &selected);

    std::function<QStringList()> m_memberNames;
    QComboBox *m_me;
};

} // namespace samsyn

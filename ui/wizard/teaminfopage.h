// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "wizard/setuppage.h"

class QLineEdit;

namespace samsyn {

// Wizard page 1: the team's name, samordningsförbund, personuppgiftsansvarig and the secrecy
// marking printed on documents.
class TeamInfoPage : public SetupPage
{
    Q_OBJECT

public:
    explicit TeamInfoPage(QWidget *parent = nullptr);

    void readInto(TeamSetup &setup) const override;
    void showSetup(const TeamSetup &setup) override;

private:
    QLineEdit *m_name;
    QLineEdit *m_association;
    QLineEdit *m_controller;
    QLineEdit *m_secrecy;
};

} // namespace samsyn

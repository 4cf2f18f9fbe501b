// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "wizard/setuppage.h"

namespace samsyn {

class EditableTable;

// Wizard page 5: the programmes (insatser) with their capacity and longest time.
class ProgrammesPage : public SetupPage
{
    Q_OBJECT

public:
    explicit ProgrammesPage(QWidget *parent = nullptr);

    void readInto(TeamSetup &setup) const override;
    void showSetup(const TeamSetup &setup) override;

private:
    EditableTable *m_programmes;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "wizard/setuppage.h"

namespace samsyn {

class EditableTable;

// Wizard page 2: the municipalities the team serves (each also becomes a party).
class MunicipalitiesPage : public SetupPage
{
    Q_OBJECT

public:
    explicit MunicipalitiesPage(QWidget *parent = nullptr);

    void readInto(TeamSetup &setup) const override;
    void showSetup(const TeamSetup &setup) override;

private:
    EditableTable *m_list;
};

} // namespace samsyn

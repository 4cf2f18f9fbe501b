// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "wizard/setuppage.h"

class QLineEdit;

namespace samsyn {

class EditableTable;

// Wizard page 3: the region's name and any other parties (Försäkringskassan and
// Arbetsförmedlingen are always there).
class PartiesPage : public SetupPage
{
    Q_OBJECT

public:
    explicit PartiesPage(QWidget *parent = nullptr);

    void readInto(TeamSetup &setup) const override;
    void showSetup(const TeamSetup &setup) override;

private:
    QLineEdit *m_region;
    EditableTable *m_others;
};

} // namespace samsyn

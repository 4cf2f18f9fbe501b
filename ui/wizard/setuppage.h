// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWizardPage>

namespace samsyn {

struct TeamSetup;

// A page of the first-run wizard: shows its part of a TeamSetup and reads it back, so the
// wizard's whole state is one TeamSetup (and a test can fill it without clicking).
class SetupPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    virtual void readInto(TeamSetup &setup) const = 0;
    virtual void showSetup(const TeamSetup &setup) = 0;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/period.h"

#include <QWizardPage>

namespace samsyn {

class PeriodPicker;

// Step 1 of the quarter-end export: which period (the last completed quarter by default).
class SusPeriodPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SusPeriodPage(QDate today, QWidget *parent = nullptr);

    Period period() const;
    void setPeriod(const Period &period);

private:
    PeriodPicker *m_picker;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace samsyn {

// Chooses a reporting Period: a kind (month, quarter, tertial, half-year, year, custom),
// then a year and which month/quarter/... of it, or two dates for a custom range. Starts at
// the last completed quarter before `today` (what the förbund ask for at quarter end) and
// emits periodChanged whenever the choice makes a new period. Owns only its child widgets.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QDate today, QWidget *parent = nullptr);

    Period period() const { return m_period; }
    void setPeriod(const Period &period);

Q_SIGNALS:
    void periodChanged(const samsyn::Period &period);

private:
    Period::Kind kind() const;
    void fillNumbers(Period::Kind kind);
    void showControlsFor(Period::Kind kind);
    void onKindChanged();
    void rebuild();

    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_number;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
    Period m_period;
    bool m_updating = false;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "reports/periodpicker.h"

#include "common/isodateedit.h"
#include "util/error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

namespace samsyn {

namespace {

// The index within its year: the month, quarter, tertial or half-year the period starts in.
int indexOf(const Period &period)
{
    const int month = period.first().month();
    switch (period.kind()) {
    case Period::Kind::Month:
        return month;
    case Period::Kind::Quarter:
        return (month - 1) / 3 + 1;
    case Period::Kind::Tertial:
        return (month - 1) / 4 + 1;
    case Period::Kind::HalfYear:
        return (month - 1) / 6 + 1;
    case Period::Kind::Year:
    case Period::Kind::Custom:
        break;
    }
    return 1;
}

} // namespace

PeriodPicker::PeriodPicker(QDate today, QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_number(new QComboBox(this))
    , m_from(makeIsoDateEdit(QStringLiteral("periodFrom"), tr("First day of the period"), today, this))
    , m_dash(new QLabel(QStringLiteral("–"), this))
    , m_to(makeIsoDateEdit(QStringLiteral("periodTo"), tr("Last day of the period"), today, this))
{
    setObjectName(QStringLiteral("periodPicker"));
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("Tertial"), int(Period::Kind::Tertial));
    m_kind->addItem(tr("Half-year"), int(Period::Kind::HalfYear));
    m_kind->addItem(tr("Year"), int(Period::Kind::Year));
    m_kind->addItem(tr("Custom dates"), int(Period::Kind::Custom));
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, 2100);
    m_number->setObjectName(QStringLiteral("periodNumber"));
    m_number->setAccessibleName(tr("Which part of the year"));
    m_number->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_number), static_cast<QWidget *>(m_year),
                       static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_dash), static_cast<QWidget *>(m_to)})
        layout->addWidget(w);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeriodPicker::onKindChanged);
    connect(m_number, &QComboBox::currentIndexChanged, this, &PeriodPicker::rebuild);
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodPicker::rebuild);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::rebuild);

    setPeriod(Period::lastCompletedQuarter(today));
}

void PeriodPicker::setPeriod(const Period &period)
{
    if (!period.isValid())
        return;
    {
        m_updating = true;
        const QSignalBlocker blockKind(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(period.kind())));
        fillNumbers(period.kind());
        showControlsFor(period.kind());
        m_number->setCurrentIndex(indexOf(period) - 1);
        m_year->setValue(period.first().year());
        m_from->setDate(period.first());
        m_to->setDate(period.last());
        m_updating = false;
    }
    if (period == m_period)
        return;
    m_period = period;
    Q_EMIT periodChanged(m_period);
}

Period::Kind PeriodPicker::kind() const
{
    return Period::Kind(m_kind->currentData().toInt());
}

void PeriodPicker::fillNumbers(Period::Kind kind)
{
    const QSignalBlocker block(m_number);
    m_number->clear();
    const QLocale locale;
    switch (kind) {
    case Period::Kind::Month:
        for (int m = 1; m <= 12; ++m)
            m_number->addItem(locale.standaloneMonthName(m));
        break;
    case Period::Kind::Quarter:
        for (int q = 1; q <= 4; ++q)
            m_number->addItem(tr("Q%1").arg(q));
        break;
    case Period::Kind::Tertial:
        for (int t = 1; t <= 3; ++t)
            m_number->addItem(tr("Tertial %1").arg(t));
        break;
    case Period::Kind::HalfYear:
        m_number->addItem(tr("First half (January–June)"));
        m_number->addItem(tr("Second half (July–December)"));
        break;
    case Period::Kind::Year:
    case Period::Kind::Custom:
        break;
    }
}

void PeriodPicker::showControlsFor(Period::Kind kind)
{
    const bool custom = kind == Period::Kind::Custom;
    m_number->setVisible(!custom && kind != Period::Kind::Year);
    m_year->setVisible(!custom);
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
}

void PeriodPicker::onKindChanged()
{
    // Switching kind keeps the time of year: the quarter, tertial or month that holds the
    // current period's first day; a custom range starts as the current period's days.
    const Period::Kind k = kind();
    if (k == Period::Kind::Custom) {
        showControlsFor(k);
        rebuild();
        return;
    }
    setPeriod(Period::containing(k, m_period.isValid() ? m_period.first() : m_from->date()));
}

void PeriodPicker::rebuild()
{
    if (m_updating)
        return;
    Period next;
    try {
        const int year = m_year->value();
        const int index = m_number->currentIndex() + 1;
        switch (kind()) {
        case Period::Kind::Month:
            next = Period::month(year, index);
            break;
        case Period::Kind::Quarter:
            next = Period::quarter(year, index);
            break;
        case Period::Kind::Tertial:
            next = Period::tertial(year, index);
            break;
        case Period::Kind::HalfYear:
            next = Period::halfYear(year, index);
            break;
        case Period::Kind::Year:
            next = Period::year(year);
            break;
        case Period::Kind::Custom:
            // A range that ends before it starts is not a period: keep the last good one
            // until the user has finished typing both dates.
            if (m_to->date() < m_from->date())
                return;
            next = Period::custom(m_from->date(), m_to->date());
            break;
        }
    } catch (const Error &) {
        return;
    }
    if (next == m_period)
        return;
    m_period = next;
    Q_EMIT periodChanged(m_period);
}

} // namespace samsyn

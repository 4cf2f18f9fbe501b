// SPDX-License-Identifier: EUPL-1.2
#include "reports/susperiodpage.h"

#include "reports/periodpicker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace samsyn {

SusPeriodPage::SusPeriodPage(QDate today, QWidget *parent) : QWizardPage(parent), m_picker(new PeriodPicker(today, this))
{
    setObjectName(QStringLiteral("susPeriodPage"));
    setTitle(tr("Which period?"));
    setSubTitle(tr("The export lists every enrollment that ran on at least one day of the period."));
    auto *explanation = new QLabel(
        tr("Two files are written for the förbund: <b>antal</b> (participants per insats and gender) and "
           "<b>deltagare</b> (one row per enrollment). Before anything is written, every enrollment of the period is "
           "checked for missing or contradictory data. Afterwards the figures for Uppföljning Finsam are shown, ready to "
           "be typed in."),
        this);
    explanation->setWordWrap(true);
    auto *label = new QLabel(tr("Period:"), this);
    label->setBuddy(m_picker);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_picker);
    row->addStretch(1);
    auto *range = new QLabel(this);
    range->setObjectName(QStringLiteral("susPeriodRange"));
    auto showRange = [range](const Period &p) {
        range->setText(tr("%1: %2 to %3").arg(p.label(), p.first().toString(Qt::ISODate), p.last().toString(Qt::ISODate)));
    };
    showRange(m_picker->period());
    connect(m_picker, &PeriodPicker::periodChanged, this, showRange);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addWidget(range);
    layout->addStretch(1);
}

Period SusPeriodPage::period() const
{
    return m_picker->period();
}

void SusPeriodPage::setPeriod(const Period &period)
{
    m_picker->setPeriod(period);
}

} // namespace samsyn

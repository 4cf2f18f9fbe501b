// SPDX-License-Identifier: EUPL-1.2
#include "reports/chartspanel.h"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace samsyn {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QScrollArea(parent)
    , m_page(new QWidget(this))
    , m_layout(new QVBoxLayout(m_page))
{
    setObjectName(QStringLiteral("reportCharts"));
    setAccessibleName(tr("Charts"));
    setWidgetResizable(true);
    m_page->setBackgroundRole(QPalette::Base);
    m_page->setAutoFillBackground(true);
    setWidget(m_page);
}

void ChartsPanel::setCharts(const QList<ReportChart> &charts)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = 0;
    if (charts.isEmpty()) {
        auto *none = new QLabel(tr("No charts for this period."), m_page);
        none->setAlignment(Qt::AlignCenter);
        m_layout->addWidget(none);
    }
    for (const ReportChart &chart : charts) {
        if (chart.image.isNull())
            continue;
        auto *picture = new QLabel(m_page);
        picture->setObjectName(QStringLiteral("chart%1").arg(m_count));
        picture->setPixmap(QPixmap::fromImage(chart.image));
        picture->setAlignment(Qt::AlignHCenter);
        picture->setAccessibleName(chart.caption);
        auto *caption = new QLabel(chart.caption, m_page);
        caption->setWordWrap(true);
        caption->setAlignment(Qt::AlignHCenter);
        caption->setTextFormat(Qt::PlainText);
        m_layout->addWidget(picture);
        m_layout->addWidget(caption);
        m_layout->addSpacing(16);
        ++m_count;
    }
    m_layout->addStretch(1);
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/reportcontent.h"

#include <QScrollArea>

class QVBoxLayout;

namespace samsyn {

// The Charts tab of Rapporter: each chart of the period (drawn by the core as a QImage, the
// same picture the PDF carries) as a pixmap with its caption, one under the other.
class ChartsPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    void setCharts(const QList<ReportChart> &charts);
    int chartCount() const { return m_count; }

private:
    QWidget *m_page;
    QVBoxLayout *m_layout;
    int m_count = 0;
};

} // namespace samsyn

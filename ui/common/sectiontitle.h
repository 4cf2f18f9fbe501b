// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLabel>

namespace samsyn {

// A bold heading over a view or a section, with a short explanatory line underneath when
// given. Used by every view so titles look the same everywhere.
class SectionTitle : public QWidget
{
    Q_OBJECT

public:
    explicit SectionTitle(const QString &title, const QString &explanation = {}, QWidget *parent = nullptr);

private:
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "common/sectiontitle.h"

#include <QVBoxLayout>

namespace samsyn {

SectionTitle::SectionTitle(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_explanation(new QLabel(explanation, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(2);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.35);
    m_title->setFont(font);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_explanation->setWordWrap(true);
    m_explanation->setVisible(!explanation.isEmpty());
    QPalette muted = m_explanation->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_explanation->setPalette(muted);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
}

} // namespace samsyn

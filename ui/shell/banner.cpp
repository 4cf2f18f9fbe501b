// SPDX-License-Identifier: EUPL-1.2
#include "shell/banner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace samsyn {

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(kind == Kind::ReadOnly ? QStringLiteral("readOnlyBanner") : QStringLiteral("warningBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, kind == Kind::ReadOnly ? QColor(0xdd, 0xe8, 0xf6) : QColor(0xfb, 0xee, 0xc8));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAccessibleName(kind == Kind::ReadOnly ? tr("Read-only notice") : tr("Warning"));
    layout->addWidget(m_label);
    setVisible(false);
}

void Banner::setMessage(const QString &message)
{
    m_label->setText(message);
    setVisible(!message.isEmpty());
}

QString Banner::message() const
{
    return m_label->text();
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "shell/lockscreen.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_continue(new QPushButton(tr("Continue"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(2);
    auto *title = new QLabel(tr("The screen is hidden"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    title->setAlignment(Qt::AlignHCenter);
    auto *note = new QLabel(tr("Samsyn hid the window after a while without use, so that people passing by cannot read "
                               "personal data. This is not a password lock: anyone at this computer can continue. Lock "
                               "the computer itself when you leave it."),
                            this);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignHCenter);
    // A wrapped label under an alignment gets its one-line height; give it the wrapped one.
    note->setFixedWidth(540);
    note->setMinimumHeight(note->heightForWidth(540));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleName(tr("Continue working"));
    m_continue->setDefault(true);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(note, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addWidget(m_continue, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_continue, &QPushButton::clicked, this, &LockScreen::continueRequested);
}

void LockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_continue->setFocus();
}

} // namespace samsyn

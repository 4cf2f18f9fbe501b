// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingmodestrip.h"

#include "meetings/meetingmodesession.h"

#include <QHBoxLayout>
#include <QLabel>

namespace samsyn {

MeetingModeStrip::MeetingModeStrip(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this)), m_summary(new QLabel)
{
    setObjectName(QStringLiteral("overviewStrip"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
    m_summary->setObjectName(QStringLiteral("stripSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #aab4c3; font-size: 18pt;"));
}

void MeetingModeStrip::update(const MeetingModeSession &session)
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    m_layout->removeWidget(m_summary);
    while (QLayoutItem *item = m_layout->takeAt(0))
        delete item;
    for (int i = 0; i < session.count(); ++i) {
        const AgendaEntry &e = session.entries().at(i);
        const bool done = session.isDone(i);
        const bool current = i == session.current();
        const QString mark = done ? QStringLiteral("✓ ") : QString();
        auto *box = new QLabel(QStringLiteral("%1%2\n%3").arg(mark).arg(i + 1).arg(e.maskedTitle().left(14)));
        box->setObjectName(QStringLiteral("stripItem%1").arg(i));
        box->setAlignment(Qt::AlignCenter);
        box->setMinimumWidth(110);
        QString style = QStringLiteral("QLabel { font-size: 17pt; padding: 8px 14px; border-radius: 8px; ");
        if (current)
            style += QStringLiteral("background: #f5c451; color: #14181f; border: 3px solid #f5c451; }");
        else if (done)
            style += QStringLiteral("background: #1f3b2d; color: #9fe3b9; border: 2px solid #3f8f62; }");
        else
            style += QStringLiteral("background: transparent; color: #d5dbe4; border: 2px solid #4a5566; }");
        box->setStyleSheet(style);
        m_layout->addWidget(box);
        box->show(); // added to a visible strip: shown now, not on the next event loop pass
        m_boxes << box;
    }
    m_layout->addStretch(1);
    int referrals = 0;
    for (const AgendaEntry &e : session.entries())
        referrals += e.isReferral() ? 1 : 0;
    m_summary->setText(MeetingModeSession::tr("%1 of %2 referrals decided").arg(session.doneCount()).arg(referrals));
    m_layout->addWidget(m_summary);
}

QStringList MeetingModeStrip::texts() const
{
    QStringList result;
    for (const QLabel *box : m_boxes)
        result << box->text();
    return result;
}

} // namespace samsyn

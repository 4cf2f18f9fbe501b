// SPDX-License-Identifier: EUPL-1.2
#include "shell/idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace samsyn {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(configuredTimeout());
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

std::chrono::milliseconds IdleLock::configuredTimeout()
{
    const int minutes = QSettings().value(QStringLiteral("privacy/idleMinutes"), kDefaultMinutes).toInt();
    return std::chrono::minutes(qMax(0, minutes));
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_timer.isActive())
        start();
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timer.intervalAsDuration();
}

void IdleLock::start()
{
    if (m_timer.intervalAsDuration().count() > 0)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleLock::stop()
{
    m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace samsyn {

// Watches the application's keyboard and mouse input (an event filter on qApp) and emits
// idle() when nothing happened for the timeout. The timeout comes from QSettings
// ("privacy/idleMinutes", default 10, 0 = never) unless a test sets it. Owned by the window.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 10;

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    static std::chrono::milliseconds configuredTimeout();
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // Stops watching while the screen is hidden; start() again after Continue.
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace samsyn

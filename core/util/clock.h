// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>

namespace samsyn {

// "Today" for the core. Reminders, retention, backups and reports all depend on the date,
// so nothing in the core reads the wall clock directly: it asks the Clock it was given.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

// The wall clock. The front ends create one; tests and `--date` use FixedClock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that says what it is told: for tests, and for the CLI's `--date`.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    explicit FixedClock(QDate today) : m_now(today.startOfDay().addSecs(9 * 3600)) {}

    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace samsyn

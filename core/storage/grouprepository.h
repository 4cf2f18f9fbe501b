// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// A recurring group activity as the team sets it up.
struct GroupActivity
{
    qint64 id = 0;
    QString name;
    QString weekdays; // ISO digits, "135" = Monday, Wednesday, Friday
    QString time;     // "hh:mm" or empty
    bool active = true;
};

// One member of a group on the day of a session, with their mark ('' = not marked).
struct RosterLine
{
    qint64 participantId = 0;
    QString name;     // "Given Family"
    QString sortName; // "Family, Given"
    QString status;   // present / absent_notified / absent / ''
};

// A mark to record for one member in a session register; '' clears a mark.
struct RegisterMark
{
    qint64 participantId = 0;
    QString status;
};

// Group activities as the coordinator runs them: setting them up, who is in a group on a
// given day, and the session register that marks everyone at once. Per-person reads (the
// card's attendance tab and rates) stay in AttendanceRepository.
class GroupRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::GroupRepository)

public:
    explicit GroupRepository(Database &db) : m_db(db) {}

    // Every activity, inactive ones too, by name.
    QList<GroupActivity> activities() const;
    // The members on `date`, by name in Swedish order, with their marks of that day's session.
    QList<RosterLine> roster(qint64 activityId, QDate date) const;
    std::optional<qint64> sessionOn(qint64 activityId, QDate date) const;

    // Inserts (id 0) or updates; returns the id. Names are unique.
    static qint64 saveActivity(WriteContext &ctx, const GroupActivity &activity);
    // The person leaves the group: the membership that started on `from` ends on `to`.
    static void endMembership(WriteContext &ctx, qint64 activityId, qint64 participantId, QDate from, QDate to);
    // The register of one session: creates the session if the group has none that day and
    // records every mark, with one audit row per person marked. Every person must be a
    // member on that day; otherwise nothing is written.
    static qint64 recordSession(WriteContext &ctx, qint64 activityId, QDate date, const QList<RegisterMark> &marks);

private:
    Database &m_db;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// A participant whose last entry lies on or before a given day, with nothing open.
struct RetentionCandidate
{
    qint64 participantId = 0;
    QDate lastEntry;
};

// One gallring as recorded in gallring_runs.
struct GallringRun
{
    qint64 id = 0;
    QString runAt;
    QDate onDate;
    int deletedCount = 0;
    int retentionYears = 0;
    std::optional<qint64> doneBy;
};

// The SQL of gallring (retention): the last entry of each participant (the latest date of
// anything recorded about them, in every table that refers to a participant), the anonymous
// monthly counts that survive deletion (retained_counts, migration 005) and the deletion
// itself. GallringPlan decides who is due; this class only reads and writes rows.
class RetentionRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::RetentionRepository)

public:
    explicit RetentionRepository(Database &db) : m_db(db) {}

    // Participants whose last entry is on or before `day` and who have no open enrollment,
    // no referral still waiting for a decision and no open place on a waiting list; oldest
    // last entry first.
    QList<RetentionCandidate> candidates(QDate day) const;
    // The participant's last entry; nullopt for an unknown id.
    std::optional<QDate> lastEntry(qint64 participantId) const;
    QList<GallringRun> runs() const;
    // Sum of retained counts for `measure` (optionally one key) in months [firstMonth, lastMonth] ("yyyy-MM").
    int retainedCount(const QString &measure, const QString &firstMonth, const QString &lastMonth) const;

    // Adds what the reports count about the participant (referrals, decisions, enrollment
    // starts, exits, the readier answer) to retained_counts, then deletes every row about
    // them. The audit log keeps its rows: they hold the participant id, never the person.
    static void keepCountsAndDelete(WriteContext &ctx, qint64 participantId);
    static void recordRun(WriteContext &ctx, QDate onDate, int deletedCount, int retentionYears,
                          std::optional<qint64> doneBy);

private:
    Database &m_db;
};

} // namespace samsyn

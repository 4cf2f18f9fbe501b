// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace samsyn {

class Database;

// What one committed action changed, for models and views to refresh. Areas are plain
// words ("participants", "settings", ...) so later features add their own without
// touching this class.
struct ChangeSet
{
    QSet<QString> areas;
    QSet<qint64> participantIds;

    bool touches(const QString &area) const { return areas.contains(area); }
};

// Handed to the body of a write; exists only inside WritePath::run, so repository methods
// that take a WriteContext& cannot be called outside a transaction with its audit row.
class WriteContext
{
public:
    Database &db() { return m_db; }
    // "Now" for this action, from the team file's clock: every row of it gets the same time.
    const QDateTime &now() const { return m_now; }
    QString nowText() const;

    // The participant the action is about, when it becomes known inside the body (a new
    // participant gets its id from the insert).
    void setParticipant(qint64 id) { m_participantId = id; touch(QStringLiteral("participants"), id); }
    std::optional<qint64> participant() const { return m_participantId; }
    void setDetail(const QString &detail) { m_detail = detail; }

    void touch(const QString &area, std::optional<qint64> participantId = std::nullopt);
    // An extra audit row in the same transaction (a bulk action touching many participants).
    void audit(const QString &action, std::optional<qint64> participantId, const QString &detail = {});

    const ChangeSet &changes() const { return m_changes; }

private:
    friend class WritePath;
    WriteContext(Database &db, QDateTime now, QString actor, QString osUser);

    Database &m_db;
    QDateTime m_now;
    QString m_actor;
    QString m_osUser;
    std::optional<qint64> m_participantId;
    QString m_detail;
    ChangeSet m_changes;
};

// The one way to change a team file: one user action = one transaction that also appends
// its audit row (who, what, whose, when). Reads of a participant's data are logged through
// it too. A failure anywhere rolls the whole action back and throws samsyn::Error.
class WritePath
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::WritePath)

public:
    using Body = std::function<void(WriteContext &)>;

    WritePath(Database &db, std::function<QDateTime()> now, std::function<QString()> actor);

    ChangeSet run(const QString &action, const Body &body, std::optional<qint64> participantId = std::nullopt);

    static QString osUser();

private:
    Database &m_db;
    std::function<QDateTime()> m_now;
    std::function<QString()> m_actor;
};

} // namespace samsyn

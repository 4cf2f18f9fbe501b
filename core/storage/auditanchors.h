// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

class Database;

// A point the audit chain has been seen to pass: entry `seq` had hash `hash` at `at`.
struct AuditAnchor
{
    QDateTime at; // UTC
    qint64 seq = 0;
    QByteArray hash;
    QString reason; // "backup", "close", ...
};

// Anchors of a team file's audit chain, kept outside the file (reliability §5.3): the hash
// chain shows an edit inside the log, but someone who removes the newest entries, or edits
// a row and recomputes every hash after it, leaves a chain that verifies. An anchor written
// when the file was closed or backed up remembers how far the chain reached and what it
// said there; a later chain that lacks that entry, or has another hash for it, was rewound
// or rewritten.
//
// Two stores, one line per anchor: `<name>.<id>.audit-anchors.txt` in the backups folder
// beside the file (it travels with the backups), and a file in the user's local data folder named after
// the team file's id and path (out of reach of whoever only has the team file's folder).
// Keyed by path too, so a copy of the file elsewhere, a backup opened on its own, or the
// original of a file moved to this computer does not inherit anchors it never passed.
// Writing an anchor is best effort: a folder that cannot be written loses the anchor, never
// the user's work.
class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::AuditAnchors)

public:
    AuditAnchors(const QString &teamFilePath, const QString &fileUuid, const QString &userStore = defaultUserStore());

    static QString defaultUserStore();
    // For the open team file: its path and id.
    static AuditAnchors of(Database &db);

    // Appends the chain's current head to both stores; nothing when the chain is empty.
    void record(Database &db, const QDateTime &now, const QString &reason) const;
    // Every anchor of both stores, oldest first; unreadable lines are skipped.
    QList<AuditAnchor> all() const;

    struct Check
    {
        bool ok = true;
        int anchors = 0;
        std::optional<AuditAnchor> broken; // the oldest anchor the chain does not pass
        std::optional<AuditAnchor> newest; // the newest anchor it passes (when all pass)
        bool missing = false;              // that entry is gone (rather than different)
        QString message() const;           // for the user; empty when ok
    };
    Check check(Database &db) const;

    // After a restore from a backup, the chain legitimately ends earlier: anchors past its
    // head are dropped from both stores.
    void forgetAfter(qint64 seq) const;

    QString manifestPath() const { return m_manifest; }
    QString userStorePath() const { return m_userFile; }

private:
    QString m_manifest;
    QString m_userFile;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
// Anchors of the audit chain outside the file (reliability §5.3, tests D2 4 and 5): a chain
// that was rewound or rewritten still verifies on its own; the anchors find it.
#include "enrolmentfixtures.h"
#include "storage/auditanchors.h"
#include "storage/auditlog.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "tempteam.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

qint64 headSeq(TempTeam &t)
{
    return AuditLog::verify(t->database()).headSeq;
}

// Plays someone with the file and an SQLite tool: takes the append-only triggers off, runs
// `edit` on the closed file, and puts the triggers back exactly as they were, so the schema
// still looks like Samsyn's.
void tamper(const QString &path, const std::function<void(Database &)> &edit)
{
    auto db = Database::openExisting(path, Database::Access::ReadWrite);
    QStringList triggers;
    QSqlQuery q = db->exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"));
    while (q.next())
        triggers << q.value(0).toString();
    REQUIRE(triggers.size() == 2);
    db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    db->exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    edit(*db);
    for (const QString &sql : triggers)
        db->exec(sql);
}

// Changes one entry and recomputes every hash from there on, as a careful forger would.
void rewriteFrom(Database &db, qint64 seq)
{
    db.exec(QStringLiteral("UPDATE audit_log SET actor = 'Mallory' WHERE seq = ?"), {seq});
    QByteArray prev = db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq - 1}).toByteArray();
    QList<AuditRecord> records = AuditLog::latest(db, 100000);
    std::reverse(records.begin(), records.end());
    for (const AuditRecord &r : records) {
        if (r.seq < seq)
            continue;
        const QByteArray hash = AuditLog::hashOf(prev, r);
        db.exec(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"), {prev, hash, r.seq});
        prev = hash;
    }
}

} // namespace

TEST_CASE("audit anchors: closing and backing up record how far the chain reached", "[storage][audit]")
{
    TempTeam t;
    addTestParticipant(t, 1);
    const qint64 head = headSeq(t);
    t.reopen();
    const AuditAnchors anchors = AuditAnchors::of(t->database());
    REQUIRE_FALSE(anchors.all().isEmpty());
    CHECK(anchors.all().last().seq == head);
    CHECK(anchors.all().last().reason == QStringLiteral("close"));
    CHECK(QFile::exists(anchors.manifestPath()));
    CHECK(QFile::exists(anchors.userStorePath()));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    CHECK((QFile::permissions(anchors.userStorePath()) & others) == 0);
    // Nothing happened since: no second line for the same head.
    const qsizetype lines = anchors.all().size();
    t.reopen();
    CHECK(anchors.all().size() == lines);
    // The backups folder still lists only backups.
    t->backupNow();
    for (const BackupInfo &b : BackupService::list(t.path()))
        CHECK(b.path.endsWith(QStringLiteral(".samsyn-backup")));
    CHECK(anchors.check(t->database()).ok);
    CHECK_FALSE(t->openReport().auditProblem);
}

TEST_CASE("audit anchors: removing the newest entries is found at the next open", "[storage][audit]")
{
    TempTeam t;
    for (int n = 1; n <= 3; ++n)
        addTestParticipant(t, n);
    const qint64 head = headSeq(t);
    t.close();
    tamper(t.path(), [&](Database &db) { db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {head - 2}); });
    t.reopen();
    // The shortened chain is consistent in itself ...
    CHECK(AuditLog::verify(t->database()).ok);
    // ... but does not reach the anchor.
    REQUIRE(t->openReport().auditProblem);
    CHECK(t->openReport().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("ends before entry %1").arg(head)));
}

TEST_CASE("audit anchors: an entry changed and every later hash recomputed is found", "[storage][audit]")
{
    TempTeam t;
    for (int n = 1; n <= 3; ++n)
        addTestParticipant(t, n);
    t.close();
    tamper(t.path(), [](Database &db) { rewriteFrom(db, 2); });
    t.reopen();
    CHECK(AuditLog::verify(t->database()).ok);
    REQUIRE(t->openReport().auditProblem);
    CHECK(t->openReport().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("was rewritten outside Samsyn")));
}

TEST_CASE("audit anchors: an edit without recomputing is found by the chain, at the latest the next day", "[storage][audit]")
{
    TempTeam t;
    addTestParticipant(t, 1);
    t.reopen(); // today's backup is taken: later opens today check only the newest entries
    addTestParticipant(t, 2);
    t.close();
    tamper(t.path(), [](Database &db) { db.exec(QStringLiteral("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 1")); });
    t.reopen();
    // Entry 1 lies before the newest anchor, and its stored hash was left alone: the whole
    // chain is hashed with the daily backup, not at every open.
    CHECK_FALSE(t->openReport().auditProblem);
    CHECK_FALSE(AuditLog::verify(t->database()).ok);
    t.close();
    t.clock().advanceDays(1);
    t.reopen();
    REQUIRE(t->openReport().auditProblem);
    CHECK(t->openReport().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("entry 1 does not match")));
}

TEST_CASE("audit anchors: entries forged after the newest anchor are found at every open", "[storage][audit]")
{
    TempTeam t;
    addTestParticipant(t, 1);
    t.reopen();
    const AuditRecord last = AuditLog::latest(t->database(), 1).first();
    t.close();
    tamper(t.path(), [&](Database &db) {
        // A row that claims to follow the head but whose hash was made up.
        db.exec(QStringLiteral("INSERT INTO audit_log(seq, ts_utc, actor, os_user, action, participant_id, detail, prev_hash, hash) "
                               "SELECT seq + 1, ts_utc, 'Mallory', os_user, action, participant_id, detail, hash, "
                               "randomblob(32) FROM audit_log WHERE seq = ?"),
                {last.seq});
    });
    t.reopen();
    REQUIRE(t->openReport().auditProblem);
    CHECK(t->openReport().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("entry %1 does not match").arg(last.seq + 1)));
}

TEST_CASE("audit anchors: a restore from a backup rewinds the chain without an alarm", "[storage][audit][backup]")
{
    TempTeam t;
    addTestParticipant(t, 1);
    const BackupInfo backup = t->backupNow();
    for (int n = 2; n <= 4; ++n)
        addTestParticipant(t, n);
    t.reopen(); // anchors now reach past the backup's chain
    t.close();
    auto restored = TeamFile::restore(t.path(), backup.path, t.clock());
    CHECK_FALSE(restored->openReport().auditProblem);
    const AuditAnchors anchors = AuditAnchors::of(restored->database());
    CHECK(anchors.check(restored->database()).ok);
    restored.reset();
    t.reopen();
    CHECK_FALSE(t->openReport().auditProblem);
}

TEST_CASE("audit anchors: a copy of the file elsewhere starts without the original's anchors", "[storage][audit]")
{
    TempTeam t;
    addTestParticipant(t, 1);
    t.reopen();
    const QString copyPath = t.folder() + QStringLiteral("/elsewhere/copy.samsyn");
    t->saveCopyTo(copyPath);
    addTestParticipant(t, 2);
    t.reopen();
    auto copy = TeamFile::open(copyPath, t.clock());
    CHECK_FALSE(copy->openReport().auditProblem);
    // Its own anchors (from its first backup) stop where the copy's chain does.
    const qint64 copyHead = AuditLog::verify(copy->database()).headSeq;
    for (const AuditAnchor &a : AuditAnchors::of(copy->database()).all())
        CHECK(a.seq <= copyHead);
}

TEST_CASE("audit anchors: a new file made under an old file's name does not meet its anchors", "[storage][audit]")
{
    TempTeam t;
    for (int n = 1; n <= 3; ++n)
        addTestParticipant(t, n);
    t->backupNow();
    const QString path = t.path();
    t.close();
    // The practice file is deleted and a new team created under the same name; the backups
    // folder, with the old file's anchors, stays.
    REQUIRE(QFile::remove(path));
    QFile::remove(path + QStringLiteral("-wal"));
    auto fresh = TeamFile::create(path, TempTeam::standardSetup(), t.clock());
    fresh.reset();
    auto reopened = TeamFile::open(path, t.clock());
    CHECK_FALSE(reopened->openReport().auditProblem);
    CHECK(reopened->openReport().warnings.isEmpty());
}

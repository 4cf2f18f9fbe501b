// SPDX-License-Identifier: EUPL-1.2
// One writer at a time, verified rotated backups, restore, migration of an old file, and
// where a file may live (reliability B1-B3, C1-C4, A16).
#include "rawsqlite.h"
#include "tempteam.h"
#include "testidentities.h"

#include "storage/auditlog.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/participantrepository.h"
#include "storage/pathclassifier.h"
#include "storage/teamlock.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace samsyn;
using namespace samsyn::test;

namespace {

qint64 addPerson(TempTeam &t, int n)
{
    Participant p;
    p.setIdentity(*Personnummer::parse(testPnr(n), QDate(2026, 11, 24)).value);
    p.givenName = QStringLiteral("Test");
    p.familyName = QStringLiteral("Person %1").arg(n);
    t->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
    return p.id;
}

void writeLockFile(const QString &lockPath, qint64 pid, const QString &host)
{
    QFile file(lockPath);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::number(pid) + "\nsamsyn\n" + host.toUtf8() + "\n");
}

} // namespace

TEST_CASE("lock: a second Samsyn is told who holds the file and writes nothing", "[storage][lock]")
{
    TempTeam t;
    const QByteArray before = fileBytes(t.path());
    try {
        TeamFile::open(t.path(), t.clock());
        FAIL("opened a file that another Samsyn holds");
    } catch (const LockedError &error) {
        CHECK(error.code() == ErrorCode::Locked);
        CHECK(error.holder().sameHost);
        CHECK(error.holder().host == QSysInfo::machineHostName());
        CHECK_FALSE(error.holder().user.isEmpty());
        CHECK(error.message().contains(QSysInfo::machineHostName()));
    }
    CHECK(fileBytes(t.path()) == before);
}

TEST_CASE("lock: SQLite's exclusive lock refuses a connection that bypasses Samsyn", "[storage][lock]")
{
    TempTeam t;
    const QString name = QStringLiteral("bypass");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        db.setDatabaseName(t.path());
        REQUIRE(db.open());
        QSqlQuery query(db);
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM participants")));
        CHECK(query.lastError().nativeErrorCode().toInt() % 256 == 5);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("lock: a stale lock from a crashed Samsyn on this computer is taken over", "[storage][lock]")
{
    TempTeam t;
    t.close();
    writeLockFile(t.path() + QStringLiteral(".lock"), 999999, QSysInfo::machineHostName());
    auto team = TeamFile::open(t.path(), t.clock());
    CHECK_FALSE(team->isReadOnly());
}

TEST_CASE("lock: a lock from another computer is broken only when asked", "[storage][lock]")
{
    TempTeam t;
    t.close();
    writeLockFile(t.path() + QStringLiteral(".lock"), 4242, QStringLiteral("other-laptop"));
    try {
        TeamFile::open(t.path(), t.clock());
        FAIL("broke another computer's lock without asking");
    } catch (const LockedError &error) {
        CHECK_FALSE(error.holder().sameHost);
        CHECK(error.holder().host == QStringLiteral("other-laptop"));
    }
    TeamFile::OpenOptions options;
    options.breakForeignLock = true;
    auto team = TeamFile::open(t.path(), t.clock(), options);
    CHECK_FALSE(team->isReadOnly());
}

TEST_CASE("backup: taken at open once a day, verified, and restorable", "[storage][backup]")
{
    TempTeam t;
    const qint64 first = addPerson(t, 1);
    t.clock().advanceDays(1);
    t.reopen(); // the day's backup at open
    const auto backups = BackupService::list(t.path());
    REQUIRE(backups.size() == 1);
    CHECK_NOTHROW(BackupService::verify(backups.first().path));
    t.reopen(); // same day: no second backup
    CHECK(BackupService::list(t.path()).size() == 1);

    const qint64 second = addPerson(t, 2);
    CHECK(ParticipantRepository(t->database()).count() == 2);
    t.close();

    auto restored = TeamFile::restore(t.path(), backups.first().path, t.clock());
    ParticipantRepository participants(restored->database());
    CHECK(participants.get(first).has_value());
    CHECK_FALSE(participants.get(second).has_value());
    CHECK(AuditLog::latest(restored->database(), 1).first().action == QStringLiteral("team.restore"));
    CHECK(AuditLog::verify(restored->database()).ok);
    // The replaced file is kept aside, never deleted.
    const QString aside = restored->openReport().replacedFile;
    CHECK(aside.startsWith(t.path() + QStringLiteral(".replaced-")));
    CHECK(QFile::exists(aside));
}

TEST_CASE("backup: rotation keeps 14 days and the newest of each older month of the year", "[storage][backup]")
{
    TempTeam t(QDate(2026, 1, 1));
    for (int day = 0; day < 90; ++day) {
        t->backupNow();
        t.clock().advanceDays(1);
    }
    const auto kept = BackupService::list(t.path());
    // 2026-01-01 .. 2026-03-31: the last 14 days (18-31 March) plus the newest of Jan and Feb;
    // March's newest is among the 14 days.
    CHECK(kept.size() == 16);
    CHECK(kept.first().taken.date() == QDate(2026, 1, 31));
    CHECK(kept.at(1).taken.date() == QDate(2026, 2, 28));
    CHECK(kept.at(2).taken.date() == QDate(2026, 3, 18));
    CHECK(kept.last().taken.date() == QDate(2026, 3, 31));
}

TEST_CASE("backup: monthly backups are kept for twelve months, then they go too", "[storage][backup][gallring]")
{
    TempTeam t(QDate(2026, 11, 24));
    const QString folder = BackupService::folderFor(t.path());
    QDir().mkpath(folder);
    const QString base = QFileInfo(t.path()).completeBaseName();
    // One backup on the 10th of every month from January 2024; rotation looks at names only.
    for (QDate d(2024, 1, 10); d <= QDate(2026, 11, 10); d = d.addMonths(1)) {
        QFile file(QDir(folder).filePath(base + QLatin1Char('_') + d.toString(QStringLiteral("yyyyMMdd")) +
                                         QStringLiteral("-090000-open.samsyn-backup")));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    BackupService::rotate(t.path(), t.clock().now());
    const auto kept = BackupService::list(t.path());
    // December 2025 .. November 2026.
    REQUIRE(kept.size() == 12);
    CHECK(kept.first().taken.date() == QDate(2025, 12, 10));
    CHECK(kept.last().taken.date() == QDate(2026, 11, 10));
}

TEST_CASE("backup: a damaged backup is refused for restore and nothing changes", "[storage][backup]")
{
    TempTeam t;
    addPerson(t, 3);
    const BackupInfo backup = t->backupNow();
    t.close();
    QByteArray bytes = fileBytes(backup.path);
    QFile::remove(backup.path);
    {
        QFile file(backup.path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
    }
    const QByteArray before = fileBytes(t.path());
    CHECK_THROWS_AS(TeamFile::restore(t.path(), backup.path, t.clock()), Error);
    CHECK(fileBytes(t.path()) == before);
}

TEST_CASE("migrations: a version-1 file from the fixtures opens and is brought up to date", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.samsyn"));
    REQUIRE(QFile::copy(QStringLiteral(SAMSYN_TEST_DATA_DIR "/team-v1.samsyn"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    FixedClock clock(QDate(2026, 11, 24));
    auto team = TeamFile::open(path, clock);
    CHECK(team->database().userVersion() == Migrator::latestVersion());
    CHECK(Migrator::schemaDifferences(team->database(), Migrator::latestVersion()).isEmpty());
    CHECK(ParticipantRepository(team->database()).count() == 3);
    CHECK(AuditLog::verify(team->database()).ok);
    if (Migrator::latestVersion() > 1) {
        CHECK(team->openReport().migratedFrom == 1);
        REQUIRE(team->openReport().backup.has_value());
        CHECK(team->openReport().backup->path.contains(QStringLiteral("migration")));
    }
}

TEST_CASE("migrations: a crash before a step leaves the file at the previous version", "[storage][migrations]")
{
    auto db = Database::openInMemory();
    Migrator::migrateTo(*db, 1);
    REQUIRE(db->userVersion() == 1);
    if (Migrator::latestVersion() == 1) {
        SUCCEED("only one schema version exists so far");
        return;
    }
    CHECK_THROWS(Migrator::migrate(*db, [](int step) {
        if (step == 2)
            throw std::runtime_error("simulated crash");
    }));
    CHECK(db->userVersion() == 1);
    CHECK(Migrator::schemaDifferences(*db, 1).isEmpty());
}

TEST_CASE("location: network shares and cloud-synced folders are recognised", "[storage][location]")
{
    const auto fs = [](quint64 magic) { return [magic](const QString &) { return magic; }; };
    CHECK(PathClassifier::classify(QStringLiteral("/home/k/team.samsyn"), fs(0xEF53)) == PathKind::Local);
    CHECK(PathClassifier::classify(QStringLiteral("/mnt/h/team.samsyn"), fs(0x6969)) == PathKind::Network);
    CHECK(PathClassifier::classify(QStringLiteral("/mnt/h/team.samsyn"), fs(0xFF534D42)) == PathKind::Network);
    CHECK(PathClassifier::classify(QStringLiteral("/mnt/h/team.samsyn"), fs(0xFE534D42)) == PathKind::Network);
    CHECK(PathClassifier::classify(QStringLiteral("\\\\server\\share\\team.samsyn"), fs(0)) == PathKind::Network);
    CHECK(PathClassifier::classify(QStringLiteral("/home/k/OneDrive - Kommunen/team.samsyn"), fs(0xEF53))
          == PathKind::CloudSynced);
    CHECK(PathClassifier::classify(QStringLiteral("C:/Users/Åsa Öberg/Dropbox/team.samsyn"), fs(0)) == PathKind::CloudSynced);
}

TEST_CASE("copy: a file opened read-only can be copied to this computer and worked on there", "[storage][location]")
{
    TempTeam t;
    addPerson(t, 4);
    t.close();
    TeamFile::OpenOptions options;
    options.readOnly = true;
    const QString local = QDir(t.folder()).filePath(QStringLiteral("local/team.samsyn"));
    {
        auto remote = TeamFile::open(t.path(), t.clock(), options);
        remote->saveCopyTo(local);
        CHECK_THROWS_AS(remote->saveCopyTo(local), Error); // never overwrites
    }
    auto copy = TeamFile::open(local, t.clock());
    CHECK_FALSE(copy->isReadOnly());
    CHECK(ParticipantRepository(copy->database()).count() == 1);
    CHECK(AuditLog::verify(copy->database()).ok);
}

// SPDX-License-Identifier: EUPL-1.2
// Opening team files: the settings a good file gets, and every bad file refused with its
// own message while its bytes stay exactly as they were (issue 2, reliability A7-A10, A14, A15).
#include "rawsqlite.h"
#include "tempteam.h"

#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace samsyn;
using namespace samsyn::test;

namespace {

// Opens `path` expecting refusal with `code`; checks the bytes and the folder did not change.
void requireRefused(const QString &path, ErrorCode code)
{
    const QByteArray before = fileBytes(path);
    const QStringList folderBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
    FixedClock clock(QDate(2026, 11, 24));
    try {
        TeamFile::open(path, clock);
        FAIL("the file was opened");
    } catch (const Error &error) {
        CHECK(error.code() == code);
        CHECK_FALSE(error.message().isEmpty());
    }
    CHECK(fileBytes(path) == before);
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files) == folderBefore);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("storage: a new team file has the hardening settings and its identity", "[storage]")
{
    TempTeam t;
    Database &db = t->database();
    CHECK(db.applicationId() == Database::kApplicationId);
    CHECK(db.userVersion() == Migrator::latestVersion());
    CHECK(db.journalMode() == QLatin1String("wal"));
    CHECK(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA secure_delete")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA trusted_schema")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("PRAGMA locking_mode")).toString() == QLatin1String("exclusive"));
    CHECK(db.check(true).isEmpty());
    // No -shm file: the exclusive lock keeps the WAL index in memory (reliability §1.3).
    CHECK_FALSE(QFile::exists(t.path() + QStringLiteral("-shm")));
}

TEST_CASE("storage: a new team file is readable by its owner only", "[storage]")
{
#if defined(Q_OS_UNIX)
    TempTeam t;
    const QFileDevice::Permissions perms = QFile::permissions(t.path());
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK(perms.testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(perms.testFlag(QFileDevice::WriteOther));
#endif
}

TEST_CASE("storage: settings survive closing and reopening", "[storage]")
{
    TempTeam t;
    t.reopen();
    SettingsRepository settings(t->database());
    CHECK(settings.teamInfo().name == QStringLiteral("Testteamet"));
    CHECK(settings.municipalities().size() == 2);
    CHECK(settings.members().size() == 4);
    CHECK(settings.programmes().size() == 2);
    CHECK(settings.codes(CodeTable::ExitReason).size() == 12);
    CHECK(t->currentMemberName() == QStringLiteral("Karin Koordinator"));
}

TEST_CASE("storage: creating refuses to overwrite an existing file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.samsyn"));
    writeFile(path, "precious");
    FixedClock clock(QDate(2026, 11, 24));
    CHECK_THROWS_AS(TeamFile::create(path, TempTeam::standardSetup(), clock), Error);
    CHECK(fileBytes(path) == QByteArray("precious"));
}

TEST_CASE("storage: each bad file gets its own message and stays unchanged", "[storage][badfiles]")
{
    QTemporaryDir dir;
    FixedClock clock(QDate(2026, 11, 24));

    SECTION("a missing file is not created")
    {
        const QString path = dir.filePath(QStringLiteral("missing.samsyn"));
        CHECK_THROWS_AS(TeamFile::open(path, clock), Error);
        try {
            TeamFile::open(path, clock);
        } catch (const Error &error) {
            CHECK(error.code() == ErrorCode::Missing);
        }
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("a zero-byte file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.samsyn"));
        writeFile(path, {});
        requireRefused(path, ErrorCode::EmptyFile);
    }
    SECTION("garbage")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.samsyn"));
        writeFile(path, QByteArray(4096, 'x'));
        requireRefused(path, ErrorCode::NotADatabase);
    }
    SECTION("another application's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.samsyn"));
        rawExec(path, {QStringLiteral("CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO recipes(name) VALUES ('kanelbullar')")});
        requireRefused(path, ErrorCode::NotATeamFile);
    }
    SECTION("a file from a newer Samsyn")
    {
        TempTeam t;
        t.close();
        rawExec(t.path(), {QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)});
        requireRefused(t.path(), ErrorCode::NewerSchema);
    }
    SECTION("a truncated file")
    {
        TempTeam t;
        t.close();
        QByteArray bytes = fileBytes(t.path());
        REQUIRE(bytes.size() > 8192);
        QFile::remove(t.path());
        writeFile(t.path(), bytes.left(bytes.size() / 2));
        requireRefused(t.path(), ErrorCode::Corrupt);
    }
    SECTION("a damaged header")
    {
        TempTeam t;
        t.close();
        QByteArray bytes = fileBytes(t.path());
        bytes.replace(0, 6, "XQLite");
        QFile::remove(t.path());
        writeFile(t.path(), bytes);
        requireRefused(t.path(), ErrorCode::NotADatabase);
    }
    SECTION("a file whose structure was changed outside Samsyn")
    {
        TempTeam t;
        t.close();
        rawExec(t.path(), {QStringLiteral("PRAGMA journal_mode=DELETE"),
                           QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON participants BEGIN DELETE FROM meta; END")});
        requireRefused(t.path(), ErrorCode::Corrupt);
    }
}

TEST_CASE("storage: a read-only file opens read-only and refuses writes with a message", "[storage]")
{
    TempTeam t;
    t.close();
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner);
    if (QFileInfo(t.path()).isWritable()) {
        QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        SUCCEED("running as root: file permissions do not bind, nothing to check");
        return;
    }
    const QByteArray before = fileBytes(t.path());
    {
        auto team = TeamFile::open(t.path(), t.clock());
        CHECK(team->isReadOnly());
        CHECK_FALSE(team->openReport().readOnlyReason.isEmpty());
        CHECK_THROWS_AS(team->write(QStringLiteral("test.write"), [](WriteContext &) {}), Error);
    }
    CHECK(fileBytes(t.path()) == before);
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("storage: a file opened read-only on request writes nothing", "[storage]")
{
    TempTeam t;
    t.close();
    const QByteArray before = fileBytes(t.path());
    TeamFile::OpenOptions options;
    options.readOnly = true;
    {
        auto team = TeamFile::open(t.path(), t.clock(), options);
        CHECK(team->isReadOnly());
        CHECK(SettingsRepository(team->database()).teamInfo().name == QStringLiteral("Testteamet"));
    }
    CHECK(fileBytes(t.path()) == before);
}

TEST_CASE("storage: the migrations are numbered 1, 2, 3, ... without a gap", "[storage][migration]")
{
    // The migrator runs whatever numbers it finds, in order; a file migrated while a number
    // was missing would claim that step later and never run it. Two branches that each took
    // "the next number" are caught here.
    int expected = 1;
    for (const auto &[number, path] : Migrator::steps()) {
        INFO(path.toStdString());
        CHECK(number == expected);
        ++expected;
    }
    CHECK(Migrator::latestVersion() == expected - 1);
    CHECK(Migrator::latestVersion() >= 6);
}

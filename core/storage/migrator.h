// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace samsyn {

class Database;

// Brings a team file's schema to the version this program knows. Each step is a numbered
// SQL resource (core/storage/migrations/NNN_name.sql, compiled in as :/samsyn/migrations);
// step N runs in its own transaction together with `PRAGMA user_version = N`, so a crash
// leaves the file at N-1 or at N, never in between. The caller takes a backup first.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Migrator)

public:
    // The newest schema version compiled into this program.
    static int latestVersion();

    // Runs every step above the file's version. `beforeStep` (optional) is called before
    // each step with its number: tests use it to simulate a crash mid-migration.
    static void migrate(Database &db, const std::function<void(int)> &beforeStep = {});
    // Same, but stops at `version` (old-version fixtures in tests, expected schemas).
    static void migrateTo(Database &db, int version, const std::function<void(int)> &beforeStep = {});

    // The schema a file of `version` must have: built by migrating an in-memory database.
    // Maps "type:name" to normalised SQL.
    static std::map<QString, QString> expectedSchema(int version);
    static std::map<QString, QString> actualSchema(Database &db);
    // What differs between a file's schema and the one its version promises; empty = trusted.
    // A file with an extra trigger or view, or a changed table, is refused (reliability §1.8).
    static QStringList schemaDifferences(Database &db, int version);

    // Splits a migration script into single statements (QSQLITE runs one per exec()).
    static QStringList splitStatements(const QString &script);

    // Every step compiled in: number -> resource path.
    static std::map<int, QString> steps();
};

} // namespace samsyn

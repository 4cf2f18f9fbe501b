// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace samsyn {

// One SQLite connection to one team file, opened through the one guarded routine that the
// traps of Qt 6.4's QSQLITE require (reliability-security.md §1.9): no file is ever created
// by accident (URI mode=rw), a probe query runs at once, and the hardening pragmas are set
// and read back. Owned by TeamFile; nothing outside core/storage builds a query.
//
// Every statement goes through exec(), which throws samsyn::Error with SQLite's code mapped,
// so a caller inside a Transaction can never "successfully" commit after a failed statement.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    // 'SamS': identifies a team file in SQLite's header (PRAGMA application_id).
    static constexpr qint32 kApplicationId = 0x53616d53;

    // What SQLite's 100-byte header says, read without SQLite touching the file.
    struct FileHeader
    {
        qint32 applicationId = 0;
        int userVersion = 0;
    };
    // Refuses (throws) a missing file, a zero-byte file, a file that is not SQLite and one
    // too short to hold a page.
    static FileHeader readHeader(const QString &path);

    // Opens an existing SQLite file after readHeader() accepted it. A read-write connection
    // takes SQLite's exclusive lock; a read-only one does not (a read-only descriptor cannot
    // hold a write lock). Nothing is written: WAL is switched on by enableWal() once the
    // caller has decided the file can be trusted.
    static std::unique_ptr<Database> openExisting(const QString &path, Access access);

    // Creates a new, empty file readable and writable by its owner only; refuses to
    // overwrite anything. The schema is written by the Migrator.
    static std::unique_ptr<Database> createNew(const QString &path);

    // A private in-memory database (schema comparisons, tests).
    static std::unique_ptr<Database> openInMemory();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    // A prepared statement. Bind values, then run it with exec(query).
    QSqlQuery prepare(const QString &sql);
    void exec(QSqlQuery &query);
    // Prepares, binds positionally and runs in one go; returns the query for reading rows.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    qint32 applicationId();
    int userVersion();
    QString journalMode();

    // Runs PRAGMA quick_check (or integrity_check when `full`) and returns the problems
    // SQLite reported; empty means "ok".
    QStringList check(bool full);

    // Puts a read-write file in WAL mode (persistent in the file; a no-op when it already is).
    void enableWal();
    // Moves the WAL's content into the main file and empties it; at close and after backups.
    void checkpoint();
    // Rebuilds the file without free pages (after gallring, so deleted text does not linger),
    // then empties the WAL, which holds the old pages until then. Outside any transaction.
    void vacuum();

private:
    Database(QString path, Access access);
    void openConnection(const QString &uriOrPath, bool uri, bool readOnlyFlag);
    void applyPragmas();
    void pragmaExpect(const QString &pragma, const QString &value, const QString &expected);

    QString m_path;
    Access m_access;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_walEnabled = false;
};

} // namespace samsyn

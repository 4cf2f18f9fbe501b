// SPDX-License-Identifier: EUPL-1.2
#include "storage/database.h"

#include "storage/sqliteerrors.h"
#include "util/error.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QtEndian>

namespace samsyn {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

QString uriFor(const QString &path, bool readOnly)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(readOnly ? QStringLiteral("mode=ro") : QStringLiteral("mode=rw"));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

Database::Database(QString path, Access access)
    : m_path(std::move(path))
    , m_access(access)
    , m_connectionName(QStringLiteral("samsyn-%1").arg(++g_connectionCounter))
{
}

Database::~Database()
{
    if (m_db.isOpen()) {
        if (m_walEnabled) {
            try {
                checkpoint();
            } catch (const Error &) {
                // Closing must not throw; the WAL is recovered by SQLite at the next open.
            }
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::FileHeader Database::readHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorCode::Missing, SqliteErrors::messageFor(ErrorCode::Missing));
    if (!info.isFile() || !info.isReadable())
        throw Error(ErrorCode::CannotOpen, SqliteErrors::messageFor(ErrorCode::CannotOpen));
    if (info.size() == 0)
        throw Error(ErrorCode::EmptyFile, SqliteErrors::messageFor(ErrorCode::EmptyFile));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::CannotOpen, SqliteErrors::messageFor(ErrorCode::CannotOpen), file.errorString());
    const QByteArray header = file.read(100);
    if (!header.startsWith(kSqliteMagic))
        throw Error(ErrorCode::NotADatabase, SqliteErrors::messageFor(ErrorCode::NotADatabase));
    if (header.size() < 100 || info.size() < 512)
        throw Error(ErrorCode::Corrupt, SqliteErrors::messageFor(ErrorCode::Corrupt), QStringLiteral("file shorter than one page"));
    // Big-endian 32-bit integers at fixed offsets (SQLite file format, section 1.3).
    const auto beInt = [&header](int offset) { return qFromBigEndian<qint32>(header.constData() + offset); };
    return FileHeader{beInt(68), beInt(60)};
}

std::unique_ptr<Database> Database::openExisting(const QString &path, Access access)
{
    readHeader(path);
    std::unique_ptr<Database> db(new Database(path, access));
    db->openConnection(uriFor(path, access == Access::ReadOnly), true, access == Access::ReadOnly);
    db->applyPragmas();
    return db;
}

std::unique_ptr<Database> Database::createNew(const QString &path)
{
    QFile file(path);
    if (file.exists())
        throw Error(ErrorCode::CannotOpen,
                    tr("A file with that name already exists. Choose another name; nothing was overwritten."));
    // NewOnly makes creation atomic; the permissions are given at creation, not afterwards,
    // so the file is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QFileInfo dir(QFileInfo(path).absolutePath());
        const ErrorCode code = dir.exists() && !dir.isWritable() ? ErrorCode::ReadOnly : ErrorCode::CannotOpen;
        throw Error(code, code == ErrorCode::ReadOnly
                              ? tr("The folder is read-only: the team file could not be created there.")
                              : tr("The team file could not be created: %1").arg(file.errorString()));
    }
    file.close();

    std::unique_ptr<Database> db(new Database(path, Access::ReadWrite));
    db->openConnection(uriFor(path, false), true, false);
    db->applyPragmas();
    db->enableWal();
    return db;
}

std::unique_ptr<Database> Database::openInMemory()
{
    std::unique_ptr<Database> db(new Database(QStringLiteral(":memory:"), Access::ReadWrite));
    db->openConnection(QStringLiteral(":memory:"), false, false);
    db->exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    db->exec(QStringLiteral("PRAGMA trusted_schema=OFF"));
    return db;
}

void Database::openConnection(const QString &uriOrPath, bool uri, bool readOnlyFlag)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        throw Error(ErrorCode::Internal, tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite)."));
    QStringList options;
    if (uri)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    if (readOnlyFlag)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    // Our own team lock is the first guard; SQLite's exclusive lock is the backstop, and a
    // short busy timeout lets a second program fail fast with a clear message.
    options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500");
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    m_db.setDatabaseName(uriOrPath);
    if (!m_db.open())
        throw SqliteErrors::fromSqlError(m_db.lastError());
}

void Database::applyPragmas()
{
    // Locking mode first: with EXCLUSIVE set before the first WAL access SQLite never makes
    // a -shm file and any other process gets SQLITE_BUSY (§1.3).
    if (m_access == Access::ReadWrite)
        exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"));
    // The probe: QSQLITE's open() succeeds on garbage; the first statement does not.
    scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    pragmaExpect(QStringLiteral("foreign_keys"), QStringLiteral("ON"), QStringLiteral("1"));
    pragmaExpect(QStringLiteral("trusted_schema"), QStringLiteral("OFF"), QStringLiteral("0"));
    pragmaExpect(QStringLiteral("secure_delete"), QStringLiteral("ON"), QStringLiteral("1"));
    pragmaExpect(QStringLiteral("cell_size_check"), QStringLiteral("ON"), QStringLiteral("1"));
    pragmaExpect(QStringLiteral("temp_store"), QStringLiteral("MEMORY"), QStringLiteral("2"));
    pragmaExpect(QStringLiteral("synchronous"), QStringLiteral("FULL"), QStringLiteral("2"));
}

void Database::enableWal()
{
    if (m_access != Access::ReadWrite)
        return;
    const QString mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL")).toString().toLower();
    if (mode != QLatin1String("wal"))
        throw Error(ErrorCode::IoError, SqliteErrors::messageFor(ErrorCode::IoError),
                    QStringLiteral("journal_mode is %1, expected wal").arg(mode));
    m_walEnabled = true;
}

void Database::pragmaExpect(const QString &pragma, const QString &value, const QString &expected)
{
    exec(QStringLiteral("PRAGMA %1=%2").arg(pragma, value));
    const QString actual = scalar(QStringLiteral("PRAGMA %1").arg(pragma)).toString();
    if (actual != expected)
        throw Error(ErrorCode::Internal, SqliteErrors::messageFor(ErrorCode::Internal),
                    QStringLiteral("PRAGMA %1 is %2, expected %3").arg(pragma, actual, expected));
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqliteErrors::fromSqlError(query.lastError());
    return query;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw SqliteErrors::fromSqlError(query.lastError());
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(sql);
    for (const QVariant &value : values) {
        // QSQLITE binds a null QString as SQL NULL. Text columns here are NOT NULL with ''
        // for "nothing entered"; a NULL is always asked for explicitly with a null QVariant.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    exec(query);
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(sql, values);
    if (!query.next())
        return {};
    return query.value(0);
}

qint32 Database::applicationId()
{
    return static_cast<qint32>(scalar(QStringLiteral("PRAGMA application_id")).toLongLong());
}

int Database::userVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QString Database::journalMode()
{
    return scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower();
}

QStringList Database::check(bool full)
{
    QSqlQuery query = exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

void Database::checkpoint()
{
    if (m_walEnabled)
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void Database::vacuum()
{
    exec(QStringLiteral("VACUUM"));
    checkpoint();
}

} // namespace samsyn

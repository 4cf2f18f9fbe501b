// SPDX-License-Identifier: EUPL-1.2
#include "storage/migrator.h"

#include "storage/database.h"
#include "storage/sqliteerrors.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace samsyn {

std::map<int, QString> Migrator::steps()
{
    std::map<int, QString> result;
    QDirIterator it(QStringLiteral(":/samsyn/migrations"));
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    while (it.hasNext()) {
        const QString path = it.next();
        const auto match = name.match(it.fileName());
        if (match.hasMatch())
            result.emplace(match.captured(1).toInt(), path);
    }
    return result;
}

int Migrator::latestVersion()
{
    const auto all = steps();
    return all.empty() ? 0 : all.rbegin()->first;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            QString statement = current.trimmed();
            statement.chop(1);
            statements << statement;
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

void Migrator::migrate(Database &db, const std::function<void(int)> &beforeStep)
{
    if (db.userVersion() > latestVersion())
        throw Error(ErrorCode::NewerSchema, SqliteErrors::messageFor(ErrorCode::NewerSchema));
    migrateTo(db, latestVersion(), beforeStep);
}

void Migrator::migrateTo(Database &db, int version, const std::function<void(int)> &beforeStep)
{
    for (const auto &[step, path] : steps()) {
        if (step <= db.userVersion() || step > version)
            continue;
        if (beforeStep)
            beforeStep(step);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Internal, SqliteErrors::messageFor(ErrorCode::Internal), path);

        Transaction tx(db);
        for (const QString &statement : splitStatements(QString::fromUtf8(file.readAll())))
            db.exec(statement);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step));
        // Foreign keys are not checked for rows a step rewrites with DDL; check before commit.
        QSqlQuery fk = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (fk.next())
            throw Error(ErrorCode::Corrupt, SqliteErrors::messageFor(ErrorCode::Corrupt),
                        QStringLiteral("foreign_key_check failed after migration %1").arg(step));
        tx.commit();
    }
}

namespace {
QString normalise(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return sql.simplified().replace(space, QStringLiteral(" "));
}
} // namespace

std::map<QString, QString> Migrator::actualSchema(Database &db)
{
    std::map<QString, QString> schema;
    QSqlQuery query = db.exec(QStringLiteral(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'"));
    while (query.next())
        schema.emplace(query.value(0).toString() + QLatin1Char(':') + query.value(1).toString(),
                       normalise(query.value(2).toString()));
    return schema;
}

std::map<QString, QString> Migrator::expectedSchema(int version)
{
    auto memory = Database::openInMemory();
    migrateTo(*memory, version);
    return actualSchema(*memory);
}

QStringList Migrator::schemaDifferences(Database &db, int version)
{
    const auto expected = expectedSchema(version);
    const auto actual = actualSchema(db);
    QStringList differences;
    for (const auto &[key, sql] : actual) {
        const auto it = expected.find(key);
        if (it == expected.end())
            differences << QStringLiteral("unexpected %1").arg(key);
        else if (it->second != sql)
            differences << QStringLiteral("changed %1").arg(key);
    }
    for (const auto &[key, sql] : expected) {
        if (actual.find(key) == actual.end())
            differences << QStringLiteral("missing %1").arg(key);
    }
    return differences;
}

} // namespace samsyn

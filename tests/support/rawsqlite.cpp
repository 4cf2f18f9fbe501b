// SPDX-License-Identifier: EUPL-1.2
#include "rawsqlite.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace samsyn::test {

void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            throw std::runtime_error(db.lastError().text().toStdString());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                throw std::runtime_error(QString(statement + QStringLiteral(": ") + query.lastError().text()).toStdString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace samsyn::test

// SPDX-License-Identifier: EUPL-1.2
#include "storage/sqlvalues.h"

#include "storage/database.h"
#include "util/error.h"

namespace samsyn {

QVariant SqlValues::text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QString SqlValues::notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant SqlValues::date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant SqlValues::id(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate SqlValues::toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<qint64> SqlValues::toId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

void SqlValues::requireCode(Database &db, const QString &table, const QString &code, const QString &what)
{
    if (code.isEmpty())
        return;
    if (!db.scalar(QStringLiteral("SELECT 1 FROM codes WHERE code_table = ? AND code = ?"), {table, code}).isValid())
        throw Error(ErrorCode::Validation, tr("Unknown %1: %2.").arg(what, code));
}

void SqlValues::requireRow(Database &db, const QString &table, const std::optional<qint64> &id, const QString &what)
{
    if (!id)
        return;
    if (!db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {*id}).isValid())
        throw Error(ErrorCode::Validation, tr("Unknown %1.").arg(what));
}

} // namespace samsyn

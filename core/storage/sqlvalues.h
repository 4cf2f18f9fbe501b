// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/database.h"
#include "util/error.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace samsyn::sql {

// Conversions between optional domain values and SQL NULL, shared by the repositories so
// that "empty" means the same thing in every table.
inline QVariant id(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

inline QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Throws a Validation error with `message` unless `sql` returns a row: a referenced
// party, member or code must exist before a write refers to it.
inline void requireRow(Database &db, const QString &sql, const QVariantList &values, const QString &message)
{
    if (!db.scalar(sql, values).isValid())
        throw Error(ErrorCode::Validation, message);
}

// Throws a Validation error naming `what` unless `code` is empty or a value of `table`.
void requireCode(Database &db, const QString &table, const QString &code, const QString &what);
// Throws a Validation error naming `what` unless `id` is empty or a row of `table`; `table`
// is a fixed name from the caller, never user input.
void requireId(Database &db, const QString &table, const std::optional<qint64> &id, const QString &what);

// Joins the messages of a domain validation into one Validation error, if there are any.
template<typename Problems>
void throwIfProblems(const Problems &problems)
{
    if (problems.isEmpty())
        return;
    QStringList messages;
    for (const auto &problem : problems)
        messages << problem.message;
    throw Error(ErrorCode::Validation, messages.join(QLatin1Char('\n')));
}

} // namespace samsyn::sql

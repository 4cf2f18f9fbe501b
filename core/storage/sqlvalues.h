// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

#include <optional>

namespace samsyn {

class Database;

// Small conversions and checks shared by the enrolment repositories: NULL for empty values,
// and "does this code/row exist" checks that give a Validation error before SQL would fail.
struct SqlValues
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SqlValues)
public:
    static QVariant text(const QString &value);
    // '' for a null QString: Qt binds a null QString as SQL NULL, which NOT NULL columns refuse.
    static QString notNull(const QString &value);
    static QVariant date(const QDate &value);
    static QVariant id(const std::optional<qint64> &value);
    static QDate toDate(const QVariant &value);
    static std::optional<qint64> toId(const QVariant &value);

    // Empty codes pass; unknown ones throw Error(Validation) naming `what`.
    static void requireCode(Database &db, const QString &table, const QString &code, const QString &what);
    // `table` is a fixed table name from the caller, never user input.
    static void requireRow(Database &db, const QString &table, const std::optional<qint64> &id, const QString &what);
};

} // namespace samsyn

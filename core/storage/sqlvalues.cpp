// SPDX-License-Identifier: EUPL-1.2
#include "storage/sqlvalues.h"

#include <QCoreApplication>

namespace samsyn::sql {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SqlValues)
};
} // namespace

void requireCode(Database &db, const QString &table, const QString &code, const QString &what)
{
    if (code.isEmpty())
        return;
    requireRow(db, QStringLiteral("SELECT 1 FROM codes WHERE code_table = ? AND code = ?"), {table, code},
               Tr::tr("Unknown %1: %2.").arg(what, code));
}

void requireId(Database &db, const QString &table, const std::optional<qint64> &id, const QString &what)
{
    if (!id)
        return;
    requireRow(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {*id}, Tr::tr("Unknown %1.").arg(what));
}

} // namespace samsyn::sql

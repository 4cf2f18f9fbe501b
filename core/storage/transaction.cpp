// SPDX-License-Identifier: EUPL-1.2
#include "storage/transaction.h"

#include "storage/database.h"
#include "util/error.h"

namespace samsyn {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_db.exec(QStringLiteral("ROLLBACK"));
    } catch (const Error &) {
        // SQLite may already have rolled back (after FULL or IOERR); nothing more to undo.
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace samsyn

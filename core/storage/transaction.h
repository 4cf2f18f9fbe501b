// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace samsyn {

class Database;

// BEGIN IMMEDIATE ... COMMIT through QSqlQuery, rolled back unless commit() was reached.
// QSqlDatabase::transaction()/commit() are not used: in Qt 6.4 commit() loses SQLite's
// error code and commits the earlier statements of a transaction whose later statement
// failed (reliability-security.md §1.9). Every statement runs through Database::exec,
// which throws on failure, so the guard's destructor rolls the whole action back.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

#include <exception>

namespace samsyn {

// What went wrong, in terms a caller can act on. Storage codes mirror SQLite's
// primary result codes where one exists (see sqliteerrors.cpp for the mapping).
enum class ErrorCode {
    Busy,           // SQLITE_BUSY: another program holds the file
    ReadOnly,       // SQLITE_READONLY or a read-only location
    IoError,        // SQLITE_IOERR and its extended codes
    Corrupt,        // SQLITE_CORRUPT or a failed quick_check
    DiskFull,       // SQLITE_FULL
    CannotOpen,     // SQLITE_CANTOPEN
    NotADatabase,   // SQLITE_NOTADB: not SQLite at all
    NotATeamFile,   // SQLite, but another application's file
    EmptyFile,      // a zero-byte file (SQLite would treat it as an empty database)
    NewerSchema,    // written by a newer Samsyn
    Missing,        // the file does not exist
    Locked,         // another Samsyn holds the team lock
    NetworkPath,    // on a network share: refused for writing
    Constraint,     // a CHECK, UNIQUE or foreign key rule said no
    Validation,     // a domain rule said no before SQL ran
    NotFound,       // the thing asked for is not in the file
    Internal,       // a bug: SQL that should not fail did
};

// The one exception type of the core. It carries a message already translated into the
// user's language (the core uses tr() through Q_DECLARE_TR_FUNCTIONS), so every front end
// can show it as it is. Messages never contain personal data unless the user typed it.
class Error : public std::exception
{
public:
    Error(ErrorCode code, QString message, QString technicalDetail = {});

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    // SQLite's own text and code, for support; shown only on request.
    const QString &technicalDetail() const { return m_detail; }

    const char *what() const noexcept override;

private:
    ErrorCode m_code;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace samsyn

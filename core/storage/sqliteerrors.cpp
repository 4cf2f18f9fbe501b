// SPDX-License-Identifier: EUPL-1.2
#include "storage/sqliteerrors.h"

#include <QSqlError>

namespace samsyn {

namespace {
// SQLite's primary result codes (sqlite3.h); extended codes keep them in the low byte.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoErr = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kConstraint = 19;
constexpr int kNotADb = 26;
} // namespace

ErrorCode SqliteErrors::codeFor(int sqliteResultCode)
{
    switch (sqliteResultCode & 0xff) {
    case kBusy:
    case kLocked:
        return ErrorCode::Busy;
    case kReadOnly:
        return ErrorCode::ReadOnly;
    case kIoErr:
        return ErrorCode::IoError;
    case kCorrupt:
        return ErrorCode::Corrupt;
    case kFull:
        return ErrorCode::DiskFull;
    case kCantOpen:
        return ErrorCode::CannotOpen;
    case kConstraint:
        return ErrorCode::Constraint;
    case kNotADb:
        return ErrorCode::NotADatabase;
    default:
        return ErrorCode::Internal;
    }
}

Error SqliteErrors::fromSqlError(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const ErrorCode code = ok ? codeFor(native) : ErrorCode::Internal;
    const QString detail = QStringLiteral("SQLite %1: %2").arg(error.nativeErrorCode(), error.text());
    return Error(code, messageFor(code), detail);
}

QString SqliteErrors::messageFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Busy:
        return tr("The team file is in use by another program. Close the other Samsyn window and try again.");
    case ErrorCode::ReadOnly:
        return tr("The team file cannot be changed: the file or its folder is read-only. "
                  "Nothing was saved. Move the file to a folder where you may write.");
    case ErrorCode::IoError:
        return tr("The computer could not read or write the team file (a disk error). "
                  "Nothing was saved. Check the disk and try again.");
    case ErrorCode::Corrupt:
        return tr("The team file is damaged. Nothing was changed. Restore the latest backup.");
    case ErrorCode::DiskFull:
        return tr("The disk is full. Nothing was saved. Free some space and try again.");
    case ErrorCode::CannotOpen:
        return tr("The team file could not be opened. Check that it exists and that you may read it.");
    case ErrorCode::NotADatabase:
        return tr("This file is not a Samsyn team file: it is not a database at all.");
    case ErrorCode::NotATeamFile:
        return tr("This file is a database, but not a Samsyn team file. Nothing was changed.");
    case ErrorCode::EmptyFile:
        return tr("The file is empty (0 bytes), so it holds no team. Nothing was changed. "
                  "Restore a backup, or create a new team file.");
    case ErrorCode::NewerSchema:
        return tr("This team file was saved by a newer version of Samsyn. Update Samsyn to open it. "
                  "Nothing was changed.");
    case ErrorCode::Missing:
        return tr("The team file does not exist. Check the path; nothing was created.");
    case ErrorCode::Locked:
        return tr("The team file is open in another Samsyn.");
    case ErrorCode::NetworkPath:
        return tr("The team file is on a network drive, where it can be damaged when two computers "
                  "write to it. It was opened read-only. Move it to this computer's data folder to work in it.");
    case ErrorCode::Constraint:
        return tr("The change breaks a rule of the team file and was not saved.");
    case ErrorCode::Validation:
        return tr("The entered data is not valid and was not saved.");
    case ErrorCode::NotFound:
        return tr("What you asked for is not in the team file.");
    case ErrorCode::Internal:
        break;
    }
    return tr("Samsyn could not complete the action because of an internal error. Nothing was saved.");
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "util/error.h"

#include <QCoreApplication>

class QSqlError;

namespace samsyn {

// Turns SQLite's result codes (as Qt reports them in nativeErrorCode()) into the core's
// ErrorCode and a message the coordinator can act on. Qt 6.4's QSqlDatabase::commit()
// drops the native code, which is why Transaction runs COMMIT through QSqlQuery.
class SqliteErrors
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SqliteErrors)

public:
    static ErrorCode codeFor(int sqliteResultCode);
    static Error fromSqlError(const QSqlError &error);
    static QString messageFor(ErrorCode code);
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace samsyn::test {

// Runs statements on a file through a plain QSQLITE connection, bypassing Samsyn entirely:
// how tests play "someone edited the file behind Samsyn's back". Throws on failure.
void rawExec(const QString &path, const QStringList &statements);

QByteArray fileBytes(const QString &path);

} // namespace samsyn::test

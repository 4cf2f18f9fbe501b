// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace samsyn::test {

// What one run of the real samsyn-cli binary gave back.
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
    QByteArray raw; // stdout as bytes (QString::fromUtf8 drops a BOM)
};

// Runs samsyn-cli with `args`, in English and on 2026-11-24 (the TempTeam day), so messages
// and dates compare stably.
CliResult runCli(const QStringList &args);

} // namespace samsyn::test

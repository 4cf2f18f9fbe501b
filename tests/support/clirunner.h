// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace samsyn::test {

// What one run of the real samsyn-cli binary gave back.
struct CliResult
{
    int code = -1; // -1 when the program crashed
    QString out;
    QString err;
    QByteArray raw; // stdout as bytes (QString::fromUtf8 drops a BOM)
};

// Runs samsyn-cli in English on a fixed date (2026-11-24, TempTeam's day), so messages and
// dates compare stably. Fails the test when the program does not finish in two minutes.
CliResult runCli(const QStringList &args);

} // namespace samsyn::test

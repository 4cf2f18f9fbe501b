// SPDX-License-Identifier: EUPL-1.2
#include "clirunner.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace samsyn::test {

CliResult runCli(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(SAMSYN_CLI_PATH));
    process.setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--date"),
                                     QStringLiteral("2026-11-24")}
                         + args);
    process.start();
    REQUIRE(process.waitForFinished(120000));
    CliResult result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.raw = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.raw);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace samsyn::test

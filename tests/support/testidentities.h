// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace samsyn::test {

// Skatteverket's published test numbers (../shared/data): never assigned to a real person.
// Tests take identities only from here.
const QStringList &testPersonnummer();
const QStringList &testSamordningsnummer();

// The n-th test personnummer born in [fromYear, toYear] (12 digits), for readable tests.
QString testPnr(int n, int fromYear = 1980, int toYear = 2004);

// Where a test may write files it wants a person to look at (screenshots, PDFs).
QString testOutputDir(const QString &sub = {});
// The path of file `name` in testOutputDir(sub), with any file a previous run left there removed.
QString freshTestOutput(const QString &sub, const QString &name);

} // namespace samsyn::test

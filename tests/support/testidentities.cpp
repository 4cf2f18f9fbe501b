// SPDX-License-Identifier: EUPL-1.2
#include "testidentities.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace samsyn::test {

namespace {
QStringList readLines(const QString &name)
{
    QFile file(QStringLiteral(SAMSYN_SHARED_DATA_DIR) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("test identity file missing: " + name.toStdString());
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromLatin1(line).trimmed();
        if (text.size() == 12)
            lines << text;
    }
    return lines;
}
} // namespace

const QStringList &testPersonnummer()
{
    static const QStringList numbers = readLines(QStringLiteral("testpersonnummer.txt"));
    return numbers;
}

const QStringList &testSamordningsnummer()
{
    static const QStringList numbers = readLines(QStringLiteral("testsamordningsnummer.txt"));
    return numbers;
}

QString testPnr(int n, int fromYear, int toYear)
{
    int seen = 0;
    for (const QString &number : testPersonnummer()) {
        const int year = number.left(4).toInt();
        if (year < fromYear || year > toYear)
            continue;
        if (seen++ == n)
            return number;
    }
    throw std::runtime_error("not enough test personnummer in the range");
}

QString testOutputDir(const QString &sub)
{
    const QString path = QStringLiteral(SAMSYN_TEST_OUTPUT_DIR) + (sub.isEmpty() ? QString() : QLatin1Char('/') + sub);
    QDir().mkpath(path);
    return path;
}

QString freshTestOutput(const QString &sub, const QString &name)
{
    const QString path = testOutputDir(sub) + QLatin1Char('/') + name;
    QFile::remove(path);
    return path;
}

} // namespace samsyn::test

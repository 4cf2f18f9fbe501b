// SPDX-License-Identifier: EUPL-1.2
#include "pdftext.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace samsyn::test {

QStringList pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                          pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void renderPng(const QString &pdf, int lastPage)
{
    const QString prefix = pdf.left(pdf.size() - 4);
    QStringList args{QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60")};
    if (lastPage > 0)
        args << QStringLiteral("-l") << QString::number(lastPage);
    QProcess::execute(QStringLiteral("pdftoppm"), args << pdf << prefix);
}

} // namespace samsyn::test

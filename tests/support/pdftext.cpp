// SPDX-License-Identifier: EUPL-1.2
#include "pdftext.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace samsyn::test {

namespace {

QString pdftotext(const QStringList &options, const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            QStringList{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")} + options
                << pdf << QStringLiteral("-"));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

QStringList pdfPageBodies(const QString &pdf, int pages, double topMm, double bottomMm)
{
    // pdftotext crops in pixels at 72 per inch by default.
    const auto px = [](double mm) { return QString::number(qRound(mm / 25.4 * 72)); };
    QStringList bodies;
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        bodies << pdftotext({QStringLiteral("-f"), n, QStringLiteral("-l"), n, QStringLiteral("-x"), QStringLiteral("0"),
                             QStringLiteral("-y"), px(topMm), QStringLiteral("-W"), px(210),
                             QStringLiteral("-H"), px(bottomMm - topMm)},
                            pdf)
                      .remove(QLatin1Char('\f'));
    }
    return bodies;
}

QStringList pdfPages(const QString &pdf)
{
    QStringList pages = pdftotext({}, pdf).split(QLatin1Char('\f'));
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

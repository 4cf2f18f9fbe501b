// SPDX-License-Identifier: EUPL-1.2
#include "reports/charts/barchart.h"
#include "reports/charts/chartcanvas.h"
#include "reports/charts/dumbbellchart.h"
#include "reports/charts/horizontalbarchart.h"
#include "reports/reportdocument.h"
#include "reports/reportformat.h"
#include "testidentities.h"

#include <catch2/catch.hpp>

using namespace samsyn;

TEST_CASE("reports: figures are rounded to one decimal, halves away from zero, in integers", "[reports]")
{
    const QLocale sv(QLocale::Swedish, QLocale::Sweden);
    CHECK(ReportFormat::ratio(85, 4, sv) == QStringLiteral("21,3"));   // 21.25: a half rounds up
    CHECK(ReportFormat::ratio(83, 4, sv) == QStringLiteral("20,8"));   // 20.75
    CHECK(ReportFormat::ratio(2, 3, sv) == QStringLiteral("0,7"));
    CHECK(ReportFormat::ratio(-1, 20, sv) == QStringLiteral("-0,1"));  // -0.05: away from zero
    CHECK(ReportFormat::ratio(123457, 10, sv) == QStringLiteral("12345,7")); // no thousands separator
    CHECK(ReportFormat::ratio(1, 0, sv) == QStringLiteral("\u2013"));
    CHECK(ReportFormat::percent(1, 3, sv) == QStringLiteral("33,3 %"));
    CHECK(ReportFormat::percent(1, 8, sv) == QStringLiteral("12,5 %"));
    CHECK(ReportFormat::percent(0, 0, sv) == QStringLiteral("\u2013"));
    CHECK(ReportFormat::ratio(85, 4, QLocale::c()) == QStringLiteral("21.3"));
}

TEST_CASE("reports: axis steps are 1, 2 or 5 times a power of ten", "[reports][charts]")
{
    CHECK(ChartCanvas::ticks(0) == QList<double>{1});
    CHECK(ChartCanvas::ticks(2) == QList<double>{1, 2});
    CHECK(ChartCanvas::ticks(7) == QList<double>{2, 4, 6, 8});
    CHECK(ChartCanvas::ticks(23) == QList<double>{5, 10, 15, 20, 25});
    CHECK(ChartCanvas::ticks(100) == QList<double>{20, 40, 60, 80, 100});
}

TEST_CASE("reports: charts render to images sized for print, empty ones say so", "[reports][charts]")
{
    const QString dir = test::testOutputDir(QStringLiteral("reports"));
    BarChart bars;
    bars.title = QStringLiteral("Inskrivna och utskrivna per månad");
    for (int m = 1; m <= 12; ++m)
        bars.categories << QLocale(QLocale::Swedish).monthName(m, QLocale::ShortFormat) + (m == 1 ? QStringLiteral("\n2026") : QString());
    bars.series = {{QStringLiteral("Inskrivna"), {3, 5, 2, 8, 13, 4, 0, 1, 6, 9, 7, 2}},
                   {QStringLiteral("Utskrivna"), {1, 2, 4, 3, 5, 6, 2, 0, 3, 4, 8, 5}}};
    const QImage barImage = bars.render();
    CHECK(barImage.width() == 640 * 3);
    CHECK(barImage.devicePixelRatio() == 3.0);
    REQUIRE(barImage.save(dir + QStringLiteral("/chart-bars-busy.png")));

    HorizontalBarChart reasons;
    reasons.title = QStringLiteral("Utskrivningsorsaker");
    reasons.rows = {{QStringLiteral("Arbete"), 7, true},
                    {QStringLiteral("Studier"), 3, true},
                    {QStringLiteral("Arbetslivsinriktad rehabilitering / Af"), 5, false},
                    {QStringLiteral("Åter till remitterande part"), 2, false},
                    {QStringLiteral("Avbrott på egen begäran"), 0, false}};
    const QImage reasonImage = reasons.render();
    REQUIRE(reasonImage.save(dir + QStringLiteral("/chart-reasons-busy.png")));
    // One row more makes the image taller, not the bars thinner.
    reasons.rows << HorizontalBarChart::Row{QStringLiteral("Flytt"), 1, false};
    CHECK(reasons.render().height() > reasonImage.height());

    DumbbellChart who5;
    who5.title = QStringLiteral("WHO-5");
    who5.beforeName = QStringLiteral("Start");
    who5.afterName = QStringLiteral("Utskrivning");
    who5.rows = {{QStringLiteral("1"), 28, 64}, {QStringLiteral("2"), 52, 48}, {QStringLiteral("3"), 12, 40}};
    REQUIRE(who5.render().save(dir + QStringLiteral("/chart-who5-busy.png")));

    // Nothing to show: the message, not an empty axis. The image is blank except for text.
    BarChart none;
    none.categories = {QStringLiteral("jan")};
    none.series = {{QStringLiteral("x"), {0}}};
    none.emptyMessage = QStringLiteral("Inga inskrivningar");
    const QImage empty = none.render();
    REQUIRE(empty.save(dir + QStringLiteral("/chart-bars-empty.png")));
    bool blueFound = false;
    for (int y = 0; y < empty.height() && !blueFound; y += 3) {
        for (int x = 0; x < empty.width() && !blueFound; x += 3)
            blueFound = empty.pixelColor(x, y) == ChartCanvas::seriesColour(0);
    }
    CHECK(!blueFound);
    bool blueInBusy = false;
    for (int y = 0; y < barImage.height() && !blueInBusy; y += 3) {
        for (int x = 0; x < barImage.width() && !blueInBusy; x += 3)
            blueInBusy = barImage.pixelColor(x, y) == ChartCanvas::seriesColour(0);
    }
    CHECK(blueInBusy);
}

TEST_CASE("reports: a table that fits is printed whole", "[reports]")
{
    ReportTable t(QStringLiteral("T"), {QString(), QStringLiteral("A"), QStringLiteral("B")});
    t.addRow(QStringLiteral("x"), {QStringLiteral("1"), QStringLiteral("2")});
    t.note = QStringLiteral("n");
    const QList<ReportTable> parts = ReportDocument::split(t);
    REQUIRE(parts.size() == 1);
    CHECK(parts.first().rows == t.rows);
    // 13 figure columns, at most 5 per part: 3 parts of 5, 5 and 3.
    ReportTable wide(QStringLiteral("W"), {QString()});
    wide.rows << QStringList{QStringLiteral("row")};
    for (int c = 1; c <= 13; ++c) {
        wide.headers << QString::number(c);
        wide.rows[0] << QString::number(c * 10);
    }
    const QList<ReportTable> split = ReportDocument::split(wide);
    REQUIRE(split.size() == 3);
    CHECK(split.at(0).headers == QStringList{QString(), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                             QStringLiteral("4"), QStringLiteral("5")});
    CHECK(split.at(2).rows.first() == QStringList{QStringLiteral("row"), QStringLiteral("110"), QStringLiteral("120"),
                                                  QStringLiteral("130")});
    CHECK(split.at(1).title == QStringLiteral("W (continued)"));
}

// SPDX-License-Identifier: EUPL-1.2
// `samsyn-cli report` on the hand-built team of reportscenario.h (figures as in
// test_periodreport.cpp), run as the real binary.
#include "reportfixtures.h"
#include "reportscenario.h"
#include "tempteam.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

using namespace samsyn;

namespace {

struct Run
{
    int status = -1;
    QString err;
};

Run report(const QString &file, const QStringList &options)
{
    QProcess p;
    p.start(QStringLiteral(SAMSYN_CLI_PATH), QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                         QStringLiteral("--date"), QStringLiteral("2026-11-24"),
                                                         QStringLiteral("report"), file}
                                                 + options);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("cli: report writes the period report as CSV and the outcome table as PDF", "[cli][reports]")
{
    test::TempTeam t;
    test::buildMarchScenario(t);
    const QString file = t.path();
    t.close(); // the CLI takes the team lock itself
    const QString csv = t.folder() + QStringLiteral("/mars.csv");

    const Run period = report(file, {QStringLiteral("--kind"), QStringLiteral("period"), QStringLiteral("--period"),
                                     QStringLiteral("2026-03"), QStringLiteral("--format"), QStringLiteral("csv"),
                                     QStringLiteral("-o"), csv});
    INFO(period.err.toStdString());
    REQUIRE(period.status == 0);
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    // Three columns throughout (the widest table has three), so two-column rows end in ';'.
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "Period report;March 2026 (2026-03-01 \xE2\x80\x93 2026-03-31);\r\n"));
    CHECK(bytes.contains("\r\nReferrals received;4;\r\n"));
    CHECK(bytes.contains("\r\nEnrolled on 2026-03-31 (individuals);3;\r\n"));
    CHECK(bytes.contains("\r\nArbetsf\xC3\xB6rmedlingen;1;\r\n"));
    CHECK(bytes.contains("\r\nSteget;2;1\r\n"));

    const QString pdf = t.folder() + QStringLiteral("/utfall.pdf");
    const Run outcomes = report(file, {QStringLiteral("--kind"), QStringLiteral("outcomes"), QStringLiteral("--period"),
                                       QStringLiteral("2026"), QStringLiteral("--by"), QStringLiteral("programme"),
                                       QStringLiteral("-o"), pdf});
    INFO(outcomes.err.toStdString());
    REQUIRE(outcomes.status == 0);
    const QString text = test::ReportFixtures::pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Outcome per programme")));
    // 2026: Steget A, G, J, M; Gruppen G, H, K, L (all overlap the year): 4 + 4, 7 individuals.
    CHECK(text.contains(QStringLiteral("Number of individuals 4 4 7")));
}

TEST_CASE("cli: report refuses wrong options with a reason and writes nothing", "[cli][reports]")
{
    test::TempTeam t;
    const QString file = t.path();
    t.close();
    const QString out = t.folder() + QStringLiteral("/out.pdf");
    auto refused = [&](const QStringList &options, const char *why) {
        const Run run = report(file, options);
        INFO(run.err.toStdString());
        CHECK(run.status != 0);
        CHECK(run.err.contains(QString::fromUtf8(why)));
        CHECK(!QFile::exists(out));
    };
    refused({QStringLiteral("--kind"), QStringLiteral("monthly"), QStringLiteral("--period"), QStringLiteral("2026"),
             QStringLiteral("-o"), out},
            "--kind period");
    refused({QStringLiteral("--kind"), QStringLiteral("period"), QStringLiteral("--period"), QStringLiteral("2026Q5"),
             QStringLiteral("-o"), out},
            "quarter 5");
    refused({QStringLiteral("--kind"), QStringLiteral("period"), QStringLiteral("--period"), QStringLiteral("2026"),
             QStringLiteral("--by"), QStringLiteral("party"), QStringLiteral("-o"), out},
            "--kind outcomes only");
    refused({QStringLiteral("--kind"), QStringLiteral("outcomes"), QStringLiteral("--period"), QStringLiteral("2026"),
             QStringLiteral("--by"), QStringLiteral("county"), QStringLiteral("-o"), out},
            "--by municipality");
    refused({QStringLiteral("--kind"), QStringLiteral("period"), QStringLiteral("--period"), QStringLiteral("2026"),
             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), out},
            "--format csv");
    refused({QStringLiteral("--kind"), QStringLiteral("period"), QStringLiteral("--period"), QStringLiteral("2026")},
            "-o OUT");
}

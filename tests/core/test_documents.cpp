// SPDX-License-Identifier: EUPL-1.2
#include "documents/documentmeta.h"
#include "documents/documentmodel.h"
#include "documents/documentrenderer.h"
#include "documents/pdfexport.h"
#include "storage/settingsrepository.h"
#include "storage/writepath.h"
#include "pdftext.h"
#include "tempteam.h"
#include "testidentities.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::pdfPages;
using samsyn::test::renderPng;

namespace {

DocumentMeta sampleMeta(bool demo)
{
    DocumentMeta meta;
    meta.teamName = QStringLiteral("Samverkansteam Höglandet");
    meta.controller = QStringLiteral("Eksjö kommun, socialnämnden");
    meta.secrecyMarking = QStringLiteral("Sekretess enligt OSL 26 kap. 1 §");
    meta.printedBy = QStringLiteral("Åsa Öberg");
    meta.printedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    meta.demo = demo;
    return meta;
}

Document sampleDocument(bool demo)
{
    Document d;
    d.title = QStringLiteral("Protokoll – samverkansmöte");
    d.subtitle = QStringLiteral("Möte 2026-11-24 i Nässjö");
    d.meta = sampleMeta(demo);
    d.keyValues({{QStringLiteral("Deltagare"), QStringLiteral("Märta Ångström")},
                 {QStringLiteral("Personnummer"), QStringLiteral("19800101-XXXX")},
                 {QStringLiteral("Ansvarig samordnare"), QStringLiteral("Åsa Öberg")}});
    d.heading(QStringLiteral("Närvarande"));
    d.bullets({QStringLiteral("Åsa Öberg, samordnare"), QStringLiteral("Örjan Ek, Försäkringskassan"),
               QStringLiteral("Lärka Häll, Arbetsförmedlingen")});
    d.heading(QStringLiteral("Anteckningar"));
    d.paragraph(QStringLiteral("Deltagaren vill pröva arbetsträning <b>fet</b> & fakta &amp; mer. "
                               "Teamet är överens om nästa steg och följer upp vid nästa möte."));
    d.paragraph(QStringLiteral("Uppgifterna är påhittade."), doc::Emphasis::Note);
    doc::Table table;
    table.headers = {QStringLiteral("Datum"), QStringLiteral("Händelse"), QStringLiteral("Ansvarig"),
                     QStringLiteral("Timmar")};
    table.columnWidths = {16, 50, 22, 12};
    table.rightAlignedColumns = {3};
    for (int i = 1; i <= 130; ++i)
        table.rows.append({QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate),
                           QStringLiteral("Uppföljning nr %1 – kartläggning av förmåga och behov").arg(i),
                           QStringLiteral("Åsa Öberg"), QString::number(i % 7 + 1)});
    d.heading(QStringLiteral("Insatser under året"));
    d.table(table);
    d.heading(QStringLiteral("Underskrifter"));
    d.signatures({QStringLiteral("Deltagare"), QStringLiteral("Samordnare")});
    return d;
}

} // namespace

TEST_CASE("documents: a document prints header, footer and content on every page", "[documents]")
{
    const QString pdf = test::testOutputDir(QStringLiteral("documents")) + QStringLiteral("/protokoll-demo.pdf");
    QFile::remove(pdf);
    const int pages = writePdf(sampleDocument(true), pdf);
    renderPng(pdf);

    const QStringList text = pdfPages(pdf);
    REQUIRE(pages >= 3);
    REQUIRE(text.size() == pages);
    for (int i = 0; i < text.size(); ++i) {
        INFO("page " << i + 1);
        const QString &page = text[i];
        CHECK(page.contains(QStringLiteral("Samverkansteam Höglandet")));
        CHECK(page.contains(QStringLiteral("Protokoll – samverkansmöte")));
        CHECK(page.contains(QStringLiteral("Sekretess enligt OSL 26 kap. 1 §")));
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
        CHECK(page.contains(QStringLiteral("Printed 2026-11-24 by Åsa Öberg")));
        CHECK(page.contains(QStringLiteral("Personal data controller: Eksjö kommun, socialnämnden")));
        CHECK(page.contains(QStringLiteral("DEMO DATA – invented persons")));
        // The long table repeats its header row on every page it spans, and only there.
        const bool hasRows = page.contains(QStringLiteral("Uppföljning nr"));
        CHECK(page.contains(QRegularExpression(QStringLiteral("Datum +Händelse +Ansvarig +Timmar"))) == hasRows);
    }
    const QString all = text.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("Märta Ångström")));
    CHECK(all.contains(QStringLiteral("Uppföljning nr 130")));
    CHECK(all.contains(QStringLiteral("Lärka Häll, Arbetsförmedlingen")));
    // User text is text, never markup.
    CHECK(all.contains(QStringLiteral("<b>fet</b> & fakta &amp; mer")));
    CHECK(all.contains(QStringLiteral("Deltagare")));
    CHECK(all.contains(QStringLiteral("Samordnare")));
}

TEST_CASE("documents: a document from a real team file is not marked as demo", "[documents]")
{
    test::TempTeam t;
    TeamInfo info = SettingsRepository(t->database()).teamInfo();
    info.name = QStringLiteral("Team Vättern");
    info.controller = QStringLiteral("Jönköpings kommun");
    info.secrecyMarking = QStringLiteral("Sekretess enligt OSL 26 kap. 1 §");
    t->write(QStringLiteral("settings.team"), [&info](WriteContext &ctx) { SettingsRepository::setTeamInfo(ctx, info); });

    Document d;
    d.title = QStringLiteral("Beslut om insats");
    d.meta = DocumentMeta::forTeam(t.team());
    CHECK(d.meta.printedAt == t.clock().now());
    CHECK(!d.meta.demo);
    d.paragraph(QStringLiteral("Kort beslut."));

    const QString pdf = test::testOutputDir(QStringLiteral("documents")) + QStringLiteral("/beslut.pdf");
    REQUIRE(writePdf(d, pdf) == 1);
    renderPng(pdf);
    const QStringList text = pdfPages(pdf);
    REQUIRE(text.size() == 1);
    CHECK(text[0].contains(QStringLiteral("Team Vättern")));
    CHECK(text[0].contains(QStringLiteral("Personal data controller: Jönköpings kommun")));
    CHECK(text[0].contains(QStringLiteral("Page 1 of 1")));
    CHECK(text[0].contains(QStringLiteral("Printed 2026-11-24 by Karin Koordinator")));
    CHECK(!text[0].contains(QStringLiteral("DEMO")));
}

TEST_CASE("documents: the renderer keeps user text as plain text", "[documents]")
{
    Document d;
    d.title = QStringLiteral("<i>Titel</i>");
    d.paragraph(QStringLiteral("a <b>b</b> &amp; c\nandra raden"));
    d.keyValues({{QStringLiteral("<u>x</u>"), QStringLiteral("&lt;")}});
    const auto doc = DocumentRenderer::render(d);
    const QString text = doc->toPlainText();
    CHECK(text.contains(QStringLiteral("<i>Titel</i>")));
    CHECK(text.contains(QStringLiteral("a <b>b</b> &amp; c")));
    CHECK(text.contains(QStringLiteral("andra raden")));
    CHECK(text.contains(QStringLiteral("<u>x</u>")));
    CHECK(text.contains(QStringLiteral("&lt;")));
}

TEST_CASE("documents: a PDF that cannot be written throws and leaves nothing behind", "[documents]")
{
    QTemporaryDir dir;
    const Document d = sampleDocument(false);

    SECTION("missing folder")
    {
        const QString path = dir.path() + QStringLiteral("/nowhere/protokoll.pdf");
        try {
            writePdf(d, path);
            FAIL("no error");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::Missing);
            CHECK(e.message().contains(QStringLiteral("does not exist")));
        }
        CHECK(!QFileInfo::exists(dir.path() + QStringLiteral("/nowhere")));
    }

    SECTION("read-only folder")
    {
        const QString folder = dir.path() + QStringLiteral("/readonly");
        REQUIRE(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(folder).isWritable()) {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            WARN("running as root: folder permissions do not stop writes");
            return;
        }
        CHECK_THROWS_AS(writePdf(d, folder + QStringLiteral("/protokoll.pdf")), Error);
        CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    SECTION("a place nobody may write, not even root")
    {
        CHECK_THROWS_AS(writePdf(d, QStringLiteral("/proc/samsyn-protokoll.pdf")), Error);
        CHECK(!QFileInfo::exists(QStringLiteral("/proc/samsyn-protokoll.pdf")));
    }
}

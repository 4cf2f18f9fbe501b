// SPDX-License-Identifier: EUPL-1.2
#include "documents/documentmodel.h"
#include "documents/documentrenderer.h"
#include "documents/pagination.h"
#include "documents/pdfexport.h"
#include "pdftext.h"
#include "testidentities.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

// Sections of varying length, some opening with text and some with a box, so that with
// this many of them several headings land near the foot of a page.
Document sections(int count)
{
    Document d;
    d.title = QStringLiteral("Slutdokumentation");
    const QString sentence = QStringLiteral("Deltagaren har träffat sin samordnare varje vecka och övat på att söka arbete. ");
    for (int i = 1; i <= count; ++i) {
        d.heading(QStringLiteral("Avsnitt %1").arg(i), i % 3 == 0 ? 2 : 1);
        if (i % 7 == 0)
            d.heading(QStringLiteral("Underavsnitt %1").arg(i), 2);
        if (i % 4 == 0)
            d.keyValues({{QStringLiteral("Mål"), QStringLiteral("Arbete på halvtid")},
                         {QStringLiteral("Ansvarig"), QStringLiteral("Arbetsförmedlingen")}});
        else
            d.paragraph(sentence.repeated(i % 5 + 1));
    }
    return d;
}

// Laid out exactly as PagedPrinter lays out an A4 page's body.
std::unique_ptr<QTextDocument> laidOut(const Document &d, QPdfWriter &writer)
{
    auto content = DocumentRenderer::render(d);
    content->documentLayout()->setPaintDevice(&writer);
    const qreal dpi = writer.logicalDpiY();
    content->setPageSize(QSizeF((210 - 42) / 25.4 * dpi, (297 - 56) / 25.4 * dpi));
    return content;
}

} // namespace

TEST_CASE("pagination: no heading is left alone at the foot of a page", "[documents]")
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(300);
    int orphansBefore = 0;
    for (int count = 30; count <= 60; count += 3) {
        INFO("sections: " << count);
        auto content = laidOut(sections(count), writer);
        const int before = Pagination::orphanedHeadings(*content);
        const int pagesBefore = content->pageCount();
        orphansBefore += before;
        const int moved = Pagination::keepHeadingsWithNext(*content);
        CHECK((moved > 0) == (before > 0));
        CHECK(Pagination::orphanedHeadings(*content) == 0);
        // Moving a heading never loses text; at most it adds pages.
        CHECK(content->pageCount() >= pagesBefore);
        CHECK(content->toPlainText().contains(QStringLiteral("Avsnitt %1").arg(count)));
    }
    // Without the rule these layouts do leave headings alone, or the test proves nothing.
    // (Moving one can push a later heading to a foot, so the number moved may differ.)
    CHECK(orphansBefore > 0);
}

TEST_CASE("pagination: a heading already at the top of a page is left where it is", "[documents]")
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(300);
    Document d = sections(2);
    d.pageBreak();
    d.heading(QStringLiteral("Efter sidbrytning"));
    d.paragraph(QStringLiteral("Text."));
    auto content = laidOut(d, writer);
    CHECK(Pagination::orphanedHeadings(*content) == 0);
    CHECK(Pagination::keepHeadingsWithNext(*content) == 0);
    CHECK(content->pageCount() == 2);
}

TEST_CASE("pagination: on the printed pages no page ends with a heading", "[documents]")
{
    const QString pdf = test::testOutputDir(QStringLiteral("documents")) + QStringLiteral("/pagination.pdf");
    QFile::remove(pdf);
    Document d = sections(57);
    d.meta.printedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0));
    const int pages = writePdf(d, pdf);
    REQUIRE(pages > 3);
    // PagedPrinter's body: 30 mm from the top to 26 mm from the bottom of an A4 page.
    const QStringList bodies = test::pdfPageBodies(pdf, pages, 30, 297 - 26);
    const QRegularExpression heading(QStringLiteral("^(Avsnitt|Underavsnitt) \\d+$"));
    for (int i = 0; i + 1 < pages; ++i) {
        INFO("page " << i + 1 << ":\n" << bodies[i].toStdString());
        const QStringList lines = bodies[i].split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE_FALSE(lines.isEmpty());
        CHECK_FALSE(heading.match(lines.last().trimmed()).hasMatch());
    }
    CHECK(bodies.join(QLatin1Char('\n')).contains(QStringLiteral("Avsnitt 57")));
}

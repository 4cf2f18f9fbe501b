// SPDX-License-Identifier: EUPL-1.2
#include "documents/pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextDocument>

#include <cmath>

namespace samsyn {

namespace {

// Where a block's first line of text starts, in document coordinates. For blocks in table
// cells blockBoundingRect() already includes the table's position; the first line's offset
// skips the block's top margin, which may lie on the previous page.
qreal blockTop(const QTextDocument &doc, const QTextBlock &block)
{
    const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *layout = block.layout();
    return layout && layout->lineCount() > 0 ? top + layout->lineAt(0).y() : top;
}

// Qt moves a line that does not fit to exactly the next page's top, which in floating point
// can read as a hair above the boundary; no line starts within a pixel of a page's foot.
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor((y + 1) / pageHeight));
}

// The first block after `heading` that has visible content: empty blocks left between a
// heading and a table take no room and say nothing about where the text starts.
QTextBlock nextContent(const QTextBlock &heading)
{
    QTextBlock b = heading.next();
    while (b.isValid() && b.length() <= 1 && b.layout() && b.layout()->lineCount() <= 1
           && b.blockFormat().lineHeightType() == QTextBlockFormat::FixedHeight)
        b = b.next();
    return b;
}

bool isOrphan(const QTextDocument &doc, const QTextBlock &heading, qreal pageHeight)
{
    if (heading.blockFormat().headingLevel() <= 0)
        return false;
    const QTextBlock next = nextContent(heading);
    if (!next.isValid())
        return false;
    return pageOf(blockTop(doc, next), pageHeight) > pageOf(blockTop(doc, heading), pageHeight);
}

} // namespace

int Pagination::keepHeadingsWithNext(QTextDocument &content)
{
    const qreal pageHeight = content.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    int moved = 0;
    // Each move can push later headings across a boundary, so positions are read afresh
    // after every change; moving only ever pushes content down, so one pass suffices.
    for (QTextBlock block = content.begin(); block.isValid(); block = block.next()) {
        if (!isOrphan(content, block, pageHeight))
            continue;
        // A section heading directly above a subsection heading goes with it.
        QTextBlock first = block;
        while (first.previous().isValid() && first.previous().blockFormat().headingLevel() > 0)
            first = first.previous();
        // Already first on its page (or the document): a break would only add a blank page.
        const int page = pageOf(blockTop(content, first), pageHeight);
        if (!first.previous().isValid() || pageOf(blockTop(content, first.previous()), pageHeight) < page)
            continue;
        QTextBlockFormat format = first.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(format);
        // Qt re-lays out incrementally after a format change and leaves some later blocks at
        // stale positions (their text went missing from printed pages); a full relayout
        // gives the true positions for the rest of the walk.
        content.markContentsDirty(0, content.characterCount());
        ++moved;
    }
    return moved;
}

int Pagination::orphanedHeadings(const QTextDocument &content)
{
    const qreal pageHeight = content.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    int orphans = 0;
    for (QTextBlock block = content.begin(); block.isValid(); block = block.next())
        orphans += isOrphan(content, block, pageHeight) ? 1 : 0;
    return orphans;
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "documents/documentrenderer.h"

#include "documents/documentstyle.h"

#include <QTextCharFormat>
#include <QTextImageFormat>
#include <QUrl>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <utility>

namespace samsyn {

namespace {

using S = DocumentStyle;

QTextCharFormat charFormat(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false,
                           const QColor &color = S::text())
{
    QTextCharFormat f;
    f.setFont(S::font(points, weight, italic), QTextCharFormat::FontPropertiesAll);
    f.setForeground(color);
    return f;
}

// Plain text in, plain text out: a typed line break stays inside its paragraph.
QString plain(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    return t;
}

// Walks the blocks with one cursor. Spacing and page breaks asked for by Spacer and
// PageBreak are held until the next block or table takes them.
class Builder
{
public:
    explicit Builder(QTextDocument &doc) : m_cursor(&doc) {}

    void title(const QString &title, const QString &subtitle)
    {
        if (title.isEmpty() && subtitle.isEmpty())
            return;
        QTextBlockFormat bf = blockFormat(0, subtitle.isEmpty() ? 14 : 3);
        block(bf, charFormat(17, QFont::DemiBold, false, S::accent()), title);
        if (!subtitle.isEmpty())
            block(blockFormat(0, 14), charFormat(11, QFont::Normal, false, S::muted()), subtitle);
    }

    void letterHead(const doc::LetterHead &head)
    {
        QTextTableFormat tf = tableFormat(0, 34);
        tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 52),
                                      QTextLength(QTextLength::PercentageLength, 48)});
        QTextTable *table = m_cursor.insertTable(2, 2, tf);
        const QTextCharFormat strong = charFormat(S::bodyPoints + 1, QFont::DemiBold, false, S::accent());
        const QTextCharFormat normal = charFormat(S::bodyPoints);
        const QTextCharFormat muted = charFormat(S::smallPoints + 0.5, QFont::Normal, false, S::muted());
        QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
        for (int i = 0; i < head.sender.size(); ++i)
            cellLine(c, i == 0 ? strong : muted, head.sender[i], i == 0);
        c = table->cellAt(0, 1).firstCursorPosition();
        for (int i = 0; i < head.reference.size(); ++i) {
            if (i > 0)
                c.insertBlock();
            c.insertText(plain(head.reference[i].label) + QStringLiteral("  "), muted);
            c.insertText(plain(head.reference[i].value), normal);
        }
        QTextTableCellFormat gap;
        gap.setTopPadding(S::px(26));
        gap.setBottomPadding(S::px(24)); // the title must not read as part of the address
        table->cellAt(1, 1).setFormat(gap);
        c = table->cellAt(1, 1).firstCursorPosition();
        for (int i = 0; i < head.recipient.size(); ++i)
            cellLine(c, normal, head.recipient[i], i == 0);
        leaveTable();
    }

    void operator()(const doc::Heading &h)
    {
        const bool top = h.level <= 1;
        QTextBlockFormat bf = blockFormat(top ? 16 : 10, top ? 5 : 3);
        bf.setHeadingLevel(top ? 1 : 2);
        block(bf, charFormat(top ? 12.5 : 10.5, QFont::DemiBold, false, top ? S::accent() : S::text()), h.text);
    }

    void operator()(const doc::Paragraph &p)
    {
        QTextBlockFormat bf = blockFormat(0, 6);
        bf.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat cf;
        switch (p.emphasis) {
        case doc::Emphasis::Normal: cf = charFormat(S::bodyPoints); break;
        case doc::Emphasis::Strong: cf = charFormat(S::bodyPoints, QFont::DemiBold); break;
        case doc::Emphasis::Italic: cf = charFormat(S::bodyPoints, QFont::Normal, true); break;
        case doc::Emphasis::Note: cf = charFormat(S::smallPoints, QFont::Normal, false, S::muted()); break;
        }
        block(bf, cf, p.text);
    }

    void operator()(const doc::KeyValueTable &kv)
    {
        if (kv.rows.isEmpty())
            return;
        QTextTableFormat tf = tableFormat(4, 12);
        tf.setBackground(S::boxFill());
        tf.setCellPadding(S::px(4));
        tf.setPadding(S::px(6));
        tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30),
                                      QTextLength(QTextLength::PercentageLength, 70)});
        QTextTable *table = m_cursor.insertTable(int(kv.rows.size()), 2, tf);
        for (int r = 0; r < kv.rows.size(); ++r) {
            cellText(table, r, 0, charFormat(S::smallPoints + 0.5, QFont::Normal, false, S::muted()), kv.rows[r].label);
            cellText(table, r, 1, charFormat(S::bodyPoints), kv.rows[r].value);
        }
        leaveTable();
    }

    void operator()(const doc::Table &t)
    {
        const int columns = int(qMax(t.headers.size(), t.rows.isEmpty() ? 0 : t.rows.first().size()));
        if (columns == 0)
            return;
        const bool hasHeader = !t.headers.isEmpty();
        QTextTableFormat tf = tableFormat(4, 12);
        tf.setBorderCollapse(true);
        tf.setCellPadding(S::px(3.5));
        tf.setHeaderRowCount(hasHeader ? 1 : 0);
        if (t.columnWidths.size() == columns) {
            QList<QTextLength> widths;
            for (int w : t.columnWidths)
                widths.append(QTextLength(QTextLength::PercentageLength, w));
            tf.setColumnWidthConstraints(widths);
        }
        const int headerRows = hasHeader ? 1 : 0;
        QTextTable *table = m_cursor.insertTable(int(t.rows.size()) + headerRows, columns, tf);
        const QTextCharFormat headFormat = charFormat(S::smallPoints + 0.5, QFont::DemiBold);
        const QTextCharFormat cellFormat = charFormat(S::smallPoints + 0.5);
        for (int c = 0; c < t.headers.size(); ++c) {
            table->cellAt(0, c).setFormat(rowCell(S::headerFill()));
            cellText(table, 0, c, headFormat, t.headers[c], t.rightAlignedColumns.contains(c));
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            for (int c = 0; c < columns && c < t.rows[r].size(); ++c) {
                table->cellAt(r + headerRows, c).setFormat(rowCell(r % 2 == 1 ? S::stripeFill() : QColor()));
                cellText(table, r + headerRows, c, cellFormat, t.rows[r][c], t.rightAlignedColumns.contains(c));
            }
        }
        leaveTable();
    }

    void operator()(const doc::BulletList &list)
    {
        QTextList *textList = nullptr;
        for (int i = 0; i < list.items.size(); ++i) {
            QTextBlockFormat bf = blockFormat(0, i + 1 == list.items.size() ? 8 : 2);
            bf.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
            block(bf, charFormat(S::bodyPoints), list.items[i]);
            if (!textList) {
                QTextListFormat lf;
                lf.setStyle(QTextListFormat::ListDisc);
                lf.setIndent(1);
                textList = m_cursor.createList(lf);
            } else {
                textList->add(m_cursor.block());
            }
        }
    }

    // Signing space above a line per label, two lines side by side.
    void operator()(const doc::SignatureLines &sig)
    {
        if (sig.labels.isEmpty())
            return;
        const int rows = int((sig.labels.size() + 1) / 2);
        // The space to sign in is the table's top margin; the line is each cell's top border.
        QTextTableFormat tf = tableFormat(40, 12);
        tf.setBorderCollapse(true);
        tf.setCellSpacing(0);
        tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 45),
                                      QTextLength(QTextLength::PercentageLength, 10),
                                      QTextLength(QTextLength::PercentageLength, 45)});
        QTextTable *table = m_cursor.insertTable(rows, 3, tf);
        for (int i = 0; i < sig.labels.size(); ++i) {
            const int row = i / 2;
            const int column = (i % 2) * 2;
            QTextTableCellFormat cell;
            cell.setTopPadding(S::px(3));
            cell.setTopBorder(S::px(0.75));
            cell.setTopBorderBrush(S::text());
            cell.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            table->cellAt(row, column).setFormat(cell);
            QTextCursor c = table->cellAt(row, column).firstCursorPosition();
            const QTextCharFormat label = charFormat(S::smallPoints, QFont::Normal, false, S::muted());
            c.insertText(plain(sig.labels[i]), label);
        }
        leaveTable();
    }

    void operator()(const doc::Image &image)
    {
        if (image.image.isNull() || image.widthMm <= 0)
            return;
        // The picture is a resource of the document; the format only names it and sizes it.
        const QString name = QStringLiteral("samsyn-image:%1").arg(++m_images);
        m_cursor.document()->addResource(QTextDocument::ImageResource, QUrl(name), image.image);
        QTextImageFormat f;
        f.setName(name);
        const qreal width = S::px(image.widthMm / 25.4 * 72.0);
        f.setWidth(width);
        f.setHeight(width * image.image.height() / image.image.width());
        QTextBlockFormat bf = blockFormat(6, image.caption.isEmpty() ? 10 : 2);
        bf.setAlignment(Qt::AlignHCenter);
        startBlock(bf, charFormat(S::bodyPoints));
        m_cursor.insertImage(f);
        if (!image.caption.isEmpty()) {
            QTextBlockFormat captionFormat = blockFormat(0, 10);
            captionFormat.setAlignment(Qt::AlignHCenter);
            block(captionFormat, charFormat(S::smallPoints, QFont::Normal, true, S::muted()), image.caption);
        }
    }

    void operator()(const doc::Spacer &s) { m_pendingSpace += s.points; }
    void operator()(const doc::PageBreak &) { m_pendingBreak = true; }

private:
    QTextBlockFormat blockFormat(qreal topPoints, qreal bottomPoints)
    {
        QTextBlockFormat bf;
        bf.setTopMargin(S::px(topPoints + takeSpace()));
        bf.setBottomMargin(S::px(bottomPoints));
        if (takeBreak())
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        return bf;
    }

    // The space below a table goes to the next block, not the table's bottom margin: a
    // margin that crosses a page boundary makes Qt paint the repeated header row on a page
    // where the table has no rows left.
    QTextTableFormat tableFormat(qreal topPoints, qreal bottomPoints)
    {
        QTextTableFormat tf;
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setTopMargin(S::px(topPoints + takeSpace()));
        m_spaceAfterTable = bottomPoints;
        tf.setBorder(0);
        tf.setCellSpacing(0);
        if (takeBreak())
            tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        return tf;
    }

    // A hairline under every row guides the eye across wide tables without a grid.
    static QTextTableCellFormat rowCell(const QColor &background)
    {
        QTextTableCellFormat f;
        if (background.isValid())
            f.setBackground(background);
        f.setBottomBorder(S::px(0.6));
        f.setBottomBorderBrush(S::rule());
        f.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        return f;
    }

    // One line of a multi-line cell: the cursor's current block for the first line.
    static void cellLine(QTextCursor &c, const QTextCharFormat &format, const QString &text, bool first)
    {
        if (!first)
            c.insertBlock();
        c.insertText(plain(text), format);
    }

    static void cellText(QTextTable *table, int row, int column, const QTextCharFormat &format, const QString &text,
                         bool right = false)
    {
        QTextCursor c = table->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat bf;
        bf.setAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
        bf.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        c.setBlockFormat(bf);
        // Not setBlockCharFormat: a cell's first block char format IS the cell format.
        c.insertText(plain(text), format);
    }

    // Writes one paragraph: the document's first empty block, or the one a table left
    // behind, is reused so no stray empty lines appear.
    void block(const QTextBlockFormat &bf, const QTextCharFormat &cf, const QString &text)
    {
        startBlock(bf, cf);
        m_cursor.insertText(plain(text), cf);
    }

    void startBlock(const QTextBlockFormat &bf, const QTextCharFormat &cf)
    {
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(bf);
            m_cursor.setBlockCharFormat(cf);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(bf, cf);
        }
    }

    void leaveTable()
    {
        m_cursor.movePosition(QTextCursor::End);
        // Qt lays out the first block after a table without its top margin, so the space
        // below the table is the bottom margin of this empty, zero-height block (margins are
        // scaled to the device; a fixed line height is not). The next content starts a new
        // block; Qt collapses the two margins to the larger one.
        QTextBlockFormat bf;
        bf.setLineHeight(0, QTextBlockFormat::FixedHeight);
        bf.setBottomMargin(S::px(std::exchange(m_spaceAfterTable, 0.0)));
        m_cursor.setBlockFormat(bf);
        m_cursor.setBlockCharFormat(charFormat(1));
        m_reuseBlock = false;
    }

    qreal takeSpace() { return std::exchange(m_pendingSpace, 0.0); }
    bool takeBreak() { return std::exchange(m_pendingBreak, false); }

    QTextCursor m_cursor;
    bool m_reuseBlock = true;
    qreal m_pendingSpace = 0;
    qreal m_spaceAfterTable = 0;
    bool m_pendingBreak = false;
    int m_images = 0;
};

} // namespace

std::unique_ptr<QTextDocument> DocumentRenderer::render(const Document &document)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(S::font(S::bodyPoints));
    doc->setMetaInformation(QTextDocument::DocumentTitle, document.title);

    Builder builder(*doc);
    if (document.letterHead)
        builder.letterHead(*document.letterHead);
    builder.title(document.title, document.subtitle);
    for (const doc::Block &b : document.blocks)
        std::visit(builder, b);
    return doc;
}

} // namespace samsyn

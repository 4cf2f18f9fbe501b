// SPDX-License-Identifier: EUPL-1.2
#include "documents/pagedprinter.h"

#include "documents/documentmodel.h"
#include "documents/documentrenderer.h"
#include "documents/documentstyle.h"
#include "documents/pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace samsyn {

namespace {

using S = DocumentStyle;

// Page geometry in millimetres from the paper's edge.
constexpr qreal LeftMm = 22;
constexpr qreal RightMm = 20;
constexpr qreal HeaderTopMm = 11;
constexpr qreal HeaderRuleMm = 23;
constexpr qreal BodyTopMm = 30;
constexpr qreal BodyBottomMm = 26; // from the bottom edge
constexpr qreal FooterRuleMm = 20; // from the bottom edge
constexpr qreal DemoTopMm = 4;

// Paints the furniture of one page in paper coordinates (device pixels from the edge).
class PagePainter
{
public:
    PagePainter(QPainter &painter, QPagedPaintDevice &device, const QString &title, const DocumentMeta &meta)
        : m_p(painter), m_device(device), m_title(title), m_meta(meta), m_dpi(device.logicalDpiY())
    {
        const QRectF paper = device.pageLayout().fullRectPixels(device.logicalDpiX());
        m_width = paper.width();
        m_height = paper.height();
        m_left = mm(LeftMm);
        m_right = m_width - mm(RightMm);
    }

    qreal mm(qreal v) const { return v / 25.4 * m_dpi; }
    QRectF body() const { return QRectF(m_left, mm(BodyTopMm), m_right - m_left, m_height - mm(BodyTopMm) - mm(BodyBottomMm)); }

    void header()
    {
        const qreal half = (m_right - m_left) / 2;
        const QFont strong = S::font(S::smallPoints + 0.5, QFont::DemiBold);
        const QFont normal = S::font(S::smallPoints + 0.5);
        const qreal line = QFontMetricsF(normal, &m_device).lineSpacing();
        const qreal top = mm(HeaderTopMm);
        text(QRectF(m_left, top, half * 1.2, line), strong, S::text(), Qt::AlignLeft, m_meta.teamName);
        text(QRectF(m_left, top + line, half * 1.2, line), normal, S::muted(), Qt::AlignLeft, m_title);
        text(QRectF(m_left + half * 1.2, top, half * 0.8, line), strong, S::demo().darker(130), Qt::AlignRight,
             m_meta.secrecyMarking);
        ruleAt(mm(HeaderRuleMm));
        if (m_meta.demo)
            demoBanner();
    }

    void footer(int page, int pages)
    {
        const QFont small = S::font(S::smallPoints - 0.5);
        const qreal line = QFontMetricsF(small, &m_device).lineSpacing();
        const qreal top = m_height - mm(FooterRuleMm) + mm(2);
        const qreal width = m_right - m_left;
        const QString date = m_meta.printedAt.toString(QStringLiteral("yyyy-MM-dd"));
        const QString printed = m_meta.printedBy.isEmpty()
                                    ? PagedPrinter::tr("Printed %1").arg(date)
                                    : PagedPrinter::tr("Printed %1 by %2").arg(date, m_meta.printedBy);
        ruleAt(m_height - mm(FooterRuleMm));
        text(QRectF(m_left, top, width * 0.78, line), small, S::muted(), Qt::AlignLeft, printed);
        if (!m_meta.controller.isEmpty())
            text(QRectF(m_left, top + line, width * 0.78, line), small, S::muted(), Qt::AlignLeft,
                 PagedPrinter::tr("Personal data controller: %1").arg(m_meta.controller));
        text(QRectF(m_left + width * 0.78, top, width * 0.22, line), S::font(S::smallPoints - 0.5, QFont::DemiBold),
             S::text(), Qt::AlignRight, PagedPrinter::tr("Page %1 of %2").arg(page).arg(pages));
    }

private:
    void text(const QRectF &rect, const QFont &font, const QColor &color, Qt::Alignment align, const QString &s)
    {
        if (s.isEmpty())
            return;
        m_p.setFont(font);
        m_p.setPen(color);
        const QString elided = QFontMetricsF(font, &m_device).elidedText(s, Qt::ElideRight, rect.width());
        m_p.drawText(rect, int(align | Qt::AlignVCenter) | Qt::TextSingleLine, elided);
    }

    void ruleAt(qreal y)
    {
        m_p.setPen(QPen(S::rule(), mm(0.25)));
        m_p.drawLine(QPointF(m_left, y), QPointF(m_right, y));
    }

    // A framed label above the header: the page cannot be mistaken for a real record.
    void demoBanner()
    {
        const QFont font = S::font(S::smallPoints, QFont::Bold);
        const QString label = PagedPrinter::tr("DEMO DATA \u2013 invented persons");
        const QFontMetricsF fm(font, &m_device);
        const qreal w = fm.horizontalAdvance(label) + mm(6);
        const QRectF box((m_width - w) / 2, mm(DemoTopMm), w, fm.height() + mm(1.6));
        m_p.setPen(QPen(S::demo(), mm(0.3)));
        m_p.setBrush(QColor(0xfd, 0xec, 0xec));
        m_p.drawRoundedRect(box, mm(1), mm(1));
        m_p.setBrush(Qt::NoBrush);
        text(box, font, S::demo(), Qt::AlignHCenter, label);
    }

    QPainter &m_p;
    QPaintDevice &m_device;
    const QString &m_title;
    const DocumentMeta &m_meta;
    qreal m_dpi;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_left = 0;
    qreal m_right = 0;
};

} // namespace

int PagedPrinter::print(const Document &document, QPagedPaintDevice &device)
{
    const std::unique_ptr<QTextDocument> content = DocumentRenderer::render(document);
    return print(*content, document.title, document.meta, device);
}

int PagedPrinter::print(QTextDocument &content, const QString &title, const DocumentMeta &meta, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    PagePainter page(painter, device, title, meta);
    const QRectF body = page.body();

    // Lay out in device pixels: fonts and format lengths are scaled to the device's dpi.
    content.documentLayout()->setPaintDevice(&device);
    content.setPageSize(body.size());
    Pagination::keepHeadingsWithNext(content);
    const int pages = content.pageCount();

    // The painter's origin is the printable area's corner; paint in paper coordinates.
    const QPointF origin = -device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft();
    painter.translate(origin);
    painter.setRenderHint(QPainter::Antialiasing);

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, S::text());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        page.header();
        page.footer(i + 1, pages);

        painter.save();
        const QRectF view(0, i * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - view.top());
        painter.setClipRect(view);
        context.clip = view;
        content.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace samsyn

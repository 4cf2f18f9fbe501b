// SPDX-License-Identifier: EUPL-1.2
#include "documents/documentmodel.h"

namespace samsyn {

Document &Document::heading(const QString &text, int level)
{
    blocks.append(doc::Heading{level, text});
    return *this;
}

Document &Document::paragraph(const QString &text, doc::Emphasis emphasis)
{
    blocks.append(doc::Paragraph{text, emphasis});
    return *this;
}

Document &Document::keyValues(const QList<doc::KeyValue> &rows)
{
    blocks.append(doc::KeyValueTable{rows});
    return *this;
}

Document &Document::table(const doc::Table &table)
{
    blocks.append(table);
    return *this;
}

Document &Document::bullets(const QStringList &items)
{
    blocks.append(doc::BulletList{items});
    return *this;
}

Document &Document::signatures(const QStringList &labels)
{
    blocks.append(doc::SignatureLines{labels});
    return *this;
}

Document &Document::spacer(qreal points)
{
    blocks.append(doc::Spacer{points});
    return *this;
}

Document &Document::pageBreak()
{
    blocks.append(doc::PageBreak{});
    return *this;
}

Document &Document::image(const QImage &picture, qreal widthMm, const QString &caption)
{
    blocks.append(doc::Image{picture, widthMm, caption});
    return *this;
}

} // namespace samsyn

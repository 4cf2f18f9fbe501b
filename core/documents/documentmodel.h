// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmeta.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace samsyn {

// The blocks a printed document is made of. Document types (protocols, decisions, plans,
// reports) describe WHAT to print with these; DocumentRenderer decides how it looks, so
// every document shares one typography. All text is plain text: never markup.
namespace doc {

struct Heading
{
    int level = 1; // 1 = section, 2 = subsection
    QString text;
};

enum class Emphasis { Normal, Strong, Italic, Note };

struct Paragraph
{
    QString text; // line breaks ('\n') are kept
    Emphasis emphasis = Emphasis::Normal;
};

struct KeyValue
{
    QString label;
    QString value;
};

// A shaded box of label/value rows: identity boxes, decision facts, meeting details.
struct KeyValueTable
{
    QList<KeyValue> rows;
};

// A grid with a header row that is repeated on every page the table spans.
struct Table
{
    QStringList headers;
    QList<QStringList> rows;
    QList<int> columnWidths;              // percent of the text width; empty = automatic
    QList<int> rightAlignedColumns;       // numbers, dates that should line up
};

struct BulletList
{
    QStringList items;
};

// Lines to sign on, side by side, each with a label below ("Deltagare", "Samordnare").
struct SignatureLines
{
    QStringList labels;
};

struct Spacer
{
    qreal points = 12;
};

struct PageBreak
{
};

// The head of a letter, above the title on the first page: the sender on the left, the date
// and reference on the right, and the recipient below on the right, where a window envelope
// shows it (Swedish letters put the address in the right half).
struct LetterHead
{
    QStringList sender;         // the first line is printed strong (the team's name)
    QList<KeyValue> reference;  // date, our reference
    QStringList recipient;
};

// A picture (a report's chart), centred, scaled to `widthMm` with its aspect ratio kept,
// with an optional caption below. The image should have enough pixels for print
// (about 200 per inch of the printed width).
struct Image
{
    QImage image;
    qreal widthMm = 160;
    QString caption;
};

using Block = std::variant<Heading, Paragraph, KeyValueTable, Table, BulletList, SignatureLines, Spacer, PageBreak, Image>;

} // namespace doc

// One printable document as data: title, page meta and content blocks. A value type:
// build it in the core (tests can inspect it), render it with DocumentRenderer, print it
// with PagedPrinter or PdfExport. The builder functions return *this for chaining.
struct Document
{
    QString title;
    QString subtitle; // under the title on the first page, e.g. the participant's name and date
    DocumentMeta meta;
    std::optional<doc::LetterHead> letterHead; // letters only: printed before the title
    QList<doc::Block> blocks;

    Document &heading(const QString &text, int level = 1);
    Document &paragraph(const QString &text, doc::Emphasis emphasis = doc::Emphasis::Normal);
    Document &keyValues(const QList<doc::KeyValue> &rows);
    Document &table(const doc::Table &table);
    Document &bullets(const QStringList &items);
    Document &signatures(const QStringList &labels);
    Document &spacer(qreal points = 12);
    Document &pageBreak();
    Document &image(const QImage &image, qreal widthMm, const QString &caption = {});
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace samsyn {

// CSV as Swedish Excel and LibreOffice Calc open it with a double click: RFC 4180 with ';'
// between fields, UTF-8 with a byte-order mark (without it Excel reads Windows-1252 and å,
// ä, ö break), CRLF line ends, and a field quoted (quotes doubled) when it holds ';', '"',
// CR or LF. The one CSV writer of the project: the quarter-end export, the reports and the
// command line's `--format csv` all go through it.
//
// A text cell that a spreadsheet would run as a formula (it begins with = + - @, a tab or
// CR: OWASP's list) gets a leading apostrophe. Columns declared Number, Date or Identity are
// left alone so counts, ISO dates and personnummer stay correct, but only while the value
// really looks like one: anything else in such a column is treated as text.
class CsvWriter
{
public:
    enum class Kind { Text, Number, Date, Identity };
    struct Column
    {
        QString name;
        Kind kind = Kind::Text;
    };

    static constexpr QChar kSeparator = QLatin1Char(';');

    explicit CsvWriter(QList<Column> columns);
    // All columns text: for lists whose values are all words.
    static CsvWriter text(const QStringList &names);

    // Missing trailing cells are written empty; extra cells are a programming error and
    // are dropped rather than shifting the file out of its columns.
    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows; }
    const QList<Column> &columns() const { return m_columns; }

    // The whole file: byte-order mark, header, rows, each line ended by CRLF.
    QString text() const;
    QByteArray toUtf8() const;

    // One field as written: neutralised (for Text) and quoted when needed.
    static QString cell(const QString &value, Kind kind = Kind::Text);

private:
    void appendLine(const QStringList &cells, bool header);

    QList<Column> m_columns;
    QString m_body;
    qsizetype m_rows = 0;
};

} // namespace samsyn

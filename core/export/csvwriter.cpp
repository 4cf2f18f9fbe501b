// SPDX-License-Identifier: EUPL-1.2
#include "export/csvwriter.h"

#include <QRegularExpression>

namespace samsyn {

namespace {

// What a declared column may hold and still be written as it is. Nothing here can start a
// formula: no letters, no '=', '@', '(' or '|'.
bool looksLike(CsvWriter::Kind kind, const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+([.,][0-9]+)?$"));
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression identity(QStringLiteral("^[0-9][0-9*+ -]*$"));
    switch (kind) {
    case CsvWriter::Kind::Number:
        return number.match(value).hasMatch();
    case CsvWriter::Kind::Date:
        return date.match(value).hasMatch();
    case CsvWriter::Kind::Identity:
        return identity.match(value).hasMatch();
    case CsvWriter::Kind::Text:
        break;
    }
    return false;
}

bool needsQuotes(const QString &value)
{
    for (const QChar c : value) {
        if (c == CsvWriter::kSeparator || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QList<Column> columns)
    : m_columns(std::move(columns))
{
    QStringList names;
    for (const Column &column : m_columns)
        names << column.name;
    appendLine(names, true);
}

CsvWriter CsvWriter::text(const QStringList &names)
{
    QList<Column> columns;
    for (const QString &name : names)
        columns << Column{name, Kind::Text};
    return CsvWriter(columns);
}

QString CsvWriter::cell(const QString &value, Kind kind)
{
    QString result = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool declared = kind != Kind::Text && looksLike(kind, value);
    if (!declared && !result.isEmpty() && formulaStarts.contains(result.front()))
        result.prepend(QLatin1Char('\''));
    if (needsQuotes(result)) {
        result.replace(QLatin1String("\""), QLatin1String("\"\""));
        result = QLatin1Char('"') + result + QLatin1Char('"');
    }
    return result;
}

void CsvWriter::addRow(const QStringList &cells)
{
    appendLine(cells, false);
    ++m_rows;
}

void CsvWriter::appendLine(const QStringList &cells, bool header)
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (c > 0)
            m_body += kSeparator;
        // Header names are the file's own words: always text.
        m_body += cell(cells.value(c), header ? Kind::Text : m_columns.at(c).kind);
    }
    m_body += QLatin1String("\r\n");
}

QString CsvWriter::text() const
{
    return QChar(0xFEFF) + m_body;
}

QByteArray CsvWriter::toUtf8() const
{
    return text().toUtf8();
}

} // namespace samsyn

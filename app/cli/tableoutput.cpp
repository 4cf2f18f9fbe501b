// SPDX-License-Identifier: EUPL-1.2
#include "tableoutput.h"

#include "arguments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace samsyn::cli {

TableOutput::Format TableOutput::parseFormat(const QString &text)
{
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("json"))
        return Format::Json;
    throw UsageError(tr("Unknown format %1: use table, csv or json.").arg(text));
}

TableOutput::TableOutput(QStringList keys, QStringList headers)
    : m_keys(std::move(keys))
    , m_headers(std::move(headers))
    , m_kinds(m_keys.size(), CsvWriter::Kind::Text)
{
}

void TableOutput::setKind(const QString &key, CsvWriter::Kind kind)
{
    const qsizetype column = m_keys.indexOf(key);
    if (column >= 0)
        m_kinds[column] = kind;
}

void TableOutput::addRow(QStringList cells)
{
    while (cells.size() < m_keys.size())
        cells << QString();
    m_rows << std::move(cells);
}

void TableOutput::write(QTextStream &out, Format format) const
{
    switch (format) {
    case Format::Table:
        writeTable(out);
        break;
    case Format::Csv:
        writeCsv(out);
        break;
    case Format::Json:
        writeJson(out);
        break;
    }
    out.flush();
}

void TableOutput::writeTable(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths << header.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.value(c).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            if (c > 0)
                text += QLatin1String("  ");
            text += cells.value(c).leftJustified(widths[c]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    line(m_headers);
    QStringList rule;
    for (const qsizetype width : widths)
        rule << QString(width, QLatin1Char('-'));
    line(rule);
    for (const QStringList &row : m_rows)
        line(row);
}

void TableOutput::writeCsv(QTextStream &out) const
{
    QList<CsvWriter::Column> columns;
    for (qsizetype c = 0; c < m_headers.size(); ++c)
        columns << CsvWriter::Column{m_headers.at(c), m_kinds.value(c, CsvWriter::Kind::Text)};
    CsvWriter csv(columns);
    for (const QStringList &row : m_rows)
        csv.addRow(row);
    out << csv.text();
}

void TableOutput::writeJson(QTextStream &out) const
{
    QJsonArray array;
    for (const QStringList &row : m_rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < m_keys.size(); ++c)
            object.insert(m_keys.at(c), row.value(c));
        array.append(object);
    }
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace samsyn::cli

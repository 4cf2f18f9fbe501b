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
{
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

QString TableOutput::csvCell(const QString &text)
{
    QString cell = text;
    // OWASP's list: these start a formula in Excel and LibreOffice.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(';')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char(','))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
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
    out << QChar(0xFEFF);
    auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        out << quoted.join(QLatin1Char(';')) << "\r\n";
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
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

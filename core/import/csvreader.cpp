// SPDX-License-Identifier: EUPL-1.2
#include "import/csvreader.h"

#include <QStringDecoder>

#include <array>

namespace samsyn {

namespace {

const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

// Splits decoded text into records. Quoting follows RFC 4180 as Excel applies it: a field
// that starts with '"' runs to the next lone '"'; text after the closing quote is kept (Excel
// does too); a quote inside an unquoted field is an ordinary character.
class RecordParser
{
public:
    RecordParser(QStringView text, QChar separator) : m_text(text), m_sep(separator) {}

    QList<CsvRecord> run()
    {
        QList<CsvRecord> records;
        int row = 1;
        while (m_pos < m_text.size()) {
            CsvRecord record;
            record.row = row++;
            record.line = m_line;
            readRecord(record);
            records << record;
        }
        return records;
    }

private:
    void readRecord(CsvRecord &record)
    {
        m_overlong = m_nul = m_tooMany = false;
        int openQuoteLine = 0;
        for (;;) {
            m_field.clear();
            if (at() == kQuote) {
                const int quoteLine = m_line;
                ++m_pos;
                if (!readQuoted())
                    openQuoteLine = quoteLine;
            }
            while (m_pos < m_text.size() && at() != m_sep && at() != kCr && at() != kLf)
                append(m_text.at(m_pos++));
            if (record.fields.size() < CsvReader::kMaxFields)
                record.fields << m_field;
            else
                m_tooMany = true;
            if (m_pos >= m_text.size())
                break;
            if (at() == m_sep) {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            break;
        }
        if (openQuoteLine > 0)
            record.error = CsvReader::tr("A quote (\") opened on line %1 is never closed: the rest of the file was read as "
                                         "one value. Close the quote or remove it, then import again.")
                               .arg(openQuoteLine);
        else if (m_nul)
            record.error = CsvReader::tr("The row contains NUL bytes: the file is damaged or not a text file.");
        else if (m_overlong)
            record.error = CsvReader::tr("A value is longer than %1 characters.").arg(CsvReader::kMaxField);
        else if (m_tooMany)
            record.error = CsvReader::tr("The row has more than %1 columns.").arg(CsvReader::kMaxFields);
    }

    // Inside quotes; returns false when the text ends before the closing quote.
    bool readQuoted()
    {
        while (m_pos < m_text.size()) {
            const QChar c = at();
            if (c == kQuote) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == kQuote) {
                    append(kQuote);
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == kCr || c == kLf) {
                skipLineEnd();
                append(kLf); // line breaks inside a value become '\n' whatever the file used
                continue;
            }
            append(c);
            ++m_pos;
        }
        return false;
    }

    void skipLineEnd()
    {
        const bool crlf = at() == kCr && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == kLf;
        m_pos += crlf ? 2 : 1;
        ++m_line;
    }

    QChar at() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    void append(QChar c)
    {
        if (c.isNull()) {
            m_nul = true;
            return;
        }
        if (m_field.size() >= CsvReader::kMaxField) {
            m_overlong = true;
            return;
        }
        m_field += c;
    }

    QStringView m_text;
    QChar m_sep;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_field;
    bool m_overlong = false;
    bool m_nul = false;
    bool m_tooMany = false;
};

} // namespace

QString CsvEncodings::code(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case CsvEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case CsvEncoding::Windows1252:
        break;
    }
    return QStringLiteral("windows-1252");
}

std::optional<CsvEncoding> CsvEncodings::fromCode(const QString &code)
{
    for (CsvEncoding e : {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Utf16Le,
                          CsvEncoding::Windows1252}) {
        if (CsvEncodings::code(e).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QString CsvEncodings::label(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return tr("Detect");
    case CsvEncoding::Utf8:
        return tr("UTF-8");
    case CsvEncoding::Utf8Bom:
        return tr("UTF-8 with BOM (Excel \"CSV UTF-8\")");
    case CsvEncoding::Utf16Le:
        return tr("UTF-16 (Excel \"Unicode text\")");
    case CsvEncoding::Windows1252:
        break;
    }
    return tr("Windows-1252 (Excel \"CSV\", Swedish Windows)");
}

CsvEncoding CsvReader::detectEncoding(const QByteArray &bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return CsvEncoding::Utf8Bom;
    if (startsWith(bytes, {0xFF, 0xFE}))
        return CsvEncoding::Utf16Le;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    // Windows-1252 text with any letter above 0x7F is almost never valid UTF-8 by accident.
    return utf8.hasError() ? CsvEncoding::Windows1252 : CsvEncoding::Utf8;
}

QString CsvReader::decodeWindows1252(const QByteArray &bytes)
{
    // 0x80-0x9F are where Windows-1252 differs from Latin-1; the five unassigned bytes keep
    // their C1 code points (as Windows does), which the participant checks then refuse.
    static constexpr std::array<char16_t, 32> kHigh = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    for (char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        text += QChar((b >= 0x80 && b <= 0x9F) ? kHigh[b - 0x80] : char16_t(b));
    }
    return text;
}

QString CsvReader::decode(const QByteArray &bytes, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Windows1252:
        return decodeWindows1252(bytes);
    case CsvEncoding::Utf16Le: {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return decoder(bytes);
    }
    case CsvEncoding::Auto:
        return decode(bytes, detectEncoding(bytes));
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        break;
    }
    // The decoder drops an initial BOM and turns invalid bytes into U+FFFD.
    QStringDecoder decoder(QStringDecoder::Utf8);
    return decoder(bytes);
}

QChar CsvReader::detectSeparator(QStringView text)
{
    // In preference order for ties: Swedish Excel's ';' first.
    const std::array<QChar, 3> candidates = {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')};
    constexpr int kLines = 20;
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current = {0, 0, 0};
    bool inQuotes = false;
    bool empty = true;
    for (qsizetype i = 0; i < text.size() && counts.size() < kLines; ++i) {
        const QChar c = text.at(i);
        if (c == kQuote) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == kLf || c == kCr)) {
            if (!empty)
                counts << current;
            current = {0, 0, 0};
            empty = true;
            continue;
        } else if (!inQuotes) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
        empty = false;
    }
    if (!empty && counts.size() < kLines)
        counts << current;
    if (counts.isEmpty())
        return candidates[0];

    std::size_t best = 0;
    int bestScore = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const int header = counts.first()[k];
        if (header == 0)
            continue;
        int consistent = 0;
        for (const auto &line : counts)
            consistent += line[k] == header ? 1 : 0;
        if (consistent > bestScore) {
            bestScore = consistent;
            best = k;
        }
    }
    return candidates[best];
}

CsvTable CsvReader::read(const QByteArray &bytes, const CsvOptions &options)
{
    CsvTable table;
    table.encoding = options.encoding == CsvEncoding::Auto ? detectEncoding(bytes) : options.encoding;
    const QString text = decode(bytes, table.encoding);
    table.separator = options.separator.isNull() ? detectSeparator(text) : options.separator;
    table.records = RecordParser(text, table.separator).run();

    // A forced UTF-8 on a Windows-1252 file gives replacement characters: say so on the row
    // rather than importing "Ã¥" or "?" into a name.
    const bool utf8 = table.encoding == CsvEncoding::Utf8 || table.encoding == CsvEncoding::Utf8Bom;
    if (utf8) {
        for (CsvRecord &record : table.records) {
            if (!record.error.isEmpty())
                continue;
            for (const QString &field : record.fields) {
                if (field.contains(QChar::ReplacementCharacter)) {
                    record.error = tr("The row contains bytes that are not valid UTF-8: choose the encoding Windows-1252.");
                    break;
                }
            }
        }
    }
    return table;
}

} // namespace samsyn

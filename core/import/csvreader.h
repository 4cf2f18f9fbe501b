// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

// The text encodings a team's old lists arrive in. Swedish Excel's "CSV (semikolonavgränsad)"
// writes Windows-1252; "CSV UTF-8" writes UTF-8 with a BOM; "Unicode text" writes UTF-16LE.
enum class CsvEncoding { Auto, Utf8, Utf8Bom, Utf16Le, Windows1252 };

struct CsvEncodings
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::CsvEncodings)
public:
    static QString code(CsvEncoding encoding);
    static std::optional<CsvEncoding> fromCode(const QString &code);
    static QString label(CsvEncoding encoding);
};

// What the caller forces; empty/Auto means "detect".
struct CsvOptions
{
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar separator; // null: detect among ';', ',' and tab
};

// One record of the file. `row` is the row number a spreadsheet shows for it (the header is
// row 1, blank lines count); `line` is the physical line it starts on, which differs once a
// quoted value spans lines.
struct CsvRecord
{
    int row = 0;
    int line = 0;
    QStringList fields;
    QString error; // set when the record cannot be trusted (NUL, overlong field, open quote)
    bool blank() const { return fields.size() == 1 && fields.first().isEmpty(); }
};

struct CsvTable
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar separator = QLatin1Char(';');
    QList<CsvRecord> records; // the header first (unless the file is empty)

    QStringList header() const { return records.isEmpty() ? QStringList() : records.first().fields; }
};

// Reads a whole CSV file from bytes into records, detecting (or taking) the encoding and the
// separator. Never throws on broken content: problems are put on the record they belong to,
// so an import can reject that row and keep the others.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::CsvReader)

public:
    static constexpr int kMaxField = 10000;
    static constexpr int kMaxFields = 1000;

    static CsvTable read(const QByteArray &bytes, const CsvOptions &options = {});

    static CsvEncoding detectEncoding(const QByteArray &bytes);
    static QString decode(const QByteArray &bytes, CsvEncoding encoding);
    // Counts candidates outside quotes over the first lines and picks the one that splits
    // the header into most columns consistently; ';' when nothing separates anything.
    static QChar detectSeparator(QStringView text);
    static QString decodeWindows1252(const QByteArray &bytes);
};

} // namespace samsyn

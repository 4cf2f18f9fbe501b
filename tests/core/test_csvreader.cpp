// SPDX-License-Identifier: EUPL-1.2
#include "import/csvreader.h"

#include "../fuzz/csv_invariants.h"

#include <QDir>
#include <QFile>

#include <QStringDecoder>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

// The same small list as each program that writes CSV would save it.
const QString kText = QStringLiteral("Kommun;Namn;Anteckning\r\nÅsele;Åsa Öberg;Café €\r\nVilhelmina;Ärlig Åström;ok\r\n");

QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text) {
        if (c == QChar(0x20AC))
            bytes += char(0x80);
        else
            bytes += char(c.unicode()); // Latin-1 range: å ä ö é are the same bytes as in Windows-1252
    }
    return bytes;
}

QByteArray utf16le(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder(text);
}

void checkSmallList(const CsvTable &table)
{
    REQUIRE(table.records.size() == 3);
    CHECK(table.separator == QLatin1Char(';'));
    CHECK(table.records[0].fields == QStringList{QStringLiteral("Kommun"), QStringLiteral("Namn"), QStringLiteral("Anteckning")});
    CHECK(table.records[1].fields == QStringList{QStringLiteral("Åsele"), QStringLiteral("Åsa Öberg"), QStringLiteral("Café €")});
    CHECK(table.records[2].fields[1] == QStringLiteral("Ärlig Åström"));
    for (const CsvRecord &record : table.records)
        CHECK(record.error.isEmpty());
}

} // namespace

TEST_CASE("CSV: each encoding Excel writes is detected and decoded", "[import][csv]")
{
    SECTION("UTF-8 with BOM")
    {
        const CsvTable table = CsvReader::read(QByteArray("\xEF\xBB\xBF") + kText.toUtf8());
        CHECK(table.encoding == CsvEncoding::Utf8Bom);
        checkSmallList(table); // and the BOM is not part of the first column name
    }
    SECTION("UTF-8 without BOM")
    {
        const CsvTable table = CsvReader::read(kText.toUtf8());
        CHECK(table.encoding == CsvEncoding::Utf8);
        checkSmallList(table);
    }
    SECTION("UTF-16LE with BOM (Excel \"Unicode text\")")
    {
        const CsvTable table = CsvReader::read(utf16le(kText));
        CHECK(table.encoding == CsvEncoding::Utf16Le);
        checkSmallList(table);
    }
    SECTION("Windows-1252 (Swedish Excel's CSV)")
    {
        const QByteArray bytes = windows1252(kText);
        CHECK(bytes.contains(char(0xC5))); // Å as one byte
        const CsvTable table = CsvReader::read(bytes);
        CHECK(table.encoding == CsvEncoding::Windows1252);
        checkSmallList(table);
    }
    SECTION("a forced encoding wins over detection")
    {
        const CsvTable table = CsvReader::read(windows1252(kText), CsvOptions{CsvEncoding::Windows1252, QChar()});
        checkSmallList(table);
    }
    SECTION("forcing UTF-8 on a Windows-1252 file flags the rows with broken letters")
    {
        const CsvTable table = CsvReader::read(windows1252(kText), CsvOptions{CsvEncoding::Utf8, QChar()});
        REQUIRE(table.records.size() == 3);
        CHECK(table.records[0].error.isEmpty());
        CHECK(table.records[1].error.contains(QStringLiteral("Windows-1252")));
    }
}

TEST_CASE("CSV: the Windows-1252 table covers the bytes where it differs from Latin-1", "[import][csv]")
{
    const QByteArray bytes("\x80\x8A\x9A\x8E\x9E\x93\x94\x96\x97\xE5\xE4\xF6\xC5\xC4\xD6\xE9");
    CHECK(CsvReader::decodeWindows1252(bytes)
          == QStringLiteral("€ŠšŽž\u201C\u201D\u2013\u2014åäöÅÄÖé"));

    // Where Qt has ICU (Debian), its decoder must agree on every assigned byte.
    QStringDecoder icu("windows-1252");
    if (icu.isValid()) {
        for (int b = 0; b < 256; ++b) {
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
                continue;
            const QByteArray one(1, char(b));
            INFO("byte " << b);
            CHECK(CsvReader::decodeWindows1252(one) == QString(icu(one)));
        }
    }
}

TEST_CASE("CSV: the separator is detected outside quotes", "[import][csv]")
{
    SECTION("comma, with commas and semicolons inside quoted names")
    {
        const CsvTable table = CsvReader::read(QByteArray("Namn,Kommun\n\"Berg, Anna\",Åsele\n\"A;B\",Vilhelmina\n"));
        CHECK(table.separator == QLatin1Char(','));
        REQUIRE(table.records.size() == 3);
        CHECK(table.records[1].fields == QStringList{QStringLiteral("Berg, Anna"), QStringLiteral("Åsele")});
        CHECK(table.records[2].fields[0] == QStringLiteral("A;B"));
    }
    SECTION("semicolon, with unquoted commas in values (a decimal comma)")
    {
        const CsvTable table = CsvReader::read(QByteArray("Namn;Timmar\nAnna;1,5\nBo;2,25\n"));
        CHECK(table.separator == QLatin1Char(';'));
        CHECK(table.records[2].fields == QStringList{QStringLiteral("Bo"), QStringLiteral("2,25")});
    }
    SECTION("tab")
    {
        const CsvTable table = CsvReader::read(QByteArray("Namn\tKommun\nAnna\tÅsele\n"));
        CHECK(table.separator == QLatin1Char('\t'));
        CHECK(table.records[1].fields.size() == 2);
    }
    SECTION("a single column falls back to ';'")
    {
        CHECK(CsvReader::read(QByteArray("Namn\nAnna\n")).separator == QLatin1Char(';'));
    }
    SECTION("a forced separator wins")
    {
        const CsvTable table = CsvReader::read(QByteArray("a;b,c\n"), CsvOptions{CsvEncoding::Auto, QLatin1Char(',')});
        CHECK(table.records[0].fields == QStringList{QStringLiteral("a;b"), QStringLiteral("c")});
    }
}

TEST_CASE("CSV: CR, LF, CRLF and mixed line ends give the same records", "[import][csv]")
{
    const QStringList expected{QStringLiteral("1"), QStringLiteral("2")};
    for (const char *bytes : {"h;i\n1;2\n3;4", "h;i\r1;2\r3;4\r", "h;i\r\n1;2\r\n3;4\r\n", "h;i\r\n1;2\n3;4\r"}) {
        INFO(bytes);
        const CsvTable table = CsvReader::read(QByteArray(bytes));
        REQUIRE(table.records.size() == 3);
        CHECK(table.records[1].fields == expected);
        CHECK(table.records[2].line == 3);
        CHECK(table.records[2].row == 3);
    }
}

TEST_CASE("CSV: quoted values with separators, line breaks and doubled quotes", "[import][csv]")
{
    const CsvTable table = CsvReader::read(
        QByteArray("Namn;Adress;Not\r\n\"Anna\";\"Storgatan 1\r\n912 32 Vilhelmina\";\"Sa \"\"hej\"\"; gick\"\r\nBo;;x;\r\n"));
    REQUIRE(table.records.size() == 3);
    const CsvRecord &anna = table.records[1];
    CHECK(anna.fields == QStringList{QStringLiteral("Anna"), QStringLiteral("Storgatan 1\n912 32 Vilhelmina"),
                                     QStringLiteral("Sa \"hej\"; gick")});
    CHECK(anna.row == 2);
    CHECK(anna.line == 2);
    // The address took two lines: the next record starts on line 4 but is row 3 in Excel.
    const CsvRecord &bo = table.records[2];
    CHECK(bo.line == 4);
    CHECK(bo.row == 3);
    CHECK(bo.fields == QStringList{QStringLiteral("Bo"), QString(), QStringLiteral("x"), QString()}); // trailing separator
}

TEST_CASE("CSV: broken content is reported on its row and the other rows survive", "[import][csv]")
{
    SECTION("an unclosed quote names the line it opened on")
    {
        const CsvTable table = CsvReader::read(QByteArray("a;b\n1;2\n3;\"oj\n4;5\n"));
        REQUIRE(table.records.size() == 3);
        CHECK(table.records[1].error.isEmpty());
        CHECK(table.records[2].error.contains(QStringLiteral("line 3")));
    }
    SECTION("NUL bytes")
    {
        const CsvTable table = CsvReader::read(QByteArray("a;b\n1;2\n3;x\0y\n5;6\n", 18));
        REQUIRE(table.records.size() == 4);
        CHECK(table.records[2].error.contains(QStringLiteral("NUL")));
        CHECK(table.records[3].error.isEmpty());
        CHECK(table.records[3].fields[1] == QStringLiteral("6"));
    }
    SECTION("a value over 10,000 characters")
    {
        const QByteArray bytes = QByteArray("a;b\n1;") + QByteArray(10001, 'x') + QByteArray("\n2;ok\n");
        const CsvTable table = CsvReader::read(bytes);
        REQUIRE(table.records.size() == 3);
        CHECK(table.records[1].error.contains(QStringLiteral("10000")));
        CHECK(table.records[1].fields[1].size() == CsvReader::kMaxField);
        CHECK(table.records[2].error.isEmpty());
        // Exactly the limit is fine.
        CHECK(CsvReader::read(QByteArray("a\n") + QByteArray(10000, 'y')).records[1].error.isEmpty());
    }
    SECTION("ragged rows keep their own number of values")
    {
        const CsvTable table = CsvReader::read(QByteArray("a;b;c\n1;2\n1;2;3;4\n"));
        CHECK(table.records[1].fields.size() == 2);
        CHECK(table.records[2].fields.size() == 4);
    }
    SECTION("an empty file has no records, blank lines count as rows")
    {
        CHECK(CsvReader::read(QByteArray()).records.isEmpty());
        const CsvTable table = CsvReader::read(QByteArray("a;b\n\n1;2\n"));
        REQUIRE(table.records.size() == 3);
        CHECK(table.records[1].blank());
        CHECK(table.records[2].row == 3);
    }
}

TEST_CASE("CSV: replay of the fuzz corpus", "[import][csv][fuzz]")
{
    const QDir dir(QDir::cleanPath(QString::fromUtf8(SAMSYN_TEST_DATA_DIR) + QStringLiteral("/../fuzz/corpus/csv")));
    REQUIRE(dir.exists());
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO("corpus file: " << name.toStdString());
        CHECK(fuzz::csvInvariantViolation(file.readAll()).toStdString() == "");
    }
    // The invariants can fail: a table with a skipped row number is caught.
    CsvTable broken = CsvReader::read(QByteArray("a\nb\n"));
    broken.records[1].row = 3;
    CHECK_FALSE(fuzz::tableInvariantViolation(broken).isEmpty());
}

// SPDX-License-Identifier: EUPL-1.2
// The one CSV writer: what Swedish Excel and LibreOffice Calc open with a double click.
#include <catch2/catch.hpp>

#include "export/csvwriter.h"

using namespace samsyn;
using Kind = CsvWriter::Kind;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace

TEST_CASE("csv: exact bytes: BOM, semicolons, CRLF, quoting and UTF-8", "[csv]")
{
    CsvWriter csv({{QStringLiteral("namn"), Kind::Text}, {QStringLiteral("antal"), Kind::Number},
                   {QStringLiteral("datum"), Kind::Date}});
    csv.addRow({QStringLiteral("Åsa Öberg"), QStringLiteral("3"), QStringLiteral("2026-09-30")});
    csv.addRow({QStringLiteral("a;b"), QStringLiteral("0"), QString()});
    csv.addRow({QStringLiteral("säger \"hej\""), QStringLiteral("12"), QStringLiteral("2026-07-01")});
    csv.addRow({QStringLiteral("rad ett\nrad två"), QStringLiteral("1"), QStringLiteral("2026-08-15")});
    csv.addRow({QStringLiteral("a,b")}); // commas are not special with ';' between fields
    CHECK(csv.rowCount() == 5);
    const QByteArray expected = "\xEF\xBB\xBF"
                                "namn;antal;datum\r\n"
                                "\xC3\x85sa \xC3\x96" "berg;3;2026-09-30\r\n"
                                "\"a;b\";0;\r\n"
                                "\"s\xC3\xA4ger \"\"hej\"\"\";12;2026-07-01\r\n"
                                "\"rad ett\nrad tv\xC3\xA5\";1;2026-08-15\r\n"
                                "a,b;;\r\n";
    CHECK(csv.toUtf8() == expected);
    CHECK(csv.text().startsWith(QChar(0xFEFF)));
}

TEST_CASE("csv: text that a spreadsheet would run as a formula gets an apostrophe", "[csv]")
{
    CHECK(str(CsvWriter::cell(QStringLiteral("=HYPERLINK(\"http://x\")"))) == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(str(CsvWriter::cell(QStringLiteral("=1+1"))) == "'=1+1");
    CHECK(str(CsvWriter::cell(QStringLiteral("+46 70 123"))) == "'+46 70 123");
    CHECK(str(CsvWriter::cell(QStringLiteral("-2+3+cmd|' /C calc'!A0"))) == "'-2+3+cmd|' /C calc'!A0");
    CHECK(str(CsvWriter::cell(QStringLiteral("@SUM(A1)"))) == "'@SUM(A1)");
    CHECK(str(CsvWriter::cell(QStringLiteral("\t=1"))) == "'\t=1");
    // A leading CR is neutralised and, being a line break, quoted as well.
    CHECK(str(CsvWriter::cell(QStringLiteral("\r=1"))) == "\"'\r=1\"");
    // A formula with a separator: neutralised first, then quoted as a whole.
    CHECK(str(CsvWriter::cell(QStringLiteral("=A1;B1"))) == "\"'=A1;B1\"");
    // Only the first character counts.
    CHECK(str(CsvWriter::cell(QStringLiteral("a=b"))) == "a=b");
    CHECK(str(CsvWriter::cell(QString())).empty());
}

TEST_CASE("csv: declared numbers, dates and identities stay as they are", "[csv]")
{
    CHECK(str(CsvWriter::cell(QStringLiteral("-5"), Kind::Number)) == "-5");
    CHECK(str(CsvWriter::cell(QStringLiteral("-5"), Kind::Text)) == "'-5");
    CHECK(str(CsvWriter::cell(QStringLiteral("12,5"), Kind::Number)) == "12,5");
    CHECK(str(CsvWriter::cell(QStringLiteral("2026-09-30"), Kind::Date)) == "2026-09-30");
    CHECK(str(CsvWriter::cell(QStringLiteral("198001011234"), Kind::Identity)) == "198001011234");
    CHECK(str(CsvWriter::cell(QStringLiteral("19800101-****"), Kind::Identity)) == "19800101-****");
    // A declaration does not let a formula through: what does not look like the kind is text.
    CHECK(str(CsvWriter::cell(QStringLiteral("-1+cmd|'/C calc'!A0"), Kind::Number)) == "'-1+cmd|'/C calc'!A0");
    CHECK(str(CsvWriter::cell(QStringLiteral("=1+1"), Kind::Date)) == "'=1+1");
    CHECK(str(CsvWriter::cell(QStringLiteral("=cmd"), Kind::Identity)) == "'=cmd");
    CHECK(str(CsvWriter::cell(QStringLiteral("-"), Kind::Number)) == "'-");
}

TEST_CASE("csv: rows keep their columns", "[csv]")
{
    CsvWriter csv = CsvWriter::text({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    csv.addRow({QStringLiteral("1")});
    csv.addRow({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    CHECK(csv.toUtf8() == QByteArray("\xEF\xBB\xBF" "a;b;c\r\n1;;\r\n1;2;3\r\n"));
    CHECK(CsvWriter::text({QStringLiteral("x")}).toUtf8() == QByteArray("\xEF\xBB\xBFx\r\n"));
}

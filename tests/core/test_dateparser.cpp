// SPDX-License-Identifier: EUPL-1.2
#include "import/dateparser.h"

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {
const QDate kToday(2026, 11, 24);

QDate parse(const char *text, ImportDateFormat format = ImportDateFormat::Auto)
{
    return DateParser::parse(QString::fromUtf8(text), format, kToday).date;
}

QString problem(const char *text, ImportDateFormat format = ImportDateFormat::Auto)
{
    return DateParser::parse(QString::fromUtf8(text), format, kToday).problem;
}
} // namespace

TEST_CASE("Import dates: every form a Swedish list uses", "[import][dates]")
{
    const QDate first(2019, 9, 1);
    CHECK(parse("2019-09-01") == first);
    CHECK(parse("2019-9-1") == first);
    CHECK(parse("20190901") == first);
    CHECK(parse("190901") == first);
    CHECK(parse("01.09.2019") == first);
    CHECK(parse("1.9.2019") == first);
    CHECK(parse("43709") == first); // Excel's day number for 2019-09-01
    CHECK(parse(" 2019-09-01 00:00:00 ") == first);
    CHECK(parse("1/9/2019", ImportDateFormat::Dmy) == first);
    CHECK(parse("01-09-2019", ImportDateFormat::Dmy) == first);
    CHECK(parse("190901", ImportDateFormat::Yymmdd) == first);
    CHECK(parse("43709", ImportDateFormat::Excel) == first);
    CHECK(parse("20190901", ImportDateFormat::Iso) == first);
}

TEST_CASE("Import dates: six digits take the century like a personnummer", "[import][dates]")
{
    CHECK(parse("261124") == QDate(2026, 11, 24)); // today
    CHECK(parse("261125") == QDate(1926, 11, 25)); // tomorrow would be in the future
    CHECK(parse("000229") == QDate(2000, 2, 29));
    CHECK(parse("991231") == QDate(1999, 12, 31));
}

TEST_CASE("Import dates: impossible and ambiguous values are refused with a reason", "[import][dates]")
{
    CHECK_FALSE(parse("2019-02-30").isValid());
    CHECK(problem("2019-02-30").contains(QStringLiteral("2019-02-30")));
    CHECK_FALSE(parse("2019-13-01").isValid());
    CHECK_FALSE(parse("190230").isValid());
    CHECK_FALSE(parse("29.02.2019").isValid());
    CHECK(parse("29.02.2020") == QDate(2020, 2, 29));

    // 1/9/2019 is 1 September in Sweden and 9 January in the USA.
    CHECK_FALSE(parse("1/9/2019").isValid());
    CHECK(problem("1/9/2019").contains(QStringLiteral("day/month")));
    CHECK(parse("13/9/2019") == QDate(2019, 9, 13)); // 13 cannot be a month
    CHECK(parse("9/9/2019") == QDate(2019, 9, 9));   // both readings agree
    CHECK(problem("9/13/2019").contains(QStringLiteral("American")));

    // The form chosen by the user is the only one accepted.
    CHECK_FALSE(parse("2019-09-01", ImportDateFormat::Dmy).isValid());
    CHECK_FALSE(parse("190901", ImportDateFormat::Iso).isValid());
    CHECK_FALSE(parse("1/9/2019", ImportDateFormat::Iso).isValid());

    CHECK_FALSE(parse("igår").isValid());
    CHECK_FALSE(problem("igår").isEmpty());
    CHECK_FALSE(parse("60", ImportDateFormat::Excel).isValid()); // Excel's invented 1900-02-29
    CHECK(DateParser::fromExcelSerial(61) == QDate(1900, 3, 1));

    // An empty cell is no date and no problem: the caller decides whether it is needed.
    const DateParseResult empty = DateParser::parse(u"  ", ImportDateFormat::Auto, kToday);
    CHECK_FALSE(empty.ok());
    CHECK(empty.problem.isEmpty());
}

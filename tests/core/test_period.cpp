// SPDX-License-Identifier: EUPL-1.2
// Reporting periods: the boundaries a förbund's calendar has, and what belongs to them.
#include <catch2/catch.hpp>

#include "reports/period.h"
#include "util/error.h"

using namespace samsyn;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

// The message of the error parse() throws, or "" when it parses.
QString parseError(const QString &text)
{
    try {
        Period::parse(text);
    } catch (const Error &error) {
        CHECK(error.code() == ErrorCode::Validation);
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("period: quarters end on 03-31, 06-30, 09-30 and 12-31", "[period]")
{
    const QDate ends[] = {d(2026, 3, 31), d(2026, 6, 30), d(2026, 9, 30), d(2026, 12, 31)};
    const QDate starts[] = {d(2026, 1, 1), d(2026, 4, 1), d(2026, 7, 1), d(2026, 10, 1)};
    for (int q = 1; q <= 4; ++q) {
        const Period p = Period::quarter(2026, q);
        CHECK(p.kind() == Period::Kind::Quarter);
        CHECK(p.first() == starts[q - 1]);
        CHECK(p.last() == ends[q - 1]);
    }
    CHECK(Period::quarter(2026, 1).dayCount() == 90);
    CHECK(Period::quarter(2028, 1).dayCount() == 91); // leap year
}

TEST_CASE("period: tertials are January-April, May-August, September-December", "[period]")
{
    CHECK(Period::tertial(2026, 1).first() == d(2026, 1, 1));
    CHECK(Period::tertial(2026, 1).last() == d(2026, 4, 30));
    CHECK(Period::tertial(2026, 2).first() == d(2026, 5, 1));
    CHECK(Period::tertial(2026, 2).last() == d(2026, 8, 31));
    CHECK(Period::tertial(2026, 3).first() == d(2026, 9, 1));
    CHECK(Period::tertial(2026, 3).last() == d(2026, 12, 31));
}

TEST_CASE("period: months, half-years and years, with leap-year February", "[period]")
{
    CHECK(Period::month(2026, 2).last() == d(2026, 2, 28));
    CHECK(Period::month(2028, 2).last() == d(2028, 2, 29));
    CHECK(Period::month(2000, 2).last() == d(2000, 2, 29)); // divisible by 400
    CHECK(Period::month(2100, 2).last() == d(2100, 2, 28)); // divisible by 100 only
    CHECK(Period::month(2026, 12).first() == d(2026, 12, 1));
    CHECK(Period::month(2026, 12).last() == d(2026, 12, 31));
    CHECK(Period::halfYear(2026, 1).first() == d(2026, 1, 1));
    CHECK(Period::halfYear(2026, 1).last() == d(2026, 6, 30));
    CHECK(Period::halfYear(2026, 2).first() == d(2026, 7, 1));
    CHECK(Period::halfYear(2026, 2).last() == d(2026, 12, 31));
    CHECK(Period::year(2026).first() == d(2026, 1, 1));
    CHECK(Period::year(2026).last() == d(2026, 12, 31));
    CHECK(Period::year(2028).dayCount() == 366);
}

TEST_CASE("period: containing a day, on the boundaries", "[period]")
{
    CHECK(Period::containing(Period::Kind::Quarter, d(2026, 3, 31)) == Period::quarter(2026, 1));
    CHECK(Period::containing(Period::Kind::Quarter, d(2026, 4, 1)) == Period::quarter(2026, 2));
    CHECK(Period::containing(Period::Kind::Tertial, d(2026, 4, 30)) == Period::tertial(2026, 1));
    CHECK(Period::containing(Period::Kind::Tertial, d(2026, 5, 1)) == Period::tertial(2026, 2));
    CHECK(Period::containing(Period::Kind::Tertial, d(2026, 8, 31)) == Period::tertial(2026, 2));
    CHECK(Period::containing(Period::Kind::Tertial, d(2026, 9, 1)) == Period::tertial(2026, 3));
    CHECK(Period::containing(Period::Kind::HalfYear, d(2026, 6, 30)) == Period::halfYear(2026, 1));
    CHECK(Period::containing(Period::Kind::HalfYear, d(2026, 7, 1)) == Period::halfYear(2026, 2));
    CHECK(Period::containing(Period::Kind::Month, d(2028, 2, 29)) == Period::month(2028, 2));
    CHECK(Period::containing(Period::Kind::Year, d(2026, 12, 31)) == Period::year(2026));
}

TEST_CASE("period: the last completed quarter", "[period]")
{
    // The file's clock says 2026-11-24: Q4 is running, Q3 is the one to report.
    CHECK(Period::lastCompletedQuarter(d(2026, 11, 24)) == Period::quarter(2026, 3));
    // On the last day of a quarter it is not yet completed.
    CHECK(Period::lastCompletedQuarter(d(2026, 9, 30)) == Period::quarter(2026, 2));
    CHECK(Period::lastCompletedQuarter(d(2026, 10, 1)) == Period::quarter(2026, 3));
    // Early in the year the last completed quarter is Q4 of the year before.
    CHECK(Period::lastCompletedQuarter(d(2026, 1, 1)) == Period::quarter(2025, 4));
    CHECK(Period::lastCompletedQuarter(d(2026, 3, 31)) == Period::quarter(2025, 4));
    CHECK(Period::lastCompletedQuarter(d(2026, 4, 1)) == Period::quarter(2026, 1));
}

TEST_CASE("period: previous and next cross year ends", "[period]")
{
    CHECK(Period::quarter(2026, 1).previous() == Period::quarter(2025, 4));
    CHECK(Period::quarter(2025, 4).next() == Period::quarter(2026, 1));
    CHECK(Period::month(2026, 1).previous() == Period::month(2025, 12));
    CHECK(Period::month(2028, 3).previous() == Period::month(2028, 2));
    CHECK(Period::tertial(2026, 1).previous() == Period::tertial(2025, 3));
    CHECK(Period::tertial(2026, 3).next() == Period::tertial(2027, 1));
    CHECK(Period::halfYear(2026, 1).previous() == Period::halfYear(2025, 2));
    CHECK(Period::year(2026).previous() == Period::year(2025));
    // A custom range moves by its own length: 10 days back is the 10 days before.
    const Period range = Period::custom(d(2026, 3, 1), d(2026, 3, 10));
    CHECK(range.previous() == Period::custom(d(2026, 2, 19), d(2026, 2, 28)));
    CHECK(range.next() == Period::custom(d(2026, 3, 11), d(2026, 3, 20)));
    CHECK(range.previous().kind() == Period::Kind::Custom);
}

TEST_CASE("period: contains and overlaps, the rule for which enrollments belong", "[period]")
{
    const Period q3 = Period::quarter(2026, 3);
    CHECK_FALSE(q3.contains(d(2026, 6, 30)));
    CHECK(q3.contains(d(2026, 7, 1)));
    CHECK(q3.contains(d(2026, 9, 30)));
    CHECK_FALSE(q3.contains(d(2026, 10, 1)));
    CHECK_FALSE(q3.contains(QDate()));

    // Started on or before the last day and not ended before the first day.
    CHECK(q3.overlaps(d(2026, 9, 30), QDate()));         // starts on the last day
    CHECK_FALSE(q3.overlaps(d(2026, 10, 1), QDate()));   // starts the day after
    CHECK(q3.overlaps(d(2025, 1, 1), d(2026, 7, 1)));    // ends on the first day
    CHECK_FALSE(q3.overlaps(d(2025, 1, 1), d(2026, 6, 30))); // ended the day before
    CHECK(q3.overlaps(d(2025, 1, 1), QDate()));          // started long ago, still running
    CHECK(q3.overlaps(d(2025, 1, 1), d(2027, 1, 1)));    // runs through the whole period
    CHECK(q3.overlaps(d(2026, 8, 1), d(2026, 8, 1)));    // one day inside
    CHECK_FALSE(q3.overlaps(QDate(), QDate()));          // no start: belongs nowhere
}

TEST_CASE("period: codes parse back to the same period", "[period]")
{
    const QList<Period> periods{Period::month(2026, 9),        Period::month(2026, 1),     Period::quarter(2026, 3),
                                Period::tertial(2026, 2),      Period::halfYear(2026, 1),  Period::year(2026),
                                Period::custom(d(2026, 1, 1), d(2026, 3, 31)), Period::custom(d(2028, 2, 29), d(2028, 2, 29))};
    for (const Period &p : periods) {
        INFO(str(p.code()));
        CHECK(Period::parse(p.code()) == p);
    }
    CHECK(Period::quarter(2026, 3).code() == QStringLiteral("2026Q3"));
    CHECK(Period::month(2026, 9).code() == QStringLiteral("2026-09"));
    CHECK(Period::tertial(2026, 2).code() == QStringLiteral("2026T2"));
    CHECK(Period::halfYear(2026, 1).code() == QStringLiteral("2026H1"));
    CHECK(Period::year(2026).code() == QStringLiteral("2026"));
    CHECK(Period::custom(d(2026, 1, 1), d(2026, 3, 31)).code() == QStringLiteral("2026-01-01..2026-03-31"));
    CHECK(Period::custom(d(2026, 1, 1), d(2026, 3, 31)).fileLabel() == QStringLiteral("2026-01-01_2026-03-31"));
    CHECK(Period::quarter(2026, 3).fileLabel() == QStringLiteral("2026Q3"));
}

TEST_CASE("period: parse accepts either case and surrounding spaces", "[period]")
{
    CHECK(Period::parse(QStringLiteral("2026q3")) == Period::quarter(2026, 3));
    CHECK(Period::parse(QStringLiteral("2026t2")) == Period::tertial(2026, 2));
    CHECK(Period::parse(QStringLiteral("2026h2")) == Period::halfYear(2026, 2));
    CHECK(Period::parse(QStringLiteral(" 2026Q1 ")) == Period::quarter(2026, 1));
    // A range that happens to be a quarter stays a range: it prints as typed.
    CHECK(Period::parse(QStringLiteral("2026-07-01..2026-09-30")).kind() == Period::Kind::Custom);
}

TEST_CASE("period: invalid input is refused with a message that says why", "[period]")
{
    CHECK(str(parseError(QStringLiteral("2026Q5"))) == "There is no quarter 5: a year has quarters 1 to 4.");
    CHECK(str(parseError(QStringLiteral("2026Q0"))) == "There is no quarter 0: a year has quarters 1 to 4.");
    CHECK(str(parseError(QStringLiteral("2026-13"))) == "There is no month 13: months are numbered 01 to 12.");
    CHECK(str(parseError(QStringLiteral("2026-00"))) == "There is no month 0: months are numbered 01 to 12.");
    CHECK(parseError(QStringLiteral("2026T4")).startsWith(QStringLiteral("There is no tertial 4")));
    CHECK(str(parseError(QStringLiteral("2026H3"))) == "There is no half-year 3: a year has half-years 1 and 2.");
    CHECK(str(parseError(QStringLiteral("2026-03-31..2026-01-01")))
          == "The period ends (2026-01-01) before it starts (2026-03-31).");
    CHECK(str(parseError(QStringLiteral("2026-02-29..2026-03-31"))) == "2026-02-29 is not a date in the calendar.");
    CHECK(str(parseError(QStringLiteral("0026Q3"))) == "The year 26 is outside 1900-2100.");
    for (const char *bad : {"", "Q3 2026", "2026Q", "2026-9-1", "26Q3", "2026X1", "2026-01-01..", "2026-01-01...2026-02-01",
                            "2026Q3; DROP TABLE", "2026Q３"}) {
        INFO(bad);
        CHECK(parseError(QString::fromUtf8(bad)).contains(QStringLiteral("is not a period. Write a quarter (2026Q3)")));
    }
    // The same check through the factories a GUI picker uses.
    CHECK_THROWS_AS(Period::quarter(2026, 5), Error);
    CHECK_THROWS_AS(Period::custom(d(2026, 2, 1), d(2026, 1, 31)), Error);
    CHECK_THROWS_AS(Period::custom(QDate(), d(2026, 1, 31)), Error);
}

TEST_CASE("period: labels for people", "[period]")
{
    CHECK(str(Period::quarter(2026, 3).label()) == "Q3 2026");
    CHECK(str(Period::tertial(2026, 2).label()) == "tertial 2 2026");
    CHECK(str(Period::halfYear(2026, 1).label()) == "half-year 1 2026");
    CHECK(str(Period::year(2026).label()) == "2026");
    CHECK(Period::month(2026, 9).label().endsWith(QStringLiteral(" 2026")));
    CHECK(str(Period::custom(d(2026, 1, 1), d(2026, 3, 31)).label()) == "2026-01-01 to 2026-03-31");
    CHECK_FALSE(Period().isValid());
    CHECK(Period::year(2026).isValid());
}

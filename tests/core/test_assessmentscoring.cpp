// SPDX-License-Identifier: EUPL-1.2
#include "domain/assessmentscoring.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;

TEST_CASE("WHO-5: raw score and percent, hand computed", "[assessment]")
{
    // 3+4+2+5+1 = 15 -> 60 %
    CHECK(AssessmentScoring::total(Instrument::Who5, {3, 4, 2, 5, 1}, {}) == 15);
    CHECK(AssessmentScoring::who5Percent(15) == 60);
    CHECK(AssessmentScoring::total(Instrument::Who5, {0, 0, 0, 0, 0}, {}) == 0);
    CHECK(AssessmentScoring::total(Instrument::Who5, {5, 5, 5, 5, 5}, {}) == 25);
    CHECK(AssessmentScoring::who5Percent(25) == 100);
}

TEST_CASE("WHO-5: invalid item values and counts are refused", "[assessment]")
{
    CHECK_THROWS_AS(AssessmentScoring::total(Instrument::Who5, {3, 4, 6, 5, 1}, {}), Error);
    CHECK_THROWS_AS(AssessmentScoring::total(Instrument::Who5, {3, 4, -1, 5, 1}, {}), Error);
    CHECK_THROWS_AS(AssessmentScoring::total(Instrument::Who5, {3, 4, 5, 1}, {}), Error);
    CHECK_THROWS_AS(AssessmentScoring::checkedTotal(Instrument::Who5, 26), Error);
    CHECK(AssessmentScoring::checkedTotal(Instrument::Who5, 25) == 25);
}

TEST_CASE("WHO-5: a change of ten percentage points or more is marked", "[assessment]")
{
    // 2 raw points = 8 percentage points; 3 raw points = 12.
    CHECK_FALSE(AssessmentScoring::who5ChangeMarked(10, 12));
    CHECK(AssessmentScoring::who5ChangeMarked(10, 13));
    CHECK(AssessmentScoring::who5ChangeMarked(13, 10));
}

TEST_CASE("KASAM-13: items 1, 2, 3, 7 and 10 are reversed", "[assessment]")
{
    // All answers 1: reversed items give 7 each (5 x 7 = 35), the others 1 each (8) -> 43.
    const QList<int> ones(13, 1);
    CHECK(AssessmentScoring::total(Instrument::Kasam13, ones, AssessmentScoring::kasam13Reversed()) == 43);
    // Answers 1..7 then 1..6: reversed 1->7, 2->6, 3->5, 7->1, 10(answer 3)->5 = 24;
    // the rest 4+5+6+1+2+4+5+6 = 33 -> 57.
    const QList<int> mixed{1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6};
    CHECK(AssessmentScoring::total(Instrument::Kasam13, mixed, AssessmentScoring::kasam13Reversed()) == 57);
    CHECK_THROWS_AS(AssessmentScoring::total(Instrument::Kasam13, QList<int>(13, 0), AssessmentScoring::kasam13Reversed()), Error);
    CHECK_THROWS_AS(AssessmentScoring::total(Instrument::Kasam13, QList<int>(13, 8), AssessmentScoring::kasam13Reversed()), Error);
    CHECK_THROWS_AS(AssessmentScoring::checkedTotal(Instrument::Kasam13, 12), Error);
    CHECK(AssessmentScoring::checkedTotal(Instrument::Kasam13, 91) == 91);
}

TEST_CASE("KASAM-29: thirteen reversed items, total 29-203", "[assessment]")
{
    // All answers 7: 13 reversed items give 1, 16 others give 7 -> 13 + 112 = 125.
    CHECK(AssessmentScoring::total(Instrument::Kasam29, QList<int>(29, 7), AssessmentScoring::kasam29DefaultReversed()) == 125);
    // Without reversed items (a team setting that empties the set) -> 203.
    CHECK(AssessmentScoring::total(Instrument::Kasam29, QList<int>(29, 7), {}) == 203);
    CHECK_THROWS_AS(AssessmentScoring::checkedTotal(Instrument::Kasam29, 204), Error);
    CHECK_THROWS_AS(AssessmentScoring::parseItemList(QStringLiteral("1, 30"), 29), Error);
    CHECK(AssessmentScoring::parseItemList(QStringLiteral("1, 4,5"), 29) == QList<int>{1, 4, 5});
}

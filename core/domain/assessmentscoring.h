// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

enum class Instrument { Who5, Kasam13, Kasam29, Steps };

// Scoring of the self-rating forms the team uses (domain-sus-sip.md §4). Pure functions:
// item scores come from a paper form (KASAM item texts are copyrighted and never shipped),
// the totals are computed here. Invalid input throws Error(Validation).
class AssessmentScoring
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::AssessmentScoring)

public:
    static QString code(Instrument instrument);
    static std::optional<Instrument> fromCode(const QString &code);
    static QString label(Instrument instrument);

    static int itemCount(Instrument instrument);
    static int minItem(Instrument instrument);
    static int maxItem(Instrument instrument);
    static int minTotal(Instrument instrument);
    static int maxTotal(Instrument instrument);

    // KASAM-13's reversed items in short-form numbering (fixed by the form).
    static QList<int> kasam13Reversed();
    // KASAM-29's reversed items per carlbring.se; a team setting may override it, since the
    // set depends on how the anchors are printed in the version the team is licensed to use.
    static QList<int> kasam29DefaultReversed();

    // The total of item scores, reversed items scored (min + max) - answer. WHO-5 gives the
    // raw score 0-25.
    static int total(Instrument instrument, const QList<int> &items, const QList<int> &reversed);
    // A total entered directly from a paper form: range-checked and returned.
    static int checkedTotal(Instrument instrument, int total);

    static int who5Percent(int raw) { return raw * 4; }
    // WHO-5: a change of ten percentage points or more is clinically relevant.
    static bool who5ChangeMarked(int rawFrom, int rawTo);

    // Items as stored: one digit per item.
    static QString itemsText(const QList<int> &items);
    static QList<int> itemsFrom(const QString &text);
    // "1, 4,5" -> {1, 4, 5}; numbers outside 1..itemCount are refused.
    static QList<int> parseItemList(const QString &text, int itemCount);
};

} // namespace samsyn

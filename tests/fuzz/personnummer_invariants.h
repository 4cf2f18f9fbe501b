// SPDX-License-Identifier: EUPL-1.2
// What must hold for any input to Personnummer::parse() and other(). Shared by the libFuzzer
// target and the Catch2 corpus replay, so the committed corpus checks the same properties in
// ordinary CI as the fuzzer does when it runs.
#pragma once

#include "domain/personnummer.h"

#include <QString>
#include <QStringView>

namespace samsyn::fuzz {

inline bool isTwelveAsciiDigits(const QString &s)
{
    if (s.size() != 12)
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// An empty string if every invariant holds, otherwise what broke.
inline QString parseInvariantViolation(QStringView input, QDate reference)
{
    const Personnummer::ParseResult r = Personnummer::parse(input, reference);
    if (!r.ok()) {
        if (r.problem == Personnummer::Problem::None)
            return QStringLiteral("rejected without a problem");
        if (r.message().isEmpty())
            return QStringLiteral("problem without a message");
        return {};
    }
    const Personnummer &p = *r.value;
    if (r.problem != Personnummer::Problem::None)
        return QStringLiteral("accepted with a problem");
    if (!p.isSwedish())
        return QStringLiteral("parse() gave an Other identity");
    const QString &c = p.canonical();
    if (!isTwelveAsciiDigits(c))
        return QStringLiteral("canonical is not 12 digits: ") + c;
    if (Personnummer::luhnDigit(QStringView(c).mid(2, 9)) != c.at(11).unicode() - u'0')
        return QStringLiteral("canonical has a wrong check digit: ") + c;
    const int numberDay = QStringView(c).mid(6, 2).toInt();
    const bool samordning = numberDay >= 60;
    if (samordning != (p.kind() == Personnummer::Kind::Samordningsnummer))
        return QStringLiteral("kind does not follow the day: ") + c;
    const QDate born = p.birthDate();
    const bool incomplete = samordning && (QStringView(c).mid(4, 2) == QStringView(u"00") || numberDay == 60);
    if (born.isValid() == incomplete)
        return QStringLiteral("birth date validity does not match the number: ") + c;
    if (born.isValid() && (born > reference || born.year() != QStringView(c).left(4).toInt()))
        return QStringLiteral("birth date is after the reference or in another year: ") + c;
    if (!p.gender().has_value())
        return QStringLiteral("no gender: ") + c;
    if (p.masked() != QString(QStringView(c).left(8) + QStringLiteral("-****")))
        return QStringLiteral("masked form is wrong: ") + p.masked();

    const auto same = [&](const QString &text) {
        const Personnummer::ParseResult again = Personnummer::parse(text, reference);
        return again.ok() && *again.value == p;
    };
    if (!same(c))
        return QStringLiteral("parse(canonical) differs: ") + c;
    if (!same(p.twelveWithDash()))
        return QStringLiteral("parse(twelveWithDash) differs: ") + c;
    // Ten digits cannot tell apart people 200 years apart; the rest must round-trip.
    if (reference.year() - born.year() < 200 && born.isValid() && !same(p.tenDigit(reference)))
        return QStringLiteral("parse(tenDigit) differs: ") + c;
    const std::optional<Personnummer> stored = Personnummer::fromStored(p.kind(), c);
    if (!stored || *stored != p)
        return QStringLiteral("fromStored does not restore: ") + c;
    return {};
}

inline QString otherInvariantViolation(QStringView input)
{
    const Personnummer::ParseResult r = Personnummer::other(input);
    if (!r.ok())
        return r.problem == Personnummer::Problem::None ? QStringLiteral("rejected without a problem") : QString();
    const Personnummer &p = *r.value;
    const QString &c = p.canonical();
    if (p.kind() != Personnummer::Kind::Other || p.isSwedish())
        return QStringLiteral("other() gave a Swedish kind");
    if (c.isEmpty() || c.size() > 64 || c.trimmed() != c)
        return QStringLiteral("canonical is empty, too long or untrimmed");
    for (const QChar ch : c) {
        if (ch.category() == QChar::Other_Control)
            return QStringLiteral("canonical has a control character");
    }
    if (p.gender().has_value() || p.birthDate().isValid() || p.ageAt(QDate(2026, 1, 1)).has_value())
        return QStringLiteral("an Other identity claims a gender, birth date or age");
    const Personnummer::ParseResult again = Personnummer::other(c);
    if (!again.ok() || *again.value != p)
        return QStringLiteral("other(canonical) differs");
    const std::optional<Personnummer> stored = Personnummer::fromStored(Personnummer::Kind::Other, c);
    if (!stored || *stored != p)
        return QStringLiteral("fromStored does not restore an Other identity");
    return {};
}

} // namespace samsyn::fuzz

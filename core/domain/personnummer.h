// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/gender.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace samsyn {

// A participant's identity: a Swedish personnummer, a samordningsnummer (day + 60), or an
// "other identity" such as a healthcare reservnummer, which has no national format and is
// not Luhn-checked. Canonical form is 12 digits for the Swedish kinds and the trimmed text
// for Other. The birth date derived from a number may be off by a day or two from the real
// one (Skatteverket assigns a nearby date when a day's serials run out): it is never called
// exact and a number is never rejected for it.
class Personnummer
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Personnummer)

public:
    enum class Kind { Personnummer, Samordningsnummer, Other };

    // Why a text is not a valid number; each has its own message().
    enum class Problem {
        None,
        Empty,
        InvalidCharacters,  // letters or symbols other than separators
        WrongLength,        // not 10 or 12 digits
        ImpossibleDate,     // month 00/13, day 00/32, 29 Feb in a non-leap year, ...
        BadCheckDigit,      // Luhn digit does not match
        FutureDate,         // born after the reference date
        CenturyMismatch,    // 12 digits with a '+' that contradicts the age
        TooLong,            // absurdly long input (also for Other)
    };

    // Defined after the class: std::optional<Personnummer> needs the complete type.
    struct ParseResult;

    // Parses 10 or 12 digits with or without '-' / '+' and spaces (also en dash, minus sign,
    // non-breaking space). For 10 digits the century is the latest one that puts the birth
    // date on or before `reference`, and '+' moves it back 100 years (the separator turns
    // '+' from the calendar year the person turns 100).
    static ParseResult parse(QStringView input, QDate reference);

    // An identity without a national format (reservnummer); only trimmed and length-checked.
    static ParseResult other(QStringView input);

    // Restores a value stored by canonical() together with its kind; nullopt if corrupt.
    static std::optional<Personnummer> fromStored(Kind kind, const QString &canonical);

    static QString problemMessage(Problem problem);

    Kind kind() const { return m_kind; }
    bool isSwedish() const { return m_kind != Kind::Other; }

    // 12 digits (YYYYMMDDNNNC), or the text of an Other identity.
    const QString &canonical() const { return m_canonical; }
    // YYMMDD-NNNC, with '+' from the calendar year of `reference` in which the person turns 100.
    QString tenDigit(QDate reference) const;
    // YYYYMMDD-NNNC.
    QString twelveWithDash() const;
    // YYYYMMDD-**** (Other: the first characters and asterisks).
    QString masked() const;

    // From digit 9 (odd = man); nullopt for Other.
    std::optional<Gender> gender() const;
    // The date in the number (day - 60 for samordningsnummer); invalid for Other.
    QDate birthDate() const;
    // Whole years at `date`; nullopt for Other.
    std::optional<int> ageAt(QDate date) const;

    // Luhn digit over nine digits YYMMDDNNN (weights 2,1,2,1,...).
    static int luhnDigit(QStringView nineDigits);

    friend bool operator==(const Personnummer &a, const Personnummer &b)
    {
        return a.m_kind == b.m_kind && a.m_canonical == b.m_canonical;
    }

private:
    Personnummer(Kind kind, QString canonical) : m_kind(kind), m_canonical(std::move(canonical)) {}

    Kind m_kind = Kind::Personnummer;
    QString m_canonical;
};

struct Personnummer::ParseResult
{
    std::optional<Personnummer> value;
    Problem problem = Problem::None;
    bool ok() const { return value.has_value(); }
    QString message() const { return Personnummer::problemMessage(problem); }
};

} // namespace samsyn

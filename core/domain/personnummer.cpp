// SPDX-License-Identifier: EUPL-1.2
#include "domain/personnummer.h"

#include <QChar>

namespace samsyn {

namespace {

// Longer input is not a mistyped number but pasted text; refusing it early keeps the
// scanning cheap and the message honest.
constexpr qsizetype MaxInputLength = 64;

// Skatteverket stores the century as 18, 19 or 20; anything earlier is a typing error,
// not a person.
constexpr int EarliestBirthYear = 1800;

constexpr int SamordningsDayOffset = 60;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitAt(QStringView digits, qsizetype i)
{
    return digits[i].unicode() - u'0';
}

int number(QStringView digits, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i)
        n = n * 10 + digitAt(digits, i);
    return n;
}

// Word processors and spreadsheets turn the hyphen into these when they "improve" text.
bool isDashSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

// Tab, no-break space (U+00A0) and narrow no-break space (U+202F) come in when a number is
// copied from a formatted document or a Swedish-locale cell. Line breaks are not included:
// inside a number they mean two values were pasted together.
bool isIgnorableSpace(QChar c)
{
    return c == u'\t' || c.category() == QChar::Separator_Space;
}

bool hasUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

struct DateParts
{
    int year = 0;
    int month = 0;     // 0: unknown (samordningsnummer only)
    int numberDay = 0; // as written, i.e. + 60 for samordningsnummer
};

bool isSamordningsDay(int numberDay)
{
    return numberDay >= SamordningsDayOffset;
}

// The real day in the month, 0 if unknown, -1 if the written day cannot be one.
int realDay(int numberDay)
{
    if (numberDay >= 1 && numberDay <= 31)
        return numberDay;
    if (numberDay >= SamordningsDayOffset && numberDay <= SamordningsDayOffset + 31)
        return numberDay - SamordningsDayOffset;
    return -1;
}

// Month and day only: the century is not known yet when this is needed. Skatteverket gives
// samordningsnummer with month 00 and/or day 60 (day 00) when the birth date is not fully
// known; about 7 % of its published test samordningsnummer look like that. A personnummer
// always has a full date.
bool monthDayPlausible(int month, int numberDay)
{
    const int day = realDay(numberDay);
    if (day < 0 || month < 0 || month > 12)
        return false;
    return isSamordningsDay(numberDay) || (month != 0 && day != 0);
}

struct DateRange
{
    QDate earliest;
    QDate latest;
    bool isValid() const { return earliest.isValid() && latest.isValid(); }
};

// The possible birth dates: one day for a complete date, a month or a year when parts are
// unknown, invalid for 29 Feb 1900, 31 Apr and the like.
DateRange dateRangeOf(const DateParts &p)
{
    if (p.year < EarliestBirthYear || !monthDayPlausible(p.month, p.numberDay))
        return {};
    const int day = realDay(p.numberDay);
    if (p.month != 0 && day != 0) {
        const QDate date(p.year, p.month, day);
        return {date, date};
    }
    if (p.month != 0) {
        const QDate first(p.year, p.month, 1);
        return {first, QDate(p.year, p.month, first.daysInMonth())};
    }
    if (day != 0) // January and December both have 31 days
        return {QDate(p.year, 1, day), QDate(p.year, 12, day)};
    return {QDate(p.year, 1, 1), QDate(p.year, 12, 31)};
}

DateParts partsOfCanonical(QStringView canonical)
{
    DateParts parts;
    parts.year = number(canonical, 0, 4);
    parts.month = number(canonical, 4, 2);
    parts.numberDay = number(canonical, 6, 2);
    return parts;
}

int wholeYears(QDate born, QDate date)
{
    int years = date.year() - born.year();
    // Month-and-day comparison makes a 29 February birthday count from 1 March in
    // non-leap years, as Swedish practice does.
    if (date.month() < born.month() || (date.month() == born.month() && date.day() < born.day()))
        --years;
    return years;
}

// The last year not after `referenceYear` that ends in `yy`.
int latestYearEndingIn(int yy, int referenceYear)
{
    const int century = referenceYear - ((referenceYear % 100) + 100) % 100;
    const int year = century + yy;
    return year <= referenceYear ? year : year - 100;
}

} // namespace

int Personnummer::luhnDigit(QStringView nineDigits)
{
    if (nineDigits.size() != 9)
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i) {
        if (!isAsciiDigit(nineDigits[i]))
            return -1;
        int product = digitAt(nineDigits, i) * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
}

Personnummer::ParseResult Personnummer::parse(QStringView input, QDate reference)
{
    const auto fail = [](Problem p) { return ParseResult{std::nullopt, p}; };

    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return fail(Problem::Empty);
    if (text.size() > MaxInputLength)
        return fail(Problem::TooLong);

    QString digits;
    digits.reserve(12);
    QChar separator;
    qsizetype separatorCount = 0;
    qsizetype digitsBeforeSeparator = 0;
    for (const QChar c : text) {
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == u'+' || isDashSeparator(c)) {
            separator = c == u'+' ? QChar(u'+') : QChar(u'-');
            digitsBeforeSeparator = digits.size();
            ++separatorCount;
        } else if (!isIgnorableSpace(c)) {
            // Letters, full-width or Arabic-Indic digits, and Excel's "1.91212E+11".
            return fail(Problem::InvalidCharacters);
        }
    }

    if (digits.size() != 10 && digits.size() != 12)
        return fail(Problem::WrongLength);
    // A separator anywhere but before the last four digits is not a way of writing a number
    // (for example "1912-12-12-1212"): guessing what was meant could give someone else's.
    if (separatorCount > 1 || (separatorCount == 1 && digitsBeforeSeparator != digits.size() - 4))
        return fail(Problem::InvalidCharacters);
    const bool plus = separator == u'+';

    const bool twelve = digits.size() == 12;
    const QStringView ten = QStringView(digits).right(10);
    DateParts parts;
    parts.month = number(ten, 2, 2);
    parts.numberDay = number(ten, 4, 2);
    if (!monthDayPlausible(parts.month, parts.numberDay))
        return fail(Problem::ImpossibleDate);
    // A caller bug rather than a user error, but no date can be placed without a reference.
    if (!reference.isValid())
        return fail(Problem::ImpossibleDate);

    if (twelve) {
        parts.year = number(digits, 0, 4);
    } else {
        const int yy = number(ten, 0, 2);
        if (plus) {
            // '+' is used from the calendar year of the 100th birthday, so the birthday itself
            // may still be ahead this year: compare years only.
            parts.year = latestYearEndingIn(yy, reference.year()) - 100;
        } else {
            // Compared as (month, day) rather than as dates, so that 29 February is judged
            // in the century it would fall in, not rejected in one it does not exist in.
            // An unknown month or day (0) counts as the earliest possible.
            parts.year = latestYearEndingIn(yy, reference.year());
            const int day = realDay(parts.numberDay);
            if (parts.year == reference.year()
                && (parts.month > reference.month()
                    || (parts.month == reference.month() && day > reference.day())))
                parts.year -= 100;
        }
    }

    const DateRange born = dateRangeOf(parts);
    if (!born.isValid())
        return fail(Problem::ImpossibleDate);
    if (luhnDigit(ten.left(9)) != digitAt(ten, 9))
        return fail(Problem::BadCheckDigit);
    if (born.earliest > reference)
        return fail(Problem::FutureDate);
    if (twelve && plus && reference.year() - parts.year < 100)
        return fail(Problem::CenturyMismatch);

    QString canonical = digits;
    if (!twelve)
        canonical = QString::number(parts.year / 100).rightJustified(2, u'0') + ten;
    const Kind kind = isSamordningsDay(parts.numberDay) ? Kind::Samordningsnummer : Kind::Personnummer;
    return ParseResult{Personnummer(kind, std::move(canonical)), Problem::None};
}

Personnummer::ParseResult Personnummer::other(QStringView input)
{
    const auto fail = [](Problem p) { return ParseResult{std::nullopt, p}; };

    const QStringView trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(Problem::Empty);
    if (trimmed.size() > MaxInputLength)
        return fail(Problem::TooLong);
    if (hasUnpairedSurrogate(trimmed))
        return fail(Problem::InvalidCharacters);
    for (const QChar c : trimmed) {
        // Format characters include the bidi overrides that can make one identity look
        // like another; line and paragraph separators would break lists and exports.
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return fail(Problem::InvalidCharacters);
        default:
            break;
        }
    }
    // The same reservnummer typed on different systems may arrive composed or decomposed
    // ("Å" as one or two code points); NFC makes them compare equal.
    QString canonical = trimmed.toString().normalized(QString::NormalizationForm_C);
    if (canonical.size() > MaxInputLength)
        return fail(Problem::TooLong);
    return ParseResult{Personnummer(Kind::Other, std::move(canonical)), Problem::None};
}

std::optional<Personnummer> Personnummer::fromStored(Kind kind, const QString &canonical)
{
    if (kind == Kind::Other) {
        ParseResult r = other(canonical);
        return r.value;
    }
    if (kind != Kind::Personnummer && kind != Kind::Samordningsnummer)
        return std::nullopt;
    if (canonical.size() != 12)
        return std::nullopt;
    for (const QChar c : canonical) {
        if (!isAsciiDigit(c))
            return std::nullopt;
    }
    // No future-date check against the wall clock: the value was checked when stored, and
    // a wrong clock on another computer sharing the file must not make people disappear.
    ParseResult r = parse(canonical, QDate(9999, 12, 31));
    if (!r.ok() || r.value->kind() != kind)
        return std::nullopt;
    return r.value;
}

QString Personnummer::problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("No number was entered.");
    case Problem::InvalidCharacters:
        return tr("The number contains characters that are not allowed: use digits, with '-' or '+' only before the last four.");
    case Problem::WrongLength:
        return tr("The number has the wrong length: enter 10 digits (YYMMDD-NNNN) or 12 digits (YYYYMMDD-NNNN).");
    case Problem::ImpossibleDate:
        return tr("The number does not begin with a real date: check the year, month and day.");
    case Problem::BadCheckDigit:
        return tr("The number has a wrong check digit: check every digit, the last one in particular.");
    case Problem::FutureDate:
        return tr("The number gives a birth date in the future: check the year.");
    case Problem::CenturyMismatch:
        return tr("The '+' says the person is 100 or older, which does not match the year: check the year or the separator.");
    case Problem::TooLong:
        return tr("The text is too long for an identity: at most %1 characters are allowed.").arg(MaxInputLength);
    }
    return {};
}

QString Personnummer::tenDigit(QDate reference) const
{
    if (!isSwedish())
        return m_canonical;
    const int birthYear = QStringView(m_canonical).left(4).toInt();
    const QChar separator = reference.year() - birthYear >= 100 ? QChar(u'+') : QChar(u'-');
    return QStringView(m_canonical).mid(2, 6) + separator + QStringView(m_canonical).right(4);
}

QString Personnummer::twelveWithDash() const
{
    if (!isSwedish())
        return m_canonical;
    return QStringView(m_canonical).left(8) + QChar(u'-') + QStringView(m_canonical).right(4);
}

QString Personnummer::masked() const
{
    if (!isSwedish())
        return m_canonical.left(2) + QStringLiteral("****");
    return QStringView(m_canonical).left(8) + QStringLiteral("-****");
}

std::optional<Gender> Personnummer::gender() const
{
    if (!isSwedish())
        return std::nullopt;
    return digitAt(m_canonical, 10) % 2 == 1 ? Gender::Male : Gender::Female;
}

QDate Personnummer::birthDate() const
{
    if (!isSwedish())
        return {};
    // An incomplete date (samordningsnummer with month 00 or day 60) has no single date.
    const DateRange range = dateRangeOf(partsOfCanonical(m_canonical));
    return range.earliest == range.latest ? range.earliest : QDate();
}

std::optional<int> Personnummer::ageAt(QDate date) const
{
    if (!isSwedish() || !date.isValid())
        return std::nullopt;
    // With part of the date unknown the age is still certain on most days of the year;
    // where the possible birth dates disagree, no age is better than a guessed one.
    const DateRange range = dateRangeOf(partsOfCanonical(m_canonical));
    if (!range.isValid() || date < range.latest)
        return std::nullopt;
    const int youngest = wholeYears(range.latest, date);
    if (wholeYears(range.earliest, date) != youngest)
        return std::nullopt;
    return youngest;
}

} // namespace samsyn

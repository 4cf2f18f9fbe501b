// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace samsyn {

// A reporting period: a calendar month, quarter, tertial (four months), half-year or year,
// or any range of whole days. Förbund ask for figures on all of these rhythms, so the
// export and every report take a Period. Plain value; the factories throw samsyn::Error
// on impossible input, so only a default-constructed Period is invalid.
class Period
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Period)

public:
    enum class Kind { Month, Quarter, Tertial, HalfYear, Year, Custom };

    // No days at all: a placeholder for containers and "not chosen yet".
    Period() = default;
    bool isValid() const { return m_first.isValid(); }

    // `index` is the month (1-12), quarter (1-4), tertial (1-3) or half-year (1-2).
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period tertial(int year, int tertial);
    static Period halfYear(int year, int half);
    static Period year(int year);
    static Period custom(QDate first, QDate last);
    // The period of `kind` (not Custom) that contains `day`.
    static Period containing(Kind kind, QDate day);
    // The default of the quarter-end export: the latest calendar quarter that ended before
    // `today` (on 1 April that is Q1; on 31 March it is Q4 of the year before).
    static Period lastCompletedQuarter(QDate today);

    // Reads what code() writes: 2026Q3, 2026-09, 2026T2, 2026H1, 2026, 2026-01-01..2026-03-31
    // (Q, T and H in either case, surrounding spaces ignored). Throws samsyn::Error
    // (Validation) with a sentence that says what is wrong and what would be accepted.
    static Period parse(const QString &text);

    Kind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    qint64 dayCount() const { return m_first.daysTo(m_last) + 1; }

    // The stable text that parse() reads back, e.g. "2026Q3".
    QString code() const;
    // The code made safe for a file name on every system (a range joins its dates with '_').
    QString fileLabel() const;
    // For people, in the UI language: "Q3 2026", "tertial 2 2026", "September 2026".
    QString label() const;

    // The period of the same kind just before / after; a custom range moves by its length.
    Period previous() const;
    Period next() const;

    bool contains(QDate day) const;
    // True when something running from `start` to `end` (an invalid end: still running)
    // touches the period: it started on or before the last day and had not ended before
    // the first day. This is which enrollments belong to a period (sus-export.md).
    bool overlaps(QDate start, QDate end) const;

    friend bool operator==(const Period &a, const Period &b) = default;

private:
    Period(Kind kind, QDate first, QDate last) : m_kind(kind), m_first(first), m_last(last) {}
    static void checkYear(int year);
    // Month, quarter, tertial and half-year are runs of `months` months; index from 1.
    static Period monthRun(Kind kind, int year, int index, int months);
    static int monthsOf(Kind kind);
    int indexInYear() const;

    Kind m_kind = Kind::Year;
    QDate m_first;
    QDate m_last;
};

} // namespace samsyn

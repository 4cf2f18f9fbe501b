// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/periodreport.h"
#include "reports/reportgoals.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace samsyn {

class Database;

// The annual report (or any period): outcome against the team's goals, with the counts
// behind every share, followed by the period report's figures and charts for the same
// period. Pure data; tables() and content() label it.
struct AnnualReport
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::AnnualReport)
public:
    PeriodReport figures; // the period report of the same period
    ReportGoals goals;
    int exits = 0;         // exits that count (not registered in error)
    int workOrStudies = 0; // of those, to an exit reason grouped 'work_or_studies'
    ReportReadierAnswers readier;
    int referrals = 0;
    int consultations = 0;
    int days = 0;        // days in the period
    int daysInYear = 0;  // of the year the period starts in: the yearly goal is pro-rated by days/daysInYear

    static AnnualReport build(Database &db, const Period &chosen, QDate today);

    int contacts() const { return referrals + consultations; }
    // The yearly contacts goal for this period, in tenths (70 a year over 90 of 365 days: 172.6 -> 173 tenths).
    qint64 contactsTargetTenths() const;
    // nullopt when there is nothing to measure (no exits, no answers).
    std::optional<bool> workOrStudiesMet() const;
    bool contactsMet() const;
    std::optional<bool> readierMet() const;

    QList<ReportTable> tables(const QLocale &locale = QLocale()) const;
    ReportContent content(const QLocale &locale = QLocale()) const;
};

} // namespace samsyn

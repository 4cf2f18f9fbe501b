// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/period.h"
#include "reports/reportcontent.h"
#include "storage/reportqueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QMap>

namespace samsyn {

class Database;

// The figures of one month (for the chart of enrollments and exits per month).
struct ReportMonth
{
    QDate month; // the first day
    int starts = 0;
    int exits = 0;
};

// The period report (månadsrapport, or any period): referrals in, decisions, consultations,
// enrollments started, exits and what they exited to, who is enrolled and waiting at the
// period's end, meetings held. Pure data from ReportQueries; tables() and content() label it.
struct PeriodReport
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::PeriodReport)
public:
    Period period;
    QDate today; // meetings are counted up to the earlier of the period's last day and today

    QList<ReportCount> referralsPerParty;
    QMap<QString, int> decisions; // decision kind code -> count
    int consultations = 0;
    int meetings = 0;
    QList<ReportCount> startsPerProgramme;
    QList<ReportCodeCount> exitsPerReason; // includes reasons of report_group 'error'
    int individualsEnrolled = 0;
    QList<ReportCount> enrolledPerProgramme;
    QList<ReportCount> waitingPerProgramme;
    // For the charts: at least the twelve months up to the period's end.
    QList<ReportMonth> months;
    QList<ReportWho5Pair> who5;
    int exitsForWho5 = 0;
    // What gallring kept of this period as anonymous counts (already in the figures above).
    ReportRetained retained;

    static PeriodReport build(Database &db, const Period &chosen, QDate today);

    int referrals() const;
    int decisionsTotal() const;
    int starts() const;
    // Exits that count: every reason except those grouped 'error' (registered in error).
    int exits() const;
    int exitsInError() const;
    int exitsToGroup(const QString &reportGroup) const;
    int waiting() const;

    // Every table of the report, labelled; numbers formatted in `locale`.
    QList<ReportTable> tables(const QLocale &locale = QLocale()) const;
    ReportContent content(const QLocale &locale = QLocale()) const;

    // The note on counts kept after gallring; empty when the period has none.
    static QString retainedNote(const ReportRetained &retained);

    // The label of an exit reason's report_group ("Work or studies", ...).
    static QString exitGroupLabel(const QString &group);
};

} // namespace samsyn

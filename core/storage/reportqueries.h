// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/teamsettings.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace samsyn {

class Database;

// One labelled count of a report: per party, per programme, per decision kind, per code.
// `key` is the stable thing counted (an id as text, or a code); `label` what to print.
struct ReportCount
{
    QString key;
    QString label;
    int count = 0;
};

// The count of one code (exit reason, event category) with the code itself, so a report
// can also group by the code's report_group.
struct ReportCodeCount
{
    CodeEntry code;
    int count = 0;
};

// A WHO-5 rating near the start and one near the end of an exited enrollment.
struct ReportWho5Pair
{
    qint64 enrollmentId = 0;
    QDate exitDate;
    QDate firstDate;
    int firstRaw = 0; // 0-25
    QDate lastDate;
    int lastRaw = 0;
};

// How exits in a period answered "do you feel readier?" (enrollments.readier).
struct ReportReadierAnswers
{
    int yes = 0;
    int no = 0;
    int unanswered = 0;
};

// What gallring kept of a period as anonymous monthly counts (retained_counts): already
// included in the figures above, listed so a report can say so. Counts of months only partly
// inside the period are not included anywhere; `partlyOutside` says how many there are.
struct ReportRetained
{
    int referrals = 0;
    int decisions = 0;
    int starts = 0;
    int exits = 0; // not registered in error
    int partlyOutside = 0;

    bool any() const { return referrals + decisions + starts + exits + partlyOutside > 0; }
};

// What the outcome table puts in its columns.
enum class OutcomeGrouping { Municipality, ReferringParty, Programme };

// The figures of one column of the outcome table. Column key 0 collects those without a
// municipality / referral; kTotalColumn is the total over distinct individuals.
struct OutcomeColumnFigures
{
    static constexpr qint64 kTotalColumn = -1;

    qint64 column = 0;
    int individuals = 0;
    int women = 0;
    int men = 0;
    int ageSum = 0;     // completed years at enrollment start, summed
    int withAge = 0;    // individuals whose birth date is known
    QMap<QString, int> events;      // event category code -> individuals with such an event
    QMap<qint64, int> referredBy;   // party id (0: no referral) -> individuals
};

// Every figure the reports print, as SQL over one team file: the single place where report
// SQL lives (reports in core/reports only arrange and label these numbers). All periods are
// closed day ranges [first, last] of ISO dates, so an event on the last day counts and one
// on the day after does not. Exits exclude exit reasons of report_group 'error' (registered
// in error) except where a method says otherwise. Referrals, decisions, starts, exits and
// readier answers include the counts gallring kept (retained_counts) for every calendar
// month wholly inside the period; figures about individuals cannot include the deleted.
class ReportQueries
{
public:
    explicit ReportQueries(Database &db) : m_db(db) {}

    // Referrals received in the period, per referring party: every active party (zeros
    // included, so a silent party shows) plus inactive ones that referred someone.
    QList<ReportCount> referralsPerParty(QDate first, QDate last) const;
    // Decisions made in the period per kind code ('offer', 'waiting_list', 'decline', 'postpone').
    QMap<QString, int> decisionsPerKind(QDate first, QDate last) const;
    int consultations(QDate first, QDate last) const;
    // Enrollments whose start date is in the period, per programme (all active programmes).
    QList<ReportCount> enrollmentsStartedPerProgramme(QDate first, QDate last) const;
    // Exits in the period per exit reason: every active reason plus any other that was used;
    // 'error' reasons included here so the report can say how many it left out.
    QList<ReportCodeCount> exitsPerReason(QDate first, QDate last) const;
    // Enrollments open at the end of `day` (started on or before, not exited by then), per
    // programme, and the distinct individuals among them.
    QList<ReportCount> enrolledPerProgramme(QDate day) const;
    int individualsEnrolled(QDate day) const;
    // Waiting-list entries open at the end of `day`, per programme.
    QList<ReportCount> waitingPerProgramme(QDate day) const;
    int meetings(QDate first, QDate last) const;
    // Per calendar month ("yyyy-MM") in the period: enrollments started / exits.
    QMap<QString, int> startsPerMonth(QDate first, QDate last) const;
    QMap<QString, int> exitsPerMonth(QDate first, QDate last) const;
    ReportReadierAnswers readierAnswers(QDate first, QDate last) const;
    int exitsToGroup(QDate first, QDate last, const QString &reportGroup) const;
    // For the period's exits: the first WHO-5 from 30 days before the start up to the exit,
    // and the last from the start up to 30 days after the exit, when they are two different
    // ratings on different days. `exitsConsidered` receives the number of exits looked at.
    QList<ReportWho5Pair> who5Pairs(QDate first, QDate last, int *exitsConsidered = nullptr) const;

    // The outcome table: individuals with an enrollment overlapping the period, in columns
    // by `grouping`, plus the total column (kTotalColumn) over distinct individuals. Age is
    // taken at the start of the individual's earliest overlapping enrollment (in that
    // programme, for the programme grouping); the referring party is that of the latest
    // referral received on or before the period's last day; events count when dated in
    // the period.
    QList<OutcomeColumnFigures> outcomeFigures(OutcomeGrouping grouping, QDate first, QDate last) const;
    // The gallring counts included in the figures of [first, last].
    ReportRetained retained(QDate first, QDate last) const;

private:
    // Retained counts of `measure` per key (or per month) in the months wholly inside [first, last].
    QMap<QString, int> keptPerKey(const QString &measure, QDate first, QDate last) const;
    QMap<QString, int> keptPerMonth(const QString &measure, QDate first, QDate last) const;
    QList<ReportCount> countsFrom(const QString &sql, const QVariantList &values) const;
    QMap<QString, int> mapFrom(const QString &sql, const QVariantList &values) const;

    Database &m_db;
};

} // namespace samsyn

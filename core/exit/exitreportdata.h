// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

class Database;

struct ExitReportGoal
{
    QString text;
    QString reached; // code of sip_goals.reached
};

struct ExitReportAction
{
    QString party; // the party's name; empty when none was named
    QString contact;
    QString what;
    QDate start;
    QDate due;
    QString status; // code of sip_actions.status
};

// A rating at the start of the period and the latest one in it.
struct ExitReportMeasure
{
    QString instrument; // who5 / kasam13 / kasam29
    QDate startDate;
    int startTotal = 0;
    QDate latestDate; // invalid when there was only one rating
    int latestTotal = 0;
};

// Everything the slutdokumentation says, with names and code labels already resolved to
// text. It is gathered from the enrollment's data each time a draft is printed (so the text
// fields stay editable until then); the final print stores it as JSON in exit_documents, and
// every later print rebuilds the document from that stored copy, so what was handed over
// never changes.
struct ExitReportData
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ExitReportData)
public:
    qint64 enrollmentId = 0;
    qint64 participantId = 0;
    QString name;
    QString identity;
    QString programme;
    QString coordinator;
    QDate start;
    QDate end;

    bool hasReferral = false;
    QString referringParty;
    QDate referredOn;
    QString referralReason;
    QString ownWish;

    QList<ExitReportGoal> goals;
    QList<ExitReportAction> actions;

    int sessions = 0; // group sessions while the person belonged to a group in the period
    int present = 0;
    int absentNotified = 0;
    int absent = 0;

    QList<ExitReportMeasure> measures;

    QString exitReason;
    QString occupationAfter;
    QStringList incomeAfter;
    std::optional<int> extentPercent;
    std::optional<bool> readier;
    QString onwardPlan;
    QString handoverParty;
    QString handoverContact;
    bool sipContinues = false;
    QString ownView;
    QDate followup1Due;
    QDate followup2Due;

    QString writtenBy;
    QDateTime writtenAt;
    bool final = false;

    // From the team file; throws Error(NotFound) when the enrollment is missing or has not
    // ended (a slutdokumentation describes a finished stay).
    static ExitReportData gather(Database &db, qint64 enrollmentId);

    QByteArray toJson() const;
    // Throws Error(Corrupt) when the stored text is not a slutdokumentation.
    static ExitReportData fromJson(const QByteArray &json);
};

} // namespace samsyn

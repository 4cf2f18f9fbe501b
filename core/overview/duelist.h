// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace samsyn {

class Database;

// One line of Översikt: what is due, for whom, when, and which tab of the participant card
// opens it ("sip", "exit", "enrollment", ...; empty for team-level lines such as capacity).
struct DueItem
{
    QString kind; // stable word: sip_followup, past_planned_end, exit_followup, capacity, ...
    std::optional<qint64> participantId;
    QDate date;
    QString text;
    QString tab;
};

// The list of what is due today. Each rule is a function over the file and the day, so a
// feature adds its own rule (the consent rule comes with the referrals branch) without
// touching the others. Rules take `today` from the caller, never from the wall clock.
// Kinds: sip_followup, past_planned_end, exit_followup, capacity, consent_expiring,
// consent_withdrawn, referral_waiting, referral_no_consent, next_meeting.
class DueList
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DueList)

public:
    using Rule = std::function<QList<DueItem>(Database &db, QDate today)>;

    static constexpr int kSipDays = 14;
    static constexpr int kConsentDays = 30;

    // The standard rules of this branch, in Översikt's order.
    static QList<Rule> standardRules();
    // All items of all rules, sorted by date (oldest first), team-level lines last.
    static QList<DueItem> compute(Database &db, QDate today, const QList<Rule> &rules = standardRules());

    static QList<DueItem> sipFollowups(Database &db, QDate today);
    static QList<DueItem> pastPlannedEnd(Database &db, QDate today);
    static QList<DueItem> exitFollowups(Database &db, QDate today);
    static QList<DueItem> capacity(Database &db, QDate today);

    // Consents that end within kConsentDays (unless renewed, and not for people who have
    // left) or were withdrawn in the last kConsentDays (duelistreferrals.cpp).
    static QList<DueItem> consents(Database &db, QDate today);
    // Undecided referrals: waiting for the next meeting when the person's consent covers its
    // day, otherwise blocked by the consent gate.
    static QList<DueItem> referralsWaiting(Database &db, QDate today);
    // The next meeting (today's included), with how many referrals wait for it.
    static QList<DueItem> nextMeeting(Database &db, QDate today);
};

} // namespace samsyn

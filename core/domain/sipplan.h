// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

struct SipMeetingParticipant
{
    QString name;
    QString organisation;
    QString role;
    QString kind = QStringLiteral("team_member"); // person / relative / team_member / case_officer
    friend bool operator==(const SipMeetingParticipant &, const SipMeetingParticipant &) = default;
};

struct SipGoal
{
    QString text;
    QString reached = QStringLiteral("not_assessed"); // not_assessed / not / partly / fully
    friend bool operator==(const SipGoal &, const SipGoal &) = default;
};

struct SipAction
{
    QString what;
    std::optional<qint64> partyId;
    QString contact;
    QDate start;
    QDate due;
    QString status = QStringLiteral("planned"); // planned / ongoing / done / cancelled
    friend bool operator==(const SipAction &, const SipAction &) = default;
};

// One entry of a plan's follow-up log: the follow-up meeting that wrote `version`.
struct SipFollowup
{
    QDate date;
    int version = 0;
    QString authorName; // empty when the author is unknown or no longer a member
    QString text;
};

// One version of a samordnad individuell plan. Version 1 is written at the first SIP meeting;
// each follow-up writes the next version from the current one, and the earlier version is
// superseded and never changes again (the schema refuses it), so it prints as it was.
struct SipVersion
{
    qint64 id = 0;
    qint64 planId = 0;
    int version = 1;
    QDate meetingDate;
    QString ownDescription; // "vad är viktigt för mig", in the person's words
    QString needs;
    QString ownActions;    // what the person does
    QString othersActions; // what others than municipality and region do (FK, Af)
    std::optional<qint64> leadPartyId;
    QString leadContact;
    bool consentGiven = false;
    QDate nextFollowup; // default meeting date + the team's months (3)
    bool superseded = false;
    QList<SipMeetingParticipant> participants;
    QList<SipGoal> goals;
    QList<SipAction> actions;
    friend bool operator==(const SipVersion &, const SipVersion &) = default;
};

} // namespace samsyn

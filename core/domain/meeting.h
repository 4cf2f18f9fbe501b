// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace samsyn {

// Someone at a meeting: a team member (shown with their party) or a guest.
struct MeetingAttendee
{
    std::optional<qint64> memberId;
    QString guestName;
    QString guestOrganisation;

    friend bool operator==(const MeetingAttendee &, const MeetingAttendee &) = default;
};

// A remissgrupp / samverkansteam meeting. Its agenda items and assessments are separate
// records (AgendaItem, ReferralAssessment) so meeting mode can save one item at a time.
struct Meeting
{
    qint64 id = 0;
    QDate date;
    QTime startTime = QTime(9, 0);
    QString place;
    std::optional<qint64> chairId;
    std::optional<qint64> seriesId;
    QString notes;
    QList<MeetingAttendee> attendees;

    friend bool operator==(const Meeting &, const Meeting &) = default;
};

// Every N weeks on a weekday from firstDate to lastDate: the meetings of a season.
struct MeetingSeries
{
    int weekday = 1; // Qt::Monday .. Qt::Sunday
    int intervalWeeks = 3;
    QDate firstDate;
    QDate lastDate;
    QTime startTime = QTime(9, 0);
    QString place;
    std::optional<qint64> chairId;
};

enum class AgendaKind { NewReferral, PostponedReferral, Consultation, FollowUp, Other };

struct AgendaKinds
{
    static QString code(AgendaKind kind);
    static std::optional<AgendaKind> fromCode(const QString &code);
    static bool isReferral(AgendaKind kind) { return kind == AgendaKind::NewReferral || kind == AgendaKind::PostponedReferral; }
};

// One line of a meeting's agenda, in `position` order.
struct AgendaItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    AgendaKind kind = AgendaKind::Other;
    int position = 0;
    std::optional<qint64> referralId;
    std::optional<qint64> consultationId;
    std::optional<qint64> participantId; // follow-ups
    QString text;

    friend bool operator==(const AgendaItem &, const AgendaItem &) = default;
};

} // namespace samsyn

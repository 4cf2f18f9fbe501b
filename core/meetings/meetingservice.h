// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/meeting.h"
#include "domain/referral.h"

#include <QCoreApplication>
#include <QList>

namespace samsyn {

class Database;
class TeamFile;

// Meetings and their agendas: recurring series, the consent gate for assessment, and the
// agenda that fills itself. Each public call is one write through the team file.
class MeetingService
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MeetingService)

public:
    static constexpr int kMaxSeriesMeetings = 120;

    struct FillResult
    {
        QList<qint64> added;            // referral ids put on the agenda
        QList<qint64> missingConsent;   // waiting referrals left off: no valid consent that day
    };

    explicit MeetingService(TeamFile &team) : m_team(team) {}

    qint64 save(Meeting &meeting);
    // Creates the series' meetings ahead (dates where a meeting at that time exists are
    // skipped); returns how many were created.
    int createSeries(const MeetingSeries &series);

    // Puts a referral on the agenda for assessment; throws Validation (saying why) when the
    // consent gate or the referral's state forbids it.
    qint64 putOnAgenda(qint64 meetingId, qint64 referralId);
    // Adds every referral waiting for assessment or postponed that passes the gate.
    FillResult fillAgenda(qint64 meetingId);
    qint64 addItem(AgendaItem &item);
    void removeItem(qint64 itemId);
    void moveItem(qint64 itemId, int position);

    // The gate: throws Validation unless the referral may be assessed at a meeting on `day`.
    static void checkAssessable(Database &db, const Referral &referral, QDate day);
    // The dates of a series: the first `weekday` on or after firstDate, then every N weeks.
    static QList<QDate> seriesDates(const MeetingSeries &series);

private:
    TeamFile &m_team;
};

} // namespace samsyn

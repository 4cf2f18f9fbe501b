// SPDX-License-Identifier: EUPL-1.2
// Demo stage: a referral and a consent for every demo participant, a meeting every third
// Tuesday over the years, and each referral decided at the first meeting after it came in,
// with a decision that matches the status the participants stage gave the person. About a
// fifth as many consultations as referrals fill the meetings out (KRUS: ~70 a year in all).
#include "demo/demogenerator.h"
#include "demo/demostages.h"
#include "demo/demoteam.h"

#include "domain/participant.h"
#include "meetings/meetingservice.h"
#include "storage/referralassessmentrepository.h"
#include "storage/consentrepository.h"
#include "storage/consultationrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"
#include "storage/waitinglistrepository.h"
#include "teamfile.h"

#include <QMap>

namespace samsyn {

namespace {

struct DemoPools
{
    QList<qint64> parties;
    QList<qint64> programmes;
    QList<qint64> coordinators;
    std::optional<qint64> chair; // the team's coordinator chairs every meeting
};

template<typename T>
T pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

QList<QDate> demoMeetingDates(TeamFile &team, const DemoContext &context, const DemoPools &pools)
{
    // One series per year keeps each under MeetingService::kMaxSeriesMeetings.
    for (QDate from = context.firstDay; from <= context.today.addDays(21); from = from.addYears(1)) {
        MeetingSeries series;
        series.weekday = Qt::Tuesday;
        series.intervalWeeks = 3;
        series.firstDate = from;
        series.lastDate = std::min(from.addYears(1).addDays(-1), context.today.addDays(21));
        series.startTime = QTime(13, 0);
        series.place = QStringLiteral("Samverkansrummet");
        series.chairId = pools.chair;
        MeetingService(team).createSeries(series);
    }
    QList<QDate> dates;
    for (const Meeting &m : MeetingRepository(team.database()).between(context.firstDay, context.today.addDays(21)))
        dates << m.date;
    return dates;
}

// The whole team but one, a different one each time (leave, illness): a protocol lists who
// came. Derived from the meeting's number, not the random generator, so the rest of the
// demo history stays as it was.
QList<MeetingAttendee> demoAttendees(const QList<qint64> &members, int meetingNumber)
{
    QList<MeetingAttendee> attendees;
    for (int i = 0; i < members.size(); ++i) {
        if (members.size() < 3 || i != meetingNumber % members.size())
            attendees << MeetingAttendee{members.at(i), {}, {}};
    }
    return attendees;
}

// The decision that leads to the status the person has now.
ReferralAssessment demoDecision(const Participant &p, const DemoPools &pools, QDate meetingDay, QRandomGenerator &random)
{
    ReferralAssessment a;
    for (int q = 0; q < 3; ++q)
        a.answers[q] = random.bounded(10) < 8 ? Answer::Yes : Answer::Unclear;
    a.decidedOn = meetingDay;
    switch (p.status) {
    case ParticipantStatus::Waiting:
        a.decision = DecisionKind::WaitingList;
        a.programmeId = pick(random, pools.programmes);
        break;
    case ParticipantStatus::Exited:
        if (random.bounded(5) == 0) {
            a.decision = DecisionKind::Decline;
            a.answers[0] = Answer::No;
            a.recommendation = QStringLiteral("Åter till remitterande part: pröva först insatser inom ordinarie verksamhet.");
            break;
        }
        Q_FALLTHROUGH();
    default:
        a.decision = DecisionKind::Offer;
        a.programmeId = pick(random, pools.programmes);
        a.coordinatorId = p.coordinatorId ? p.coordinatorId : std::optional<qint64>(pick(random, pools.coordinators));
        a.plannedStart = meetingDay.addDays(7 + random.bounded(14));
        break;
    }
    return a;
}

void demoReferralFor(WriteContext &ctx, const Participant &p, QDate received, const DemoPools &pools, QRandomGenerator &random)
{
    Referral r;
    r.participantId = p.id;
    r.receivedOn = received;
    r.referringPartyId = pick(random, pools.parties);
    r.handlerName = QStringLiteral("Handläggare %1").arg(random.bounded(1, 40));
    r.reason = QStringLiteral("Långvarigt behov av samordnat stöd mot arbete eller studier.");
    r.triedAlready = QStringLiteral("Ordinarie insatser hos remitterande part.");
    r.ownWish = QStringLiteral("Vill komma vidare mot arbete.");
    r.attachments = {QStringLiteral("Samtycke"), QStringLiteral("Aktualiseringsblankett")};
    r.programmeId = pick(random, pools.programmes);
    ReferralRepository::insert(ctx, r);
    Consent c;
    c.participantId = p.id;
    c.givenOn = received;
    c.validUntil = received.addYears(2);
    c.partyIds = pools.parties;
    ConsentRepository::insert(ctx, c);
}

} // namespace

void demoReferralsAndMeetings(DemoContext &context)
{
    TeamFile &team = context.team;
    const SettingsRepository settings(team.database());
    DemoPools pools;
    for (const Party &party : settings.parties())
        pools.parties << party.id;
    for (const Programme &programme : settings.programmes())
        pools.programmes << programme.id;
    for (const Member &member : settings.members()) {
        pools.coordinators << member.id;
        if (!pools.chair && member.role == DemoTeam::coordinatorRole())
            pools.chair = member.id;
    }
    if (pools.parties.isEmpty() || pools.programmes.isEmpty() || pools.coordinators.isEmpty())
        return;

    const QList<QDate> dates = demoMeetingDates(team, context, pools);
    // Referrals grouped by the first meeting at least a week after they came in.
    QMap<QDate, QList<qint64>> byMeeting;
    team.write(QStringLiteral("demo.referrals"), [&](WriteContext &ctx) {
        const ParticipantRepository participants(ctx.db());
        for (auto it = context.referred.cbegin(); it != context.referred.cend(); ++it) {
            const std::optional<Participant> p = participants.get(it.key());
            if (!p)
                continue;
            demoReferralFor(ctx, *p, it.value(), pools, context.random);
            const auto next = std::find_if(dates.cbegin(), dates.cend(), [&](QDate d) { return d >= it.value().addDays(7); });
            if (next != dates.cend() && *next <= context.today && p->status != ParticipantStatus::Referred)
                byMeeting[*next] << it.key();
        }
    });

    int meetingNumber = 0;
    for (auto it = byMeeting.cbegin(); it != byMeeting.cend(); ++it) {
        team.write(QStringLiteral("demo.meeting"), [&](WriteContext &ctx) {
            Meeting meeting = *MeetingRepository(ctx.db()).onDate(it.key());
            meeting.attendees = demoAttendees(pools.coordinators, meetingNumber++);
            MeetingRepository::save(ctx, meeting);
            const ParticipantRepository participants(ctx.db());
            for (qint64 participantId : it.value()) {
                const Participant p = *participants.get(participantId);
                const Referral referral = ReferralRepository(ctx.db()).forParticipant(participantId).constLast();
                AgendaItem item;
                item.meetingId = meeting.id;
                item.kind = AgendaKind::NewReferral;
                item.position = -1;
                item.referralId = referral.id;
                MeetingRepository::addAgendaItem(ctx, item);
                ReferralAssessment a = demoDecision(p, pools, meeting.date, context.random);
                a.agendaItemId = item.id;
                a.referralId = referral.id;
                ReferralAssessmentRepository::save(ctx, a);
                ReferralRepository::setStatus(ctx, referral.id, ReferralStatus::Decided);
                if (a.decision == DecisionKind::WaitingList) {
                    WaitingEntry entry{0, *a.programmeId, p.id, a.id, std::nullopt, meeting.date, std::nullopt, {}, {}, 0};
                    WaitingListRepository::add(ctx, entry);
                }
            }
            // Consultations: roughly one every other meeting.
            if (context.random.bounded(2) == 0) {
                Consultation c{0, meeting.date, pick(context.random, pools.parties), QStringLiteral("Handläggare"),
                               QStringLiteral("Person med oklar arbetsförmåga och flera kontakter: vilken väg framåt?"),
                               QStringLiteral("Föreslå SIP med berörda parter innan aktualisering.")};
                ConsultationRepository::save(ctx, c);
                AgendaItem item;
                item.meetingId = meeting.id;
                item.kind = AgendaKind::Consultation;
                item.position = -1;
                item.consultationId = c.id;
                MeetingRepository::addAgendaItem(ctx, item);
            }
        });
    }
}

} // namespace samsyn

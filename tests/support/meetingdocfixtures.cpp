// SPDX-License-Identifier: EUPL-1.2
#include "meetingdocfixtures.h"

#include "meetings/decisionservice.h"
#include "meetings/meetingservice.h"
#include "referrals/referralservice.h"
#include "storage/settingsrepository.h"
#include "storage/writepath.h"
#include "testidentities.h"

namespace samsyn::test {

const QDate ProtocolMeeting::kDay(2026, 11, 17);
const QDate ProtocolMeeting::kNextDay(2026, 12, 15);
const QString ProtocolMeeting::kSecrecy = QStringLiteral("Sekretess enligt OSL 26 kap. 1 §");
const QString ProtocolMeeting::kRecommendation = QStringLiteral("Pröva arbetsträning via Arbetsförmedlingen först.");
const QString ProtocolMeeting::kMissing = QStringLiteral("Läkarutlåtande från vårdcentralen saknas.");
const QString ProtocolMeeting::kConsultationHandler = QStringLiteral("Gunnel Åberg");
const QString ProtocolMeeting::kConsultationQuestion = QStringLiteral("Ung vuxen med oklar försörjning: vilken väg framåt?");
const QString ProtocolMeeting::kConsultationAdvice = QStringLiteral("Föreslå SIP med vården innan aktualisering.");
const QString ProtocolMeeting::kOtherBusiness = QStringLiteral("Planeringsdag i januari: förslag på datum tas fram.");

namespace {

struct Person
{
    QString given;
    QString family;
    QString party;
    QString handler;
};

ProtocolReferral refer(TempTeam &t, int n, const Person &who)
{
    Participant p;
    p.setIdentity(*Personnummer::parse(testPnr(n), QDate(2026, 1, 1)).value);
    p.givenName = who.given;
    p.familyName = who.family;
    Referral r;
    r.receivedOn = QDate(2026, 11, 2);
    r.referringPartyId = t.partyId(who.party);
    r.handlerName = who.handler;
    r.reason = QStringLiteral("Behöver samordnat stöd mot arbete");
    ReferralService(t.team()).create(r, &p);
    Consent c;
    c.participantId = r.participantId;
    c.givenOn = QDate(2026, 11, 2);
    c.validUntil = QDate(2027, 11, 1);
    c.partyIds = {r.referringPartyId};
    ReferralService(t.team()).recordConsent(c);
    return {r.id, r.participantId, who.given + QLatin1Char(' ') + who.family, p.identity, p.initials(), p.birthDate.year(),
            who.handler};
}

Meeting meetingOn(TempTeam &t, QDate day)
{
    Meeting m;
    m.date = day;
    m.startTime = QTime(13, 0);
    m.place = QStringLiteral("Kommunhuset, Åsele");
    m.chairId = t.memberId(QStringLiteral("Karin Koordinator"));
    for (const char *name : {"Karin Koordinator", "Farid Handläggare", "Anna Arbetsförmedlare", "Ruth Regionen"})
        m.attendees << MeetingAttendee{t.memberId(QString::fromUtf8(name)), {}, {}};
    m.attendees << MeetingAttendee{std::nullopt, QStringLiteral("Göran Älvström"), QStringLiteral("Vilhelmina socialtjänst")};
    MeetingService(t.team()).save(m);
    return m;
}

ReferralAssessment assess(qint64 itemId, DecisionKind kind, Answer first, const QString &comment)
{
    ReferralAssessment a;
    a.agendaItemId = itemId;
    a.answers[0] = first;
    a.answers[1] = Answer::Yes;
    a.answers[2] = Answer::Unclear;
    a.comments[0] = comment;
    a.decision = kind;
    return a;
}

} // namespace

ProtocolMeeting ProtocolMeeting::build(TempTeam &t)
{
    TeamInfo info = SettingsRepository(t->database()).teamInfo();
    info.secrecyMarking = kSecrecy;
    t->write(QStringLiteral("settings.team"), [&info](WriteContext &ctx) { SettingsRepository::setTeamInfo(ctx, info); });

    ProtocolMeeting pm;
    pm.referrals << refer(t, 1, {QStringLiteral("Åsa"), QStringLiteral("Öberg"), QStringLiteral("Försäkringskassan"), QStringLiteral("Lena Lindén")})
                 << refer(t, 2, {QStringLiteral("Märta"), QStringLiteral("Ängström"), QStringLiteral("Arbetsförmedlingen"), QStringLiteral("Per Persson")})
                 << refer(t, 3, {QStringLiteral("Örjan"), QStringLiteral("Åkesson"), QStringLiteral("Försäkringskassan"), QStringLiteral("Björn Fäger")})
                 << refer(t, 4, {QStringLiteral("Ärla"), QStringLiteral("Östlund"), QStringLiteral("Region Test"), QStringLiteral("Sara Sjö")})
                 << refer(t, 5, {QStringLiteral("Jöns"), QStringLiteral("Ek"), QStringLiteral("Åsele"), QStringLiteral("Tor Tå")});
    pm.meetingId = meetingOn(t, kDay).id;
    pm.nextMeetingId = meetingOn(t, kNextDay).id;

    MeetingService meetings(t.team());
    QList<qint64> items;
    for (const ProtocolReferral &r : pm.referrals)
        items << meetings.putOnAgenda(pm.meetingId, r.referralId);
    Consultation c;
    c.heldOn = kDay;
    c.partyId = t.partyId(QStringLiteral("Arbetsförmedlingen"));
    c.handlerName = kConsultationHandler;
    c.question = kConsultationQuestion;
    c.advice = kConsultationAdvice;
    ReferralService(t.team()).recordConsultation(c);
    AgendaItem consultation;
    consultation.meetingId = pm.meetingId;
    consultation.kind = AgendaKind::Consultation;
    consultation.position = -1;
    consultation.consultationId = c.id;
    meetings.addItem(consultation);
    AgendaItem other;
    other.meetingId = pm.meetingId;
    other.kind = AgendaKind::Other;
    other.position = -1;
    other.text = kOtherBusiness;
    meetings.addItem(other);

    DecisionService decisions(t.team());
    ReferralAssessment offer = assess(items[0], DecisionKind::Offer, Answer::Yes, QStringLiteral("Har prövat praktik via Af"));
    offer.programmeId = t.programmeId(QStringLiteral("Steget"));
    offer.coordinatorId = t.memberId(QStringLiteral("Karin Koordinator"));
    offer.plannedStart = QDate(2026, 12, 1);
    decisions.decide(offer);
    ReferralAssessment waiting = assess(items[1], DecisionKind::WaitingList, Answer::Yes, QString());
    waiting.programmeId = t.programmeId(QStringLiteral("Gruppen"));
    decisions.decide(waiting);
    ReferralAssessment decline = assess(items[2], DecisionKind::Decline, Answer::No, QStringLiteral("Ordinarie insatser är inte prövade"));
    decline.recommendation = kRecommendation;
    decisions.decide(decline);
    ReferralAssessment postpone = assess(items[3], DecisionKind::Postpone, Answer::Unclear, QString());
    postpone.missing = kMissing;
    decisions.decide(postpone);
    ReferralAssessment undecided = assess(items[4], DecisionKind::Offer, Answer::Yes, QStringLiteral("Diskuteras igen"));
    decisions.saveAnswers(undecided);
    return pm;
}

} // namespace samsyn::test

// SPDX-License-Identifier: EUPL-1.2
#include "sipexitfixtures.h"

#include "domain/participant.h"
#include "referralfixtures.h"
#include "storage/assessmentrepository.h"
#include "storage/attendancerepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "storage/siprepository.h"

namespace samsyn::test {

namespace {

SipVersion planOne(TempTeam &t)
{
    SipVersion v;
    v.meetingDate = QDate(2026, 1, 20);
    v.ownDescription = QStringLiteral("Jag vill orka arbeta och känna mig trygg på dagarna.");
    v.needs = QStringLiteral("Stöd från vården och en arbetsträningsplats nära hemmet.");
    v.ownActions = QStringLiteral("Jag kommer till gruppen tre förmiddagar i veckan.");
    v.othersActions = QStringLiteral("Försäkringskassan stämmer av sjukpenningen vid varje uppföljning.");
    v.leadPartyId = t.partyId(QStringLiteral("Åsele"));
    v.leadContact = QStringLiteral("Karin Koordinator");
    v.consentGiven = true;
    v.participants << SipMeetingParticipant{QStringLiteral("Åsa Öberg"), QString(), QStringLiteral("Den planen gäller"), QStringLiteral("person")}
                   << SipMeetingParticipant{QStringLiteral("Farid Handläggare"), QStringLiteral("Försäkringskassan"),
                                            QStringLiteral("Handläggare"), QStringLiteral("case_officer")};
    v.goals << SipGoal{QStringLiteral("Arbetsträna 25 % på en arbetsplats jag väljer"), QStringLiteral("not_assessed")}
            << SipGoal{QStringLiteral("Sova bättre och orka mer"), QStringLiteral("not_assessed")};
    v.actions << SipAction{QStringLiteral("Arbetsträning med handledare"), t.partyId(QStringLiteral("Arbetsförmedlingen")),
                           QStringLiteral("Anna Arbetsförmedlare"), QDate(2026, 2, 1), QDate(2026, 6, 30), QStringLiteral("planned")}
              << SipAction{QStringLiteral("Samtal hos kurator varannan vecka"), t.partyId(QStringLiteral("Region Test")),
                           QStringLiteral("Ruth Regionen"), QDate(2026, 2, 1), QDate(2026, 9, 30), QStringLiteral("ongoing")};
    return v;
}

void rate(WriteContext &ctx, qint64 p, QDate date, Instrument instrument, QList<int> items, std::optional<int> total = {})
{
    Assessment a;
    a.participantId = p;
    a.date = date;
    a.instrument = instrument;
    a.items = items;
    a.total = total;
    AssessmentRepository::add(ctx, a);
}

} // namespace

StayFixture::StayFixture(TempTeam &team, int n) : t(team)
{
    Referral r = ReferralFixtures(t).referral(n, QStringLiteral("Försäkringskassan"), QDate(2025, 12, 1));
    participantId = r.participantId;
    t->write(QStringLiteral("participant.update"), [&](WriteContext &ctx) {
        Participant p = *ParticipantRepository(ctx.db()).get(participantId);
        p.givenName = QStringLiteral("Åsa");
        p.familyName = QStringLiteral("Öberg");
        ParticipantRepository::update(ctx, p);
        r.reason = QStringLiteral("Lång sjukskrivning, behöver samordnat stöd för att närma sig arbete.");
        r.ownWish = QStringLiteral("Vill hitta ett arbete där jag får använda händerna.");
        ReferralRepository::update(ctx, r);
    });
    pnr = ParticipantRepository(t->database()).get(participantId)->identity;

    Enrollment e;
    e.participantId = participantId;
    e.programmeId = t.programmeId(QStringLiteral("Gruppen"));
    e.startDate = QDate(2026, 1, 12);
    e.coordinatorId = t.memberId(QStringLiteral("Karin Koordinator"));
    SipVersion v = planOne(t);
    t->write(QStringLiteral("enrollment.create"), [&](WriteContext &ctx) {
        enrollmentId = EnrollmentRepository::enrol(ctx, e);
        planId = SipRepository::createPlan(ctx, participantId, enrollmentId, v);
        const qint64 group = AttendanceRepository::addActivity(ctx, QStringLiteral("Gruppen"), QStringLiteral("135"), QStringLiteral("09:00"));
        AttendanceRepository::addMember(ctx, group, participantId, QDate(2026, 1, 12));
        const QStringList marks{QStringLiteral("present"), QStringLiteral("present"), QStringLiteral("absent_notified"),
                                QStringLiteral("present"), QStringLiteral("present")};
        for (int i = 0; i < marks.size(); ++i)
            AttendanceRepository::mark(ctx, AttendanceRepository::addSession(ctx, group, QDate(2026, 2, 2).addDays(2 * i)), participantId,
                                       marks[i]);
        rate(ctx, participantId, QDate(2026, 1, 14), Instrument::Who5, {2, 1, 2, 2, 1});  // raw 8 = 32 %
        rate(ctx, participantId, QDate(2026, 10, 20), Instrument::Who5, {3, 3, 3, 3, 2}); // raw 14 = 56 %
        rate(ctx, participantId, QDate(2026, 1, 14), Instrument::Kasam13, {}, 50);
        rate(ctx, participantId, QDate(2026, 10, 20), Instrument::Kasam13, {}, 61);
    });
}

SipVersion StayFixture::followUp(QDate date, const QString &log)
{
    SipVersion next;
    t->write(QStringLiteral("sip.followup"), [&](WriteContext &ctx) {
        next = SipRepository::followUp(ctx, planId, date, log, t.memberId(QStringLiteral("Karin Koordinator")));
    });
    return next;
}

void StayFixture::exit()
{
    SipVersion v = *SipRepository(t->database()).current(planId);
    v.goals[0].reached = QStringLiteral("fully");
    v.goals[1].reached = QStringLiteral("partly");
    v.actions[0].status = QStringLiteral("done");
    EnrollmentExit x;
    x.endDate = QDate(2026, 10, 30);
    x.reason = QStringLiteral("arbete");
    x.occupationAfter = QStringLiteral("forvarvsarbete");
    x.incomeAfter = {QStringLiteral("lon")};
    x.extentPercent = 50;
    x.readier = true;
    x.onwardPlan = QStringLiteral("Fortsätter på snickeriet med lönebidrag; Arbetsförmedlingen följer upp.");
    x.handoverPartyId = t.partyId(QStringLiteral("Arbetsförmedlingen"));
    x.handoverContact = QStringLiteral("Anna Arbetsförmedlare");
    x.ownView = QStringLiteral("Jag är stolt över att jag klarade det. Gruppen betydde mycket.");
    t->write(QStringLiteral("enrollment.exit"), [&](WriteContext &ctx) {
        SipRepository::updateCurrent(ctx, v);
        EnrollmentRepository::exit(ctx, enrollmentId, x);
    });
}

} // namespace samsyn::test

// SPDX-License-Identifier: EUPL-1.2
#include "participanthistory.h"

#include "participantfactory.h"
#include "storage/assessmentrepository.h"
#include "storage/attendancerepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/siprepository.h"

namespace samsyn::test {

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void rate(TempTeam &t, qint64 participant, const char *date, Instrument instrument, QList<int> items, std::optional<int> total,
          const QString &step = {})
{
    Assessment a;
    a.participantId = participant;
    a.date = d(date);
    a.instrument = instrument;
    a.items = std::move(items);
    a.total = total;
    a.step = step;
    t->write(QStringLiteral("assessment.add"), [&](WriteContext &ctx) { AssessmentRepository::add(ctx, a); });
}

SipVersion firstPlan(TempTeam &t)
{
    const qint64 fk = t.partyId(QStringLiteral("Försäkringskassan"));
    const qint64 af = t.partyId(QStringLiteral("Arbetsförmedlingen"));
    const qint64 region = t.partyId(QStringLiteral("Region Test"));
    SipVersion v;
    v.meetingDate = d("2026-02-16");
    v.ownDescription = QStringLiteral("Jag vill orka en vanlig vecka och hitta ett arbete med djur. Det viktigaste för mig "
                                      "är att sova bättre och att inte behöva berätta allt för alla igen.");
    v.goals = {SipGoal{QStringLiteral("Komma till gruppen tre förmiddagar i veckan"), QStringLiteral("not_assessed")},
               SipGoal{QStringLiteral("Prova arbetsträning på ett stall under våren"), QStringLiteral("not_assessed")}};
    v.needs = QStringLiteral("Stöd med dygnsrytm och sömn, samordnade kontakter, en person att ringa.");
    v.actions = {SipAction{QStringLiteral("Samtal om sömn och oro"), region, QStringLiteral("Ruth Regionen"), d("2026-02-20"),
                           d("2026-05-31"), QStringLiteral("ongoing")},
                 SipAction{QStringLiteral("Kartläggning och arbetsträning"), af, QStringLiteral("Anna Arbetsförmedlare"),
                           d("2026-03-02"), d("2026-08-31"), QStringLiteral("planned")},
                 SipAction{QStringLiteral("Utreda aktivitetsersättning"), fk, QStringLiteral("Farid Handläggare"), d("2026-02-16"),
                           d("2026-04-30"), QStringLiteral("planned")}};
    v.ownActions = QStringLiteral("Gå upp före åtta på gruppdagarna. Säga till om det blir för mycket.");
    v.othersActions = QStringLiteral("Försäkringskassan utreder ersättningen; Arbetsförmedlingen ordnar praktikplatsen.");
    v.leadPartyId = region;
    v.leadContact = QStringLiteral("Ruth Regionen, 0940-123 45");
    v.consentGiven = true;
    v.participants = {SipMeetingParticipant{QStringLiteral("Sara Lindqvist"), QString(), QString(), QStringLiteral("person")},
                      SipMeetingParticipant{QStringLiteral("Karin Koordinator"), QStringLiteral("Samverkansteamet"),
                                            QStringLiteral("Koordinator"), QStringLiteral("team_member")},
                      SipMeetingParticipant{QStringLiteral("Farid Handläggare"), QStringLiteral("Försäkringskassan"),
                                            QStringLiteral("Handläggare"), QStringLiteral("case_officer")},
                      SipMeetingParticipant{QStringLiteral("Ruth Regionen"), QStringLiteral("Region Test"),
                                            QStringLiteral("Kurator"), QStringLiteral("case_officer")}};
    return v;
}

} // namespace

ParticipantHistory addParticipantHistory(TempTeam &t, int identity)
{
    ParticipantHistory h;
    Participant p = makeParticipant(identity, QStringLiteral("Sara"), QStringLiteral("Lindqvist"), ParticipantStatus::Waiting);
    p.coordinatorId = t.memberId(QStringLiteral("Karin Koordinator"));
    p.municipalityId = t.municipalityId(QStringLiteral("Vilhelmina"));
    h.participantId = insertParticipants(t.team(), {p}).first();

    Enrollment e;
    e.participantId = h.participantId;
    e.programmeId = t.programmeId(QStringLiteral("Steget"));
    e.startDate = d("2026-02-02");
    e.coordinatorId = p.coordinatorId;
    e.method = QStringLiteral("kombination");
    t->write(QStringLiteral("enrollment.create"), [&](WriteContext &ctx) { EnrollmentRepository::enrol(ctx, e); });
    h.enrollmentId = e.id;

    SipVersion v = firstPlan(t);
    t->write(QStringLiteral("sip.create"),
             [&](WriteContext &ctx) { h.planId = SipRepository::createPlan(ctx, h.participantId, h.enrollmentId, v); });
    SipVersion second;
    t->write(QStringLiteral("sip.followup"), [&](WriteContext &ctx) {
        second = SipRepository::followUp(ctx, h.planId, d("2026-05-19"), QStringLiteral("Sömnen bättre, gruppen fungerar."),
                                         t.memberId(QStringLiteral("Karin Koordinator")));
    });
    second.goals[0].reached = QStringLiteral("partly");
    second.actions[0].status = QStringLiteral("done");
    second.actions[2].status = QStringLiteral("done");
    second.actions[1].status = QStringLiteral("ongoing");
    second.nextFollowup = d("2026-11-30");
    t->write(QStringLiteral("sip.update"), [&](WriteContext &ctx) { SipRepository::updateCurrent(ctx, second); });

    t->write(QStringLiteral("attendance.setup"), [&](WriteContext &ctx) {
        h.activityId = AttendanceRepository::addActivity(ctx, QStringLiteral("Morgongruppen"), QStringLiteral("135"),
                                                         QStringLiteral("09:00"));
        AttendanceRepository::addMember(ctx, h.activityId, h.participantId, d("2026-03-02"));
        const char *const dates[] = {"2026-10-26", "2026-10-28", "2026-10-30", "2026-11-02",
                                     "2026-11-04", "2026-11-06", "2026-11-09", "2026-11-11"};
        const char *const marks[] = {"present", "present", "absent_notified", "present",
                                     "present", "absent", "present", "present"};
        for (int i = 0; i < 8; ++i) {
            const qint64 session = AttendanceRepository::addSession(ctx, h.activityId, d(dates[i]));
            AttendanceRepository::mark(ctx, session, h.participantId, QString::fromLatin1(marks[i]));
        }
    });

    rate(t, h.participantId, "2026-02-16", Instrument::Who5, {1, 2, 2, 1, 3}, std::nullopt); // 9 -> 36 %
    rate(t, h.participantId, "2026-05-19", Instrument::Who5, {2, 2, 3, 2, 3}, std::nullopt); // 12 -> 48 %
    rate(t, h.participantId, "2026-11-10", Instrument::Who5, {3, 3, 3, 2, 3}, std::nullopt); // 14 -> 56 %
    rate(t, h.participantId, "2026-02-16", Instrument::Kasam13, {}, 52);
    rate(t, h.participantId, "2026-11-10", Instrument::Kasam13, {}, 61);
    rate(t, h.participantId, "2026-02-16", Instrument::Steps, {}, std::nullopt, QStringLiteral("steg_1"));
    rate(t, h.participantId, "2026-05-19", Instrument::Steps, {}, std::nullopt, QStringLiteral("steg_2"));
    rate(t, h.participantId, "2026-09-01", Instrument::Steps, {}, std::nullopt, QStringLiteral("steg_3"));
    return h;
}

} // namespace samsyn::test

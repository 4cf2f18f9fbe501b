// SPDX-License-Identifier: EUPL-1.2
#include "extractfixtures.h"

#include "meetings/decisionservice.h"
#include "notefixtures.h"
#include "meetings/meetingservice.h"
#include "referralfixtures.h"
#include "referrals/referralservice.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"

namespace samsyn::test {

const QString ExtractFixture::kFirstNote = QStringLiteral("Första samtalet: vi pratade om vad som är viktigt för Åsa.");
const QString ExtractFixture::kSecondNote = QStringLiteral("Telefon: arbetsträningen på snickeriet börjar på måndag.");
const QString ExtractFixture::kOtherNote = QStringLiteral("Märtas egen anteckning som aldrig får synas hos någon annan.");
const QString ExtractFixture::kOtherName = QStringLiteral("Märta Ängström");

ExtractFixture::ExtractFixture(TempTeam &t) : stay(t)
{
    ReferralFixtures referrals(t);
    referrals.consent(stay.participantId, QDate(2025, 12, 1), QDate(2027, 11, 30));
    const qint64 meeting = referrals.meeting(QDate(2025, 12, 9));
    const qint64 referralId = ReferralRepository(t->database()).forParticipant(stay.participantId).constFirst().id;
    ReferralAssessment offer;
    offer.agendaItemId = MeetingService(t.team()).putOnAgenda(meeting, referralId);
    for (int q = 0; q < 3; ++q)
        offer.answers[q] = Answer::Yes;
    offer.comments[ReferralAssessment::Wants] = QStringLiteral("Åsa vill börja så snart som möjligt.");
    offer.decision = DecisionKind::Offer;
    offer.programmeId = t.programmeId(QStringLiteral("Steget"));
    offer.coordinatorId = t.memberId(QStringLiteral("Karin Koordinator"));
    offer.plannedStart = QDate(2026, 1, 12);
    DecisionService(t.team()).decide(offer);
    addNote(t, stay.participantId, QDate(2026, 1, 13), NoteKind::Individual, kFirstNote);
    addNote(t, stay.participantId, QDate(2026, 3, 4), NoteKind::Phone, kSecondNote);
    stay.exit();

    const Referral other = referrals.referral(12, QStringLiteral("Arbetsförmedlingen"), QDate(2026, 2, 2));
    otherId = other.participantId;
    t->write(QStringLiteral("participant.update"), [&](WriteContext &ctx) {
        Participant p = *ParticipantRepository(ctx.db()).get(otherId);
        p.givenName = QStringLiteral("Märta");
        p.familyName = QStringLiteral("Ängström");
        ParticipantRepository::update(ctx, p);
    });
    otherPnr = ParticipantRepository(t->database()).get(otherId)->identity;
    const Consent consent = referrals.consent(otherId, QDate(2026, 2, 2), QDate(2027, 2, 1));
    ReferralService(t.team()).withdrawConsent(consent.id, QDate(2026, 3, 1));
    addNote(t, otherId, QDate(2026, 2, 10), NoteKind::PartyContact, kOtherNote);
}

} // namespace samsyn::test

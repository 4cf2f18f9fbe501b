// SPDX-License-Identifier: EUPL-1.2
#include "referralfixtures.h"

#include "meetings/meetingservice.h"
#include "referrals/referralservice.h"
#include "storage/database.h"
#include "testidentities.h"

namespace samsyn::test {

Referral ReferralFixtures::referral(int n, const QString &party, QDate received)
{
    Participant p;
    p.setIdentity(*Personnummer::parse(testPnr(n), QDate(2026, 1, 1)).value);
    p.givenName = QStringLiteral("Åsa%1").arg(n);
    p.familyName = QStringLiteral("Öberg");
    Referral r;
    r.receivedOn = received;
    r.referringPartyId = m_t.partyId(party);
    r.handlerName = QStringLiteral("Handläggare %1").arg(n);
    r.reason = QStringLiteral("Behöver stöd mot arbete");
    r.programmeId = m_t.programmeId(QStringLiteral("Steget"));
    ReferralService(m_t.team()).create(r, &p);
    return r;
}

Consent ReferralFixtures::consent(qint64 participantId, QDate given, QDate validUntil)
{
    Consent c;
    c.participantId = participantId;
    c.givenOn = given;
    c.validUntil = validUntil;
    c.partyIds = {m_t.partyId(QStringLiteral("Försäkringskassan")), m_t.partyId(QStringLiteral("Arbetsförmedlingen"))};
    ReferralService(m_t.team()).recordConsent(c);
    return c;
}

qint64 ReferralFixtures::meeting(QDate date)
{
    Meeting m;
    m.date = date;
    m.place = QStringLiteral("Kommunhuset, Åsele");
    m.chairId = m_t.memberId(QStringLiteral("Karin Koordinator"));
    return MeetingService(m_t.team()).save(m);
}

qint64 ReferralFixtures::participantStatusCount(const QString &status)
{
    return m_t.team().database().scalar(QStringLiteral("SELECT count(*) FROM participants WHERE status = ?"), {status}).toLongLong();
}

} // namespace samsyn::test

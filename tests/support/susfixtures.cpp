// SPDX-License-Identifier: EUPL-1.2
#include "susfixtures.h"

#include "domain/consent.h"
#include "domain/enrollment.h"
#include "domain/referral.h"
#include "referrals/referralservice.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "testidentities.h"

#include <stdexcept>

namespace samsyn::test {

qint64 SusFixtures::person(int n, const QString &given, const QString &family, const QString &municipality,
                           bool protectedIdentity)
{
    Participant p;
    p.setIdentity(*Personnummer::fromStored(Personnummer::Kind::Personnummer, testPnr(n)));
    if (p.gender != (n % 2 == 0 ? Gender::Female : Gender::Male))
        throw std::runtime_error("the test personnummer list no longer alternates women and men");
    p.givenName = given;
    p.familyName = family;
    p.protectedIdentity = protectedIdentity;
    if (!municipality.isEmpty())
        p.municipalityId = m_t.municipalityId(municipality);
    m_t->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
    return p.id;
}

void SusFixtures::referral(qint64 participantId, const QString &party, QDate received, const QString &programme)
{
    Referral r;
    r.participantId = participantId;
    r.receivedOn = received;
    r.referringPartyId = m_t.partyId(party);
    r.programmeId = m_t.programmeId(programme);
    ReferralService(m_t.team()).create(r);
}

qint64 SusFixtures::registrationConsent(qint64 participantId, QDate given, QDate validUntil)
{
    Consent c;
    c.participantId = participantId;
    c.purpose = ConsentPurpose::FollowUpRegistration;
    c.givenOn = given;
    c.validUntil = validUntil;
    c.partyIds = {m_t.partyId(QStringLiteral("Försäkringskassan"))};
    return ReferralService(m_t.team()).recordConsent(c);
}

qint64 SusFixtures::enrol(qint64 participantId, const QString &programme, QDate start, const Start &values)
{
    Enrollment e;
    e.participantId = participantId;
    e.programmeId = m_t.programmeId(programme);
    e.startDate = start;
    e.registration = values.registration;
    e.incomeAtStart = values.income;
    e.occupation = values.occupation;
    e.education = values.education;
    e.supportTime = values.supportTime;
    m_t->write(QStringLiteral("enrollment.create"), [&](WriteContext &ctx) { EnrollmentRepository::enrol(ctx, e); });
    return e.id;
}

void SusFixtures::exit(qint64 enrollmentId, QDate end, const End &values)
{
    EnrollmentExit x;
    x.endDate = end;
    x.reason = values.reason;
    x.incomeAfter = values.income;
    x.occupationAfter = values.occupation;
    x.extentPercent = values.extent;
    m_t->write(QStringLiteral("enrollment.exit"), [&](WriteContext &ctx) { EnrollmentRepository::exit(ctx, enrollmentId, x); });
}

void SusFixtures::relabel(const QString &table, const QString &code, const QString &label)
{
    std::optional<CodeEntry> entry = SettingsRepository(m_t->database()).code(table, code);
    if (!entry)
        throw std::runtime_error("no such code");
    entry->label = label;
    m_t->write(QStringLiteral("settings.code"), [&](WriteContext &ctx) { SettingsRepository::saveCode(ctx, *entry); });
}

SusFixtures::Standard SusFixtures::standard()
{
    Standard s;
    s.anna = person(0, QStringLiteral("Anna"), QStringLiteral("Andersson"));
    referral(s.anna, QStringLiteral("Försäkringskassan"), QDate(2026, 2, 20));
    registrationConsent(s.anna, QDate(2026, 3, 1));
    s.annaSteget = enrol(s.anna, QStringLiteral("Steget"), QDate(2026, 3, 10),
                         Start{QStringLiteral("consent"), {QStringLiteral("aktivitetsersattning"), QStringLiteral("sjukpenning")},
                               QStringLiteral("sjukskriven"), QStringLiteral("gymnasial"), QStringLiteral("ar_1_2")});

    s.bo = person(1, QStringLiteral("Bo"), QStringLiteral("Berg"), QStringLiteral("Vilhelmina"));
    referral(s.bo, QStringLiteral("Arbetsförmedlingen"), QDate(2026, 7, 20));
    registrationConsent(s.bo, QDate(2026, 8, 3));
    s.boSteget = enrol(s.bo, QStringLiteral("Steget"), QDate(2026, 8, 3),
                       Start{QStringLiteral("consent"), {QStringLiteral("forsorjningsstod"), QStringLiteral("a_kassa")},
                             QStringLiteral("arbetssokande"), QStringLiteral("eftergymnasial_kort"), QStringLiteral("under_1")});

    s.cissi = person(2, QStringLiteral("Cissi"), QStringLiteral("Ek"), QStringLiteral("Åsele"), true);
    referral(s.cissi, QStringLiteral("Försäkringskassan"), QDate(2026, 1, 12));
    s.cissiSteget = enrol(s.cissi, QStringLiteral("Steget"), QDate(2026, 2, 1),
                          Start{QStringLiteral("anonymous_protected"), {QStringLiteral("sjukpenning")},
                                QStringLiteral("sjukskriven"), QStringLiteral("gymnasial"), QStringLiteral("ar_2_5")});
    exit(s.cissiSteget, QDate(2026, 9, 15), End{QStringLiteral("arbete"), {QStringLiteral("lon")}, QStringLiteral("forvarvsarbete"), 75});

    s.david = person(3, QStringLiteral("David"), QStringLiteral("Falk"));
    referral(s.david, QStringLiteral("Åsele"), QDate(2026, 1, 5), QStringLiteral("Gruppen"));
    registrationConsent(s.david, QDate(2026, 1, 15));
    s.davidGruppen = enrol(s.david, QStringLiteral("Gruppen"), QDate(2026, 1, 15));
    exit(s.davidGruppen, QDate(2026, 6, 30));

    // Incomplete on purpose: outside the period, so the export must not complain about it.
    s.eva = person(4, QStringLiteral("Eva"), QStringLiteral("Grön"), QString());
    s.evaGruppen = enrol(s.eva, QStringLiteral("Gruppen"), QDate(2026, 10, 1), Start{QStringLiteral("consent"), {}, {}, {}, {}});

    s.frida = person(6, QStringLiteral("Frida"), QStringLiteral("Holm"), QStringLiteral("Vilhelmina"));
    referral(s.frida, QStringLiteral("Region Test"), QDate(2026, 6, 1), QStringLiteral("Gruppen"));
    registrationConsent(s.frida, QDate(2026, 6, 20));
    s.fridaGruppen = enrol(s.frida, QStringLiteral("Gruppen"), QDate(2026, 7, 1),
                           Start{QStringLiteral("consent"), {QStringLiteral("forsorjningsstod")}, QStringLiteral("ingen"),
                                 QStringLiteral("forgymnasial"), QStringLiteral("over_5")});
    exit(s.fridaGruppen, QDate(2026, 9, 30),
         End{QStringLiteral("studier"), {QStringLiteral("annan"), QStringLiteral("studiemedel")}, QStringLiteral("studier"), 100});
    // Labels a team may well have: a separator, quotes and a line break, which must survive.
    relabel(QStringLiteral("income_source"), QStringLiteral("annan"), QStringLiteral("Annan; \"eget\" stöd"));
    relabel(QStringLiteral("exit_reason"), QStringLiteral("studier"), QStringLiteral("Studier\nKomvux"));
    return s;
}

} // namespace samsyn::test

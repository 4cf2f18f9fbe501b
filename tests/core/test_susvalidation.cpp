// SPDX-License-Identifier: EUPL-1.2
// Every rule checked before the quarter-end export: on hand-made records (some of the bad
// data cannot even be stored, the schema refuses it, but a rule must still hold if it ever
// is), and through a real team file for everything a user can actually get into.
#include <catch2/catch.hpp>

#include "export/susexport.h"
#include "export/susvalidation.h"
#include "referrals/referralservice.h"
#include "storage/database.h"
#include "susfixtures.h"
#include "testidentities.h"

using namespace samsyn;
using samsyn::test::SusFixtures;
using samsyn::test::TempTeam;

namespace {

// A complete, non-anonymous, exited record: no rule has anything to say about it.
SusRecord complete()
{
    SusRecord r;
    r.enrollmentId = 7;
    r.participantId = 3;
    r.displayName = QStringLiteral("Åsa Öberg");
    r.programme = QStringLiteral("Steget");
    r.gender = Gender::Female;
    r.registration = QStringLiteral("consent");
    r.consentDate = QDate(2026, 2, 1);
    r.personnummer = QStringLiteral("198001022386");
    r.birthDate = QDate(1980, 1, 2);
    r.municipality = QStringLiteral("Åsele");
    r.referringParty = QStringLiteral("FK");
    r.start = QDate(2026, 2, 1);
    r.end = QDate(2026, 9, 1);
    r.exited = true;
    r.incomeBefore = {QStringLiteral("Sjukpenning/rehabiliteringspenning")};
    r.incomeAfter = {QStringLiteral("Lön")};
    r.occupationBefore = QStringLiteral("Sjukskriven");
    r.occupationAfter = QStringLiteral("Förvärvsarbete");
    r.extentPercent = 50;
    r.education = QStringLiteral("Gymnasial");
    r.supportTime = QStringLiteral("1-2 år");
    r.exitReason = QStringLiteral("Arbete");
    return r;
}

QStringList fields(const SusRecord &r)
{
    QStringList result;
    for (const SusProblem &p : SusValidation::check(r))
        result << p.field;
    return result;
}

QStringList fields(const QList<SusProblem> &problems)
{
    QStringList result;
    for (const SusProblem &p : problems)
        result << p.field;
    return result;
}

} // namespace

TEST_CASE("sus validation: a complete record passes", "[sus][validation]")
{
    CHECK(SusValidation::check(complete()).isEmpty());
    SusRecord ongoing = complete();
    ongoing.exited = false;
    ongoing.end = QDate();
    ongoing.exitReason.clear();
    ongoing.incomeAfter.clear();
    ongoing.occupationAfter.clear();
    ongoing.extentPercent.reset();
    CHECK(SusValidation::check(ongoing).isEmpty());
}

TEST_CASE("sus validation: each rule names its field, the person and the enrollment", "[sus][validation]")
{
    SusRecord r = complete();
    SECTION("ended but no exit reason")
    {
        r.exitReason.clear();
        CHECK(fields(r) == QStringList{SusField::ExitReason});
        CHECK(SusValidation::check(r).first().message == QStringLiteral("Ended on 2026-09-01 but no exit reason is recorded."));
    }
    SECTION("no income source before the start")
    {
        r.incomeBefore.clear();
        CHECK(fields(r) == QStringList{SusField::IncomeBefore});
    }
    SECTION("no occupation before the start")
    {
        r.occupationBefore.clear();
        CHECK(fields(r) == QStringList{SusField::OccupationBefore});
    }
    SECTION("start after end")
    {
        r.start = QDate(2026, 9, 2);
        CHECK(fields(r) == QStringList{SusField::StartDate});
        CHECK(SusValidation::check(r).first().message
              == QStringLiteral("The enrollment starts (2026-09-02) after it ends (2026-09-01)."));
    }
    SECTION("missing gender")
    {
        r.gender.reset();
        CHECK(fields(r) == QStringList{SusField::Gender});
    }
    SECTION("missing municipality when not anonymous, and not asked for when anonymous")
    {
        r.municipality.clear();
        CHECK(fields(r) == QStringList{SusField::Municipality});
        r.registration = QStringLiteral("anonymous_no_consent");
        r.consentDate = QDate();
        CHECK(fields(r).isEmpty());
    }
    SECTION("missing birth date when not anonymous")
    {
        r.birthDate = QDate();
        CHECK(fields(r) == QStringList{SusField::BirthDate});
    }
    SECTION("missing education and time in public support")
    {
        r.education.clear();
        r.supportTime.clear();
        CHECK(fields(r) == QStringList({SusField::Education, SusField::SupportTime}));
    }
    SECTION("exited without occupation or income after")
    {
        r.occupationAfter.clear();
        r.incomeAfter.clear();
        CHECK(fields(r) == QStringList({SusField::IncomeAfter, SusField::OccupationAfter}));
    }
    SECTION("extent outside 0-100")
    {
        r.extentPercent = 101;
        CHECK(fields(r) == QStringList{SusField::Extent});
        r.extentPercent = -1;
        CHECK(fields(r) == QStringList{SusField::Extent});
        r.extentPercent = 0;
        CHECK(fields(r).isEmpty());
        r.extentPercent = 100;
        CHECK(fields(r).isEmpty());
    }
    SECTION("no referral, so no referring party")
    {
        r.referringParty.clear();
        CHECK(fields(r) == QStringList{SusField::Referral});
    }
    const QList<SusProblem> problems = SusValidation::check(r);
    for (const SusProblem &p : problems) {
        CHECK(p.participantId == 3);
        CHECK(p.enrollmentId == 7);
        CHECK(p.displayName == QStringLiteral("Åsa Öberg"));
        CHECK_FALSE(p.message.contains(QStringLiteral("Åsa")));
    }
}

TEST_CASE("sus validation: anonymous and personnummer must not contradict", "[sus][validation]")
{
    // Our model has three ways to be anonymous (no consent, protected identity, no consent on
    // file) and the enrollment's registration says which was intended. When the data
    // disagree the row is written anonymously and the disagreement is reported.
    SusRecord r = complete();
    SECTION("flagged anonymous for lack of consent, yet a registration consent is on file")
    {
        r.registration = QStringLiteral("anonymous_no_consent");
        CHECK(r.isAnonymous());
        CHECK(fields(r) == QStringList{SusField::Registration});
        CHECK(SusValidation::check(r).first().message.contains(QStringLiteral("consent to registration given on 2026-02-01")));
    }
    SECTION("registered with consent, but the person has protected identity")
    {
        r.protectedIdentity = true;
        CHECK(r.isAnonymous());
        CHECK(fields(r) == QStringList{SusField::Registration});
    }
    SECTION("registered with consent, but no consent is on file")
    {
        r.consentDate = QDate();
        CHECK(r.isAnonymous());
        CHECK(fields(r) == QStringList{SusField::Registration});
    }
    SECTION("registered with consent, but the consent was withdrawn")
    {
        r.consentDate = QDate();
        r.consentWithdrawn = QDate(2026, 8, 1);
        CHECK(r.isAnonymous());
        CHECK(SusValidation::check(r).first().message.contains(QStringLiteral("withdrawn on 2026-08-01")));
    }
    SECTION("registered as protected identity, but the person is not marked so")
    {
        r.registration = QStringLiteral("anonymous_protected");
        r.consentDate = QDate();
        CHECK(fields(r) == QStringList{SusField::Registration});
    }
    SECTION("an unknown registration code")
    {
        r.registration = QStringLiteral("maybe");
        CHECK(fields(r) == QStringList{SusField::Registration});
    }
    SECTION("consistent anonymous registrations are fine")
    {
        r.registration = QStringLiteral("anonymous_protected");
        r.protectedIdentity = true;
        r.consentDate = QDate();
        CHECK(fields(r).isEmpty());
        r.registration = QStringLiteral("anonymous_no_consent");
        r.protectedIdentity = false;
        CHECK(fields(r).isEmpty());
    }
}

TEST_CASE("sus validation: through a team file, as a user gets there", "[sus][validation]")
{
    TempTeam t;
    SusFixtures f(t);
    const Period q3 = Period::quarter(2026, 3);
    const qint64 p = f.person(0, QStringLiteral("Åsa"), QStringLiteral("Öberg"), QString());
    auto problemsNow = [&] { return SusExport::read(t->database(), q3).problems(); };

    SECTION("a bare enrollment: everything SUS asks at the start is missing")
    {
        f.registrationConsent(p, QDate(2026, 7, 1));
        f.enrol(p, QStringLiteral("Steget"), QDate(2026, 7, 1), SusFixtures::Start{QStringLiteral("consent"), {}, {}, {}, {}});
        const QList<SusProblem> problems = problemsNow();
        CHECK(fields(problems)
              == QStringList({SusField::Municipality, SusField::Referral, SusField::IncomeBefore, SusField::OccupationBefore,
                              SusField::Education, SusField::SupportTime}));
        CHECK(problems.first().displayName == QStringLiteral("Åsa Öberg"));
        CHECK(problems.first().participantId == p);
    }
    SECTION("exited without income or occupation after")
    {
        f.registrationConsent(p, QDate(2026, 7, 1));
        f.referral(p, QStringLiteral("Vilhelmina"), QDate(2026, 6, 1));
        const qint64 e = f.enrol(p, QStringLiteral("Steget"), QDate(2026, 7, 1));
        f.exit(e, QDate(2026, 8, 1), SusFixtures::End{QStringLiteral("flytt"), {}, {}, std::nullopt});
        CHECK(fields(problemsNow()) == QStringList({SusField::Municipality, SusField::IncomeAfter, SusField::OccupationAfter}));
        // The municipality party's referral is written as Kommun.
        CHECK(SusExport::read(t->database(), q3).data().records.first().referringParty == QStringLiteral("Kommun"));
    }
    SECTION("flagged anonymous (no consent) while a registration consent is recorded")
    {
        f.referral(p, QStringLiteral("Försäkringskassan"), QDate(2026, 6, 1));
        f.registrationConsent(p, QDate(2026, 7, 1));
        f.enrol(p, QStringLiteral("Steget"), QDate(2026, 7, 1),
                SusFixtures::Start{QStringLiteral("anonymous_no_consent"), {QStringLiteral("ingen")}, QStringLiteral("ingen"),
                                   QStringLiteral("okand"), QStringLiteral("okand")});
        // Anonymous, so the missing municipality is not asked for; the contradiction is.
        CHECK(fields(problemsNow()) == QStringList{SusField::Registration});
        const QByteArray deltagare = SusExport::read(t->database(), q3).deltagareCsv();
        CHECK(deltagare.contains("Steget;Ja;;Kvinna;;;;FK;"));
        CHECK_FALSE(deltagare.contains(test::testPnr(0).toUtf8()));
    }
    SECTION("a withdrawn registration consent no longer allows the personnummer")
    {
        f.referral(p, QStringLiteral("Försäkringskassan"), QDate(2026, 6, 1));
        const qint64 consent = f.registrationConsent(p, QDate(2026, 7, 1));
        f.enrol(p, QStringLiteral("Steget"), QDate(2026, 7, 1));
        ReferralService(t.team()).withdrawConsent(consent, QDate(2026, 8, 15));
        const QList<SusProblem> problems = problemsNow();
        REQUIRE(fields(problems) == QStringList{SusField::Registration});
        CHECK(problems.first().message.contains(QStringLiteral("withdrawn on 2026-08-15")));
        CHECK(SusExport::read(t->database(), q3).deltagareCsv().contains("Steget;Ja;;Kvinna;"));
    }
    SECTION("a consent that expired before the start does not cover the enrollment")
    {
        f.referral(p, QStringLiteral("Försäkringskassan"), QDate(2026, 6, 1));
        f.registrationConsent(p, QDate(2025, 1, 1), QDate(2025, 12, 31));
        f.enrol(p, QStringLiteral("Steget"), QDate(2026, 7, 1));
        CHECK(fields(problemsNow()) == QStringList{SusField::Registration});
    }
    SECTION("missing gender: an identity without a personnummer whose gender was lost")
    {
        // The form requires it; an old file edited behind Samsyn's back may lack it.
        f.referral(p, QStringLiteral("Försäkringskassan"), QDate(2026, 6, 1));
        f.registrationConsent(p, QDate(2026, 7, 1));
        f.enrol(p, QStringLiteral("Steget"), QDate(2026, 7, 1),
                SusFixtures::Start{QStringLiteral("anonymous_no_consent"), {QStringLiteral("ingen")}, QStringLiteral("ingen"),
                                   QStringLiteral("okand"), QStringLiteral("okand")});
        t->database().exec(QStringLiteral("UPDATE participants SET identity_kind = 'other', identity = 'RES-123', gender = NULL "
                                          "WHERE id = ?"),
                           {p});
        const SusExport exporter = SusExport::read(t->database(), q3);
        CHECK(fields(exporter.problems()) == QStringList({SusField::Registration, SusField::Gender}));
        // Not counted as Kvinna or Man: the antal rows stay at zero.
        CHECK(exporter.antalCsv().contains("Steget;Kvinna;0;0;0;0\r\n"));
        CHECK(exporter.antalCsv().contains("Steget;Man;0;0;0;0\r\n"));
    }
}

// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingservice.h"
#include "participants/participantcard.h"
#include "referralfixtures.h"
#include "referrals/attachmentlisteditor.h"
#include "referrals/consentdialog.h"
#include "referrals/consultationdialog.h"
#include "referrals/consultationspanel.h"
#include "referrals/participantchooser.h"
#include "referrals/referralconsenttab.h"
#include "referrals/referraldialog.h"
#include "referrals/referralinboxmodel.h"
#include "referrals/referralinboxproxy.h"
#include "referrals/referralsview.h"
#include "storage/consentrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "tempteam.h"
#include "testidentities.h"
#include "uitesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::AnsweringPrompts;
using samsyn::test::ReferralFixtures;
using samsyn::test::TempTeam;

namespace {

// Invented people (no real names), with the letters Swedish sorting must handle.
const char *const kPeople[][2] = {
    {"Sara", "Åström"}, {"José", "Östlund"}, {"Emma", "Andersson"}, {"Omar", "Hassan"}, {"Lina", "Ärlemark"},
    {"Johan", "Zetterlund"}, {"Maja", "Berg"}, {"Ali", "Yilmaz"}, {"Elin", "Ödman"}, {"Nils", "Lindqvist"},
};

Participant person(int n, const char *const name[2])
{
    Participant p;
    p.setIdentity(*Personnummer::parse(test::testPnr(n), QDate(2026, 1, 1)).value);
    p.givenName = QString::fromUtf8(name[0]);
    p.familyName = QString::fromUtf8(name[1]);
    return p;
}

Referral referralFields(TempTeam &t, const QString &party, QDate received)
{
    Referral r;
    r.receivedOn = received;
    r.referringPartyId = t.partyId(party);
    r.handlerName = QStringLiteral("Maria Handläggare");
    r.handlerPhone = QStringLiteral("010-123 45 67");
    r.handlerEmail = QStringLiteral("maria.handlaggare@example.se");
    r.reason = QStringLiteral("Långvarig sjukskrivning, behöver stöd i små steg mot arbete.");
    r.triedAlready = QStringLiteral("Arbetsträning via Af 2025, avbröts.");
    r.ownWish = QStringLiteral("Vill prova praktik inom handel.");
    r.currentContacts = QStringLiteral("Vårdcentralen, psykiatrin");
    r.attachments = {QStringLiteral("Läkarintyg 2026-10-12"), QStringLiteral("Arbetsförmågebedömning")};
    r.programmeId = t.programmeId(QStringLiteral("Steget"));
    return r;
}

// Registers referral n through the dialog, creating the person in the same action.
qint64 registerThroughDialog(TempTeam &t, int n, const QString &party, QDate received)
{
    ReferralDialog dialog(t.team());
    dialog.chooser()->chooseNew(person(n, kPeople[n % 10]));
    dialog.setReferral(referralFields(t, party, received));
    dialog.accept();
    REQUIRE(dialog.errorText().isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);
    return dialog.savedId();
}

int referralCount(TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM referrals")).toInt();
}

} // namespace

TEST_CASE("A referral registered through the dialog creates the person in the same action", "[referrals][ui]")
{
    TempTeam t;
    const qint64 id = registerThroughDialog(t, 0, QStringLiteral("Försäkringskassan"), QDate(2026, 11, 20));
    const Referral stored = *ReferralRepository(t->database()).get(id);
    CHECK(stored.receivedOn == QDate(2026, 11, 20));
    CHECK(stored.handlerEmail == QStringLiteral("maria.handlaggare@example.se"));
    CHECK(stored.attachments == QStringList{QStringLiteral("Läkarintyg 2026-10-12"), QStringLiteral("Arbetsförmågebedömning")});
    CHECK(stored.status == ReferralStatus::Received);
    const Participant p = *ParticipantRepository(t->database()).get(stored.participantId);
    CHECK(p.displayName() == QStringLiteral("Sara Åström"));
    CHECK(p.status == ParticipantStatus::Referred);
    // One action: the person and the referral share one audit row.
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'referral.create'")).toInt() == 1);

    SECTION("a second referral for the same person is chosen from the search")
    {
        ReferralDialog dialog(t.team());
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("participantSearch"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("participantList"));
        REQUIRE(search);
        QTest::keyClicks(search, QStringLiteral("astrom"));
        int visible = 0;
        for (int i = 0; i < list->count(); ++i)
            visible += list->item(i)->isHidden() ? 0 : 1;
        CHECK(visible == 1);
        CHECK(list->item(0)->text().contains(QStringLiteral("****")));
        list->setCurrentRow(0);
        dialog.setReferral(referralFields(t, QStringLiteral("Arbetsförmedlingen"), QDate(2026, 11, 23)));
        // The attachment editor takes typed names; the same name twice is kept once.
        auto *attachment = dialog.findChild<QLineEdit *>(QStringLiteral("attachmentName"));
        test::typeInto(attachment, QStringLiteral("Utdrag ur journal"));
        QTest::keyClick(attachment, Qt::Key_Return);
        test::typeInto(attachment, QStringLiteral("Utdrag ur journal"));
        QTest::keyClick(attachment, Qt::Key_Return);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(ReferralRepository(t->database()).forParticipant(stored.participantId).size() == 2);
        CHECK(ReferralRepository(t->database()).get(dialog.savedId())->attachments.size() == 3);
    }
    SECTION("bad input is refused with a message and nothing is written")
    {
        ReferralDialog dialog(t.team());
        dialog.chooser()->chooseNew(person(1, kPeople[1]));
        Referral r = referralFields(t, QStringLiteral("Försäkringskassan"), QDate(2026, 11, 20));
        r.referringPartyId = 0;
        dialog.setReferral(r);
        CHECK_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errorText().contains(QStringLiteral("referring party")));
        // The same identity as an existing person: the core refuses, the dialog stays open.
        ReferralDialog twice(t.team());
        twice.chooser()->chooseNew(person(0, kPeople[0]));
        twice.setReferral(referralFields(t, QStringLiteral("Försäkringskassan"), QDate(2026, 11, 20)));
        twice.accept();
        CHECK(twice.result() != QDialog::Accepted);
        CHECK_FALSE(twice.errorText().isEmpty());
        CHECK(referralCount(t) == 1);
        CHECK(ParticipantRepository(t->database()).count() == 1);
    }
}

TEST_CASE("Consent is recorded through its dialog; an oral consent names who recorded it", "[referrals][consent][ui]")
{
    TempTeam t;
    const qint64 id = registerThroughDialog(t, 2, QStringLiteral("Arbetsförmedlingen"), QDate(2026, 11, 10));
    const qint64 participantId = ReferralRepository(t->database()).get(id)->participantId;
    ConsentDialog dialog(t.team(), participantId);
    Consent c;
    c.participantId = participantId;
    c.givenOn = QDate(2026, 11, 12);
    c.validUntil = QDate(2027, 11, 12);
    c.form = ConsentForm::Oral;
    c.partyIds = {t.partyId(QStringLiteral("Försäkringskassan")), t.partyId(QStringLiteral("Arbetsförmedlingen"))};
    dialog.setConsent(c);
    // Oral without a recorder: the button waits and OK is refused.
    auto *recordedBy = dialog.findChild<QComboBox *>(QStringLiteral("recordedBy"));
    recordedBy->setCurrentIndex(0);
    CHECK_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    CHECK(ConsentRepository(t->database()).forParticipant(participantId).isEmpty());
    recordedBy->setCurrentIndex(recordedBy->findData(t.memberId(QStringLiteral("Ruth Regionen"))));
    dialog.resize(600, 560);
    test::screenshot(&dialog, QStringLiteral("consent-dialog"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QList<Consent> stored = ConsentRepository(t->database()).forParticipant(participantId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().form == ConsentForm::Oral);
    CHECK(stored.first().recordedBy == t.memberId(QStringLiteral("Ruth Regionen")));
    CHECK(stored.first().partyIds.size() == 2);
}

TEST_CASE("The inbox shows consent as the gate and refuses the agenda without it", "[referrals][consent][ui]")
{
    TempTeam t;
    QList<qint64> ids;
    for (int n = 0; n < 10; ++n) {
        const QString party = n % 3 == 0 ? QStringLiteral("Försäkringskassan")
                                         : (n % 3 == 1 ? QStringLiteral("Arbetsförmedlingen") : QStringLiteral("Åsele"));
        ids << registerThroughDialog(t, n, party, QDate(2026, 10, 1).addDays(n * 5));
    }
    ReferralFixtures f(t);
    auto participantOf = [&](qint64 referralId) { return ReferralRepository(t->database()).get(referralId)->participantId; };
    // Consents in different states: valid, expired, withdrawn, none.
    for (int n : {0, 1, 2, 3, 5, 6, 8})
        f.consent(participantOf(ids.at(n)), QDate(2026, 10, 1), QDate(2027, 10, 1));
    f.consent(participantOf(ids.at(4)), QDate(2025, 6, 1), QDate(2026, 6, 1));
    const Consent withdrawn = f.consent(participantOf(ids.at(7)), QDate(2026, 10, 1), QDate(2027, 10, 1));
    f.meeting(QDate(2026, 12, 1));

    AnsweringPrompts prompts;
    ReferralsView view(t.team(), prompts);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    prompts.confirmAnswer = true;
    view.selectReferral(ids.at(7));
    view.withdrawConsent();
    CHECK(prompts.questions.size() == 1);
    CHECK(ConsentRepository(t->database()).get(withdrawn.id)->withdrawnOn == QDate(2026, 11, 24));

    auto consentText = [&](qint64 referralId) {
        return view.model()->index(view.model()->rowOf(referralId), ReferralInboxModel::Consent).data().toString();
    };
    CHECK(consentText(ids.at(0)) == QStringLiteral("Valid until 2027-10-01"));
    CHECK(consentText(ids.at(4)) == QStringLiteral("Expired 2026-06-01"));
    CHECK(consentText(ids.at(7)) == QStringLiteral("Withdrawn 2026-11-24"));
    CHECK(consentText(ids.at(9)) == QStringLiteral("None"));
    CHECK(view.proxy()->rowCount() == 10);
    CHECK(view.model()->index(0, ReferralInboxModel::Identity).data().toString().endsWith(QStringLiteral("****")));
    // Newest first.
    CHECK(view.proxy()->index(0, ReferralInboxModel::Received).data().toString() == QStringLiteral("2026-11-15"));

    SECTION("no consent: the core's refusal is shown and nothing changes")
    {
        view.selectReferral(ids.at(9));
        view.putOnNextAgenda();
        CHECK(view.message().contains(QStringLiteral("no consent to information exchange valid on that day")));
        CHECK(ReferralRepository(t->database()).get(ids.at(9))->status == ReferralStatus::Received);
        test::screenshot(&view, QStringLiteral("referrals-gate-refused"));
        view.selectReferral(ids.at(4)); // expired
        view.putOnNextAgenda();
        CHECK(view.message().contains(QStringLiteral("2026-12-01")));
        CHECK(ReferralRepository(t->database()).get(ids.at(4))->status == ReferralStatus::Received);
    }
    SECTION("valid consent: on the agenda, and a status filter hides it")
    {
        view.selectReferral(ids.at(0));
        view.putOnNextAgenda();
        CHECK(view.message() == QStringLiteral("Put on the agenda of the meeting on 2026-12-01."));
        CHECK(ReferralRepository(t->database()).get(ids.at(0))->status == ReferralStatus::OnAgenda);
        view.findChild<QCheckBox *>(QStringLiteral("status_on_agenda"))->setChecked(false);
        CHECK(view.proxy()->rowCount() == 9);
        // Withdrawing that consent takes the referral off the agenda again, after asking.
        prompts.confirmAnswer = false;
        view.findChild<QCheckBox *>(QStringLiteral("status_on_agenda"))->setChecked(true);
        view.selectReferral(ids.at(0));
        view.withdrawConsent();
        CHECK(ConsentRepository(t->database()).forParticipant(participantOf(ids.at(0))).first().withdrawnOn.isNull());
        prompts.confirmAnswer = true;
        view.withdrawConsent();
        CHECK(ReferralRepository(t->database()).get(ids.at(0))->status == ReferralStatus::Received);
        CHECK(prompts.infoMessages.last().contains(QStringLiteral("1 referral item")));
    }
    SECTION("screenshots of the inbox and the dialog")
    {
        view.selectReferral(ids.at(3));
        test::screenshot(&view, QStringLiteral("referrals-inbox"));
        ReferralDialog *dialog = view.newReferral();
        REQUIRE(dialog);
        dialog->chooser()->chooseNew(person(20, kPeople[3]));
        dialog->setReferral(referralFields(t, QStringLiteral("Försäkringskassan"), QDate(2026, 11, 24)));
        dialog->resize(1280, 800);
        QTest::qWait(50);
        test::screenshot(dialog, QStringLiteral("referral-dialog"));
        dialog->close();
    }
}

TEST_CASE("Consultations are recorded without a person", "[referrals][consultations][ui]")
{
    TempTeam t;
    ConsultationDialog dialog(t.team());
    Consultation c;
    c.heldOn = QDate(2026, 11, 17);
    c.partyId = t.partyId(QStringLiteral("Vilhelmina"));
    c.handlerName = QStringLiteral("Socialsekreterare Berit");
    c.question = QStringLiteral("Ung vuxen med ekonomiskt bistånd, oklar arbetsförmåga: vilken väg?");
    c.advice = QStringLiteral("Kontakta Af för kartläggning; åter om tre månader.");
    dialog.setConsultation(c);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    ConsultationsPanel panel(t.team());
    REQUIRE(panel.table()->rowCount() == 1);
    CHECK(panel.table()->item(0, 0)->text() == QStringLiteral("2026-11-17"));
    CHECK(panel.table()->item(0, 1)->text() == QStringLiteral("Vilhelmina"));
    CHECK(panel.table()->item(0, 3)->text() == c.question);
}

TEST_CASE("The card's Referral & consent tab shows decisions and withdraws consent", "[referrals][consent][ui]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(3);
    const Consent c = f.consent(r.participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
    ParticipantCard card(t.team(), r.participantId, false);
    card.tabs()->setCurrentIndex(ParticipantCard::ReferralConsent);
    auto *tab = card.findChild<ReferralConsentTab *>();
    REQUIRE(tab);
    AnsweringPrompts prompts;
    prompts.confirmAnswer = true;
    tab->setPrompts(prompts);
    REQUIRE(tab->referrals()->rowCount() == 1);
    CHECK(tab->referrals()->item(0, 3)->text() == QStringLiteral("Waiting for assessment"));
    REQUIRE(tab->consents()->rowCount() == 1);
    CHECK(tab->consents()->item(0, 5)->text() == QStringLiteral("Valid until 2027-11-01"));
    tab->consents()->selectRow(0);
    tab->withdrawSelected();
    CHECK(ConsentRepository(t->database()).get(c.id)->withdrawnOn == QDate(2026, 11, 24));
    CHECK(tab->consents()->item(0, 5)->text() == QStringLiteral("Withdrawn 2026-11-24"));
    card.resize(1000, 640);
    test::screenshot(&card, QStringLiteral("participant-card-referral-consent"));
}

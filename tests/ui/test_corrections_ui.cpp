// SPDX-License-Identifier: EUPL-1.2
#include "common/correctionfooter.h"
#include "enrolmentfixtures.h"
#include "meetings/agendaeditor.h"
#include "meetings/assessmentform.h"
#include "meetings/correctdecisiondialog.h"
#include "meetings/decisionservice.h"
#include "meetings/meetingservice.h"
#include "meetings/meetingsview.h"
#include "referralfixtures.h"
#include "referrals/referralconsenttab.h"
#include "storage/referralassessmentrepository.h"
#include "storage/waitinglistrepository.h"
#include "exit/exitprinting.h"
#include "exit/exitservice.h"
#include "participants/tabs/correctexitdialog.h"
#include "participants/tabs/exitdocumentpanel.h"
#include "participants/tabs/enrolmentexittab.h"
#include "participants/tabs/exitform.h"
#include "storage/correctionrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "tempteam.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::child;

namespace {


// Participant n enrolled in Steget on 2026-02-02 and exited on 2026-10-30 (to work).
struct ExitedStay
{
    ExitedStay(test::TempTeam &t, int n, const QString &name)
        : id(test::addTestParticipant(t, n, name)), enrolment(test::enrolTest(t, id, QStringLiteral("Steget"), QDate(2026, 2, 2)))
    {
        test::exitTest(t, enrolment, QDate(2026, 10, 30));
    }
    qint64 id;
    qint64 enrolment;
};

// Participant 1 referred, with consent, and put on Gruppen's waiting list at the meeting of
// 2026-11-10.
struct WaitingDecision
{
    explicit WaitingDecision(test::TempTeam &t)
    {
        test::ReferralFixtures f(t);
        referral = f.referral(1);
        f.consent(referral.participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
        meetingId = f.meeting(QDate(2026, 11, 10));
        assessment.agendaItemId = MeetingService(t.team()).putOnAgenda(meetingId, referral.id);
        assessment.decision = DecisionKind::WaitingList;
        assessment.programmeId = t.programmeId(QStringLiteral("Gruppen"));
        DecisionService(t.team()).decide(assessment);
    }
    Referral referral;
    qint64 meetingId = 0;
    ReferralAssessment assessment;
};

// Chooses a decline with a recommendation and types the reason.
void fillDecline(QDialog *dialog, const QString &reason)
{
    auto *kind = child<QComboBox>(dialog, QStringLiteral("decisionKind"));
    kind->setCurrentIndex(kind->findData(int(DecisionKind::Decline)));
    test::typeInto(child<QPlainTextEdit>(dialog, QStringLiteral("recommendation")), QStringLiteral("Kontakta vårdcentralen."));
    test::typeInto(child<QPlainTextEdit>(dialog, QStringLiteral("correctionReason")), reason);
}

QString problemOf(QDialog *dialog)
{
    auto *label = child<QLabel>(dialog, QStringLiteral("correctionProblem"));
    return label->isHidden() ? QString() : label->text();
}

} // namespace

TEST_CASE("Correct exit: prefilled, checked as you type, written with the reason", "[corrections][exit][ui][screenshots]")
{
    test::TempTeam t;
    const ExitedStay stay(t, 8, QStringLiteral("Elin"));
    const qint64 id = stay.id;
    const qint64 enrolment = stay.enrolment;
    test::AnsweringPrompts prompts;
    EnrolmentExitTab tab(t.team(), prompts, id);
    tab.resize(900, 900);
    ExitForm *form = tab.exitForm();
    CHECK(child<QPushButton>(form, QStringLiteral("recordExit"))->isHidden());
    CHECK_FALSE(child<QPushButton>(form, QStringLiteral("correctExit"))->isHidden());

    CorrectExitDialog *dialog = form->openCorrection();
    REQUIRE(dialog != nullptr);
    QPushButton *ok = dialog->footer()->acceptButton();
    auto *reason = child<QComboBox>(dialog, QStringLiteral("exitReason"));
    auto *end = child<QDateEdit>(dialog, QStringLiteral("exitEndDate"));
    auto *due1 = child<QDateEdit>(dialog, QStringLiteral("correctFollowup1Due"));
    CHECK(reason->currentData().toString() == QStringLiteral("arbete"));
    CHECK(end->date() == QDate(2026, 10, 30));
    CHECK(due1->date() == QDate(2027, 1, 28));
    // Nothing changed yet: refused before the reason is even asked for.
    CHECK(problemOf(dialog).contains(QStringLiteral("nothing differs")));
    CHECK_FALSE(ok->isEnabled());

    reason->setCurrentIndex(reason->findData(QStringLiteral("studier")));
    end->setDate(QDate(2026, 1, 1));
    CHECK(problemOf(dialog).contains(QStringLiteral("before the start date")));
    end->setDate(QDate(2026, 11, 6));
    CHECK(due1->date() == QDate(2027, 2, 4)); // the follow-up moved with the end date
    CHECK(problemOf(dialog).contains(QStringLiteral("reason")));
    CHECK_FALSE(ok->isEnabled());
    test::typeInto(child<QPlainTextEdit>(dialog, QStringLiteral("correctionReason")), QStringLiteral("Fel orsak valdes, började studera."));
    CHECK(problemOf(dialog).isEmpty());
    CHECK(ok->isEnabled());
    const QString changes = child<QLabel>(dialog, QStringLiteral("correctionChanges"))->text();
    CHECK(changes.contains(QStringLiteral("end date")));
    CHECK(changes.contains(QStringLiteral("exit reason")));
    dialog->resize(640, dialog->sizeHint().height());
    test::screenshot(dialog, QStringLiteral("correct-exit-dialog"));

    REQUIRE(dialog->save());
    const EnrollmentExit x = *EnrollmentRepository(t->database()).get(enrolment)->exit;
    CHECK(x.reason == QStringLiteral("studier"));
    CHECK(x.endDate == QDate(2026, 11, 6));
    CHECK(x.followup1Due == QDate(2027, 2, 4));
    dialog->close();
    // The tab lists the correction with its reason.
    auto *corrections = child<QLabel>(form, QStringLiteral("exitCorrections"));
    CHECK_FALSE(corrections->isHidden());
    CHECK(corrections->text().contains(QStringLiteral("Exit corrected 2026-11-24 by Karin Koordinator: Fel orsak valdes")));
    test::screenshot(&tab, QStringLiteral("correct-exit-tab"));
}

TEST_CASE("Undo exit: only with a reason; the enrolment is open again", "[corrections][exit][ui]")
{
    test::TempTeam t;
    const ExitedStay stay(t, 9, QStringLiteral("Omar"));
    const qint64 id = stay.id;
    const qint64 enrolment = stay.enrolment;
    test::AnsweringPrompts prompts;
    EnrolmentExitTab tab(t.team(), prompts, id);
    CorrectExitDialog *dialog = tab.exitForm()->openUndo();
    REQUIRE(dialog != nullptr);
    CHECK_FALSE(child<QComboBox>(dialog, QStringLiteral("exitReason"))->isEnabled());
    CHECK_FALSE(dialog->footer()->acceptButton()->isEnabled());
    test::typeInto(child<QPlainTextEdit>(dialog, QStringLiteral("correctionReason")), QStringLiteral("Fel deltagare."));
    REQUIRE(dialog->footer()->acceptButton()->isEnabled());
    REQUIRE(dialog->save());
    CHECK(EnrollmentRepository(t->database()).get(enrolment)->isOpen());
    CHECK(ParticipantRepository(t->database()).get(id)->status == ParticipantStatus::Active);
    dialog->close();
    // The form offers recording the exit again.
    CHECK_FALSE(child<QPushButton>(tab.exitForm(), QStringLiteral("recordExit"))->isHidden());
    CHECK(child<QLabel>(tab.exitForm(), QStringLiteral("exitCorrections"))->text().contains(QStringLiteral("Exit undone")));
}

TEST_CASE("Correct decision: from the meetings view, checked as you type, status and queue follow",
          "[corrections][decisions][meetings][ui][screenshots]")
{
    test::TempTeam t;
    const WaitingDecision w(t);
    const Referral &r = w.referral;
    const qint64 meeting = w.meetingId;
    const ReferralAssessment &decided = w.assessment;

    test::AnsweringPrompts prompts;
    MeetingsView view(t.team(), prompts);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.selectMeeting(meeting);
    view.agenda()->list()->setCurrentRow(0);
    AssessmentForm *form = view.assessmentForm();
    auto *correct = child<QPushButton>(form, QStringLiteral("correctDecision"));
    CHECK(correct->isVisible());

    CorrectDecisionDialog *dialog = form->openCorrection();
    REQUIRE(dialog != nullptr);
    auto *kind = child<QComboBox>(dialog, QStringLiteral("decisionKind"));
    CHECK(kind->currentData().toInt() == int(DecisionKind::WaitingList));
    CHECK(problemOf(dialog).contains(QStringLiteral("nothing differs")));
    kind->setCurrentIndex(kind->findData(int(DecisionKind::Decline)));
    CHECK(problemOf(dialog).contains(QStringLiteral("recommendation")));
    CHECK_FALSE(dialog->footer()->acceptButton()->isEnabled());
    fillDecline(dialog, QStringLiteral("Fel rad vid mötet."));
    CHECK(problemOf(dialog).isEmpty());
    CHECK(dialog->footer()->acceptButton()->isEnabled());
    CHECK(child<QLabel>(dialog, QStringLiteral("correctionChanges"))->text().contains(QStringLiteral("decision")));
    dialog->resize(560, dialog->sizeHint().height());
    test::screenshot(dialog, QStringLiteral("correct-decision-dialog"));

    dialog->accept();
    QApplication::processEvents();
    const ReferralAssessment now = *ReferralAssessmentRepository(t->database()).get(decided.id);
    CHECK(now.decision == DecisionKind::Decline);
    CHECK_FALSE(WaitingListRepository(t->database()).forAssessment(decided.id));
    CHECK(ParticipantRepository(t->database()).get(r.participantId)->status == ParticipantStatus::Exited);
    view.agenda()->list()->setCurrentRow(0);
    QApplication::processEvents();
    const QString shown = child<QLabel>(form, QStringLiteral("decidedText"))->text();
    CHECK(shown.contains(QStringLiteral("Decline")));
    CHECK(shown.contains(QStringLiteral("Corrected 2026-11-24: Fel rad vid mötet.")));
    test::screenshot(&view, QStringLiteral("correct-decision-meetings-view"));

    // Once the person is enrolled, the dialog says why it cannot correct.
    test::enrolTest(t, r.participantId, QStringLiteral("Steget"), QDate(2026, 11, 20));
    view.agenda()->list()->setCurrentRow(0);
    CorrectDecisionDialog *blocked = form->openCorrection();
    REQUIRE(blocked != nullptr);
    CHECK(problemOf(blocked).contains(QStringLiteral("enrolled or has exited since")));
    CHECK_FALSE(blocked->footer()->acceptButton()->isEnabled());
    blocked->close();
}

TEST_CASE("Correct exit: the card says when the kept final slutdokumentation predates the correction", "[corrections][exit][ui]")
{
    test::TempTeam t;
    const ExitedStay stay(t, 10, QStringLiteral("Lina"));
    const qint64 id = stay.id;
    const qint64 enrolment = stay.enrolment;
    ExitPrinting::pdf(t.team(), id, true, t.folder() + QStringLiteral("/slut.pdf"));
    test::AnsweringPrompts prompts;
    EnrolmentExitTab tab(t.team(), prompts, id);
    auto *status = child<QLabel>(tab.exitDocument(), QStringLiteral("exitDocumentStatus"));
    CHECK_FALSE(status->text().contains(QStringLiteral("predates")));
    t.clock().advanceDays(2);
    EnrollmentExit x = *EnrollmentRepository(t->database()).get(enrolment)->exit;
    x.reason = QStringLiteral("studier");
    ExitService(t.team()).correct(enrolment, x, QStringLiteral("Fel orsak"));
    CHECK(status->text().contains(QStringLiteral("corrected on 2026-11-26, after the final version was printed")));
    CHECK(status->text().contains(QStringLiteral("predates")));
}

TEST_CASE("Correct decision: also from the card's Referral & consent tab", "[corrections][decisions][referrals][ui]")
{
    test::TempTeam t;
    const WaitingDecision w(t);
    ReferralConsentTab tab(t.team(), w.referral.participantId);
    auto *button = child<QPushButton>(&tab, QStringLiteral("cardCorrectDecision"));
    CHECK_FALSE(button->isEnabled());
    tab.referrals()->selectRow(0);
    CHECK(button->isEnabled());
    CorrectDecisionDialog *dialog = tab.correctSelectedDecision();
    REQUIRE(dialog != nullptr);
    fillDecline(dialog, QStringLiteral("Fel rad."));
    REQUIRE(dialog->save());
    dialog->close();
    CHECK(ReferralAssessmentRepository(t->database()).get(w.assessment.id)->decision == DecisionKind::Decline);
    CHECK(tab.referrals()->item(0, 4)->text().endsWith(QStringLiteral(", corrected")));
    tab.resize(1100, 420);
    test::screenshot(&tab, QStringLiteral("card-referral-decision-corrected"));
}

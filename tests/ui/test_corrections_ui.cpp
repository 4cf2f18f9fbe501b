// SPDX-License-Identifier: EUPL-1.2
#include "common/correctionfooter.h"
#include "enrolmentfixtures.h"
#include "participants/tabs/correctexitdialog.h"
#include "participants/tabs/enrolmentexittab.h"
#include "participants/tabs/exitform.h"
#include "storage/correctionrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "tempteam.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found != nullptr);
    return found;
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
    const qint64 id = test::addTestParticipant(t, 8, QStringLiteral("Elin"));
    const qint64 enrolment = test::enrolTest(t, id, QStringLiteral("Steget"), QDate(2026, 2, 2));
    test::exitTest(t, enrolment, QDate(2026, 10, 30));
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
    const qint64 id = test::addTestParticipant(t, 9, QStringLiteral("Omar"));
    const qint64 enrolment = test::enrolTest(t, id, QStringLiteral("Steget"), QDate(2026, 2, 2));
    test::exitTest(t, enrolment, QDate(2026, 10, 30));
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

// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "participanthistory.h"
#include "participants/participantcard.h"
#include "participants/tabs/assessmententry.h"
#include "participants/tabs/assessmentstab.h"
#include "participants/tabs/attendancetab.h"
#include "participants/tabs/enrolmentdialog.h"
#include "participants/tabs/enrolmentexittab.h"
#include "participants/tabs/enrolmentspanel.h"
#include "participants/tabs/exitform.h"
#include "participants/tabs/sipeditor.h"
#include "participants/tabs/siptab.h"
#include "common/editabletable.h"
#include "common/tablecells.h"
#include "storage/assessmentrepository.h"
#include "storage/attendancerepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/siprepository.h"
#include "tempteam.h"
#include "testidentities.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::child;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Enrolling through the card: defaults, the one-open rule and the passive phase", "[participanttabs][ui]")
{
    test::TempTeam t;
    const qint64 id = test::addTestParticipant(t, 3, QStringLiteral("Omar"));
    test::AnsweringPrompts prompts;
    EnrolmentExitTab tab(t.team(), prompts, id);

    EnrolmentDialog dialog(t.team(), id);
    selectData(child<QComboBox>(&dialog, QStringLiteral("enrolProgramme")), t.programmeId(QStringLiteral("Steget")));
    // Start today (2026-11-24), Steget has 12 months: planned end 2027-11-24; coordinator me.
    CHECK(child<QDateEdit>(&dialog, QStringLiteral("enrolStart"))->date() == d("2026-11-24"));
    CHECK(child<QDateEdit>(&dialog, QStringLiteral("enrolPlannedEnd"))->date() == d("2027-11-24"));
    child<QDateEdit>(&dialog, QStringLiteral("enrolStart"))->setDate(d("2026-12-01"));
    CHECK(child<QDateEdit>(&dialog, QStringLiteral("enrolPlannedEnd"))->date() == d("2027-12-01"));
    selectData(child<QComboBox>(&dialog, QStringLiteral("enrolMethod")), QStringLiteral("grupp"));
    selectData(child<QComboBox>(&dialog, QStringLiteral("enrolRegistration")), QStringLiteral("anonymous_no_consent"));
    REQUIRE(dialog.save());

    const QList<Enrollment> stored = EnrollmentRepository(t->database()).forParticipant(id);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().programmeId == t.programmeId(QStringLiteral("Steget")));
    CHECK(stored.first().startDate == d("2026-12-01"));
    CHECK(stored.first().plannedEnd == d("2027-12-01"));
    CHECK(stored.first().method == QStringLiteral("grupp"));
    CHECK(stored.first().registration == QStringLiteral("anonymous_no_consent"));
    CHECK(stored.first().coordinatorId == t.memberId(QStringLiteral("Karin Koordinator")));
    CHECK(ParticipantRepository(t->database()).get(id)->status == ParticipantStatus::Active);
    // The tab follows the write: the new enrolment is listed and selected.
    CHECK(tab.enrolments()->enrollments().size() == 1);
    REQUIRE(tab.enrolments()->selected());

    EnrolmentDialog again(t.team(), id);
    selectData(child<QComboBox>(&again, QStringLiteral("enrolProgramme")), t.programmeId(QStringLiteral("Steget")));
    CHECK_FALSE(again.save());
    auto *error = child<QLabel>(&again, QStringLiteral("enrolError"));
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("already has an open enrollment")));
    CHECK(EnrollmentRepository(t->database()).forParticipant(id).size() == 1);

    CHECK_FALSE(tab.enrolments()->makePassive(d("2026-11-01"))); // before the start
    CHECK(tab.enrolments()->makePassive(d("2027-06-01")));
    CHECK(tab.enrolments()->selected()->phase == EnrollmentPhase::Passive);
    CHECK(ParticipantRepository(t->database()).get(id)->status == ParticipantStatus::Passive);
    CHECK(tab.enrolments()->reactivate());
    CHECK(ParticipantRepository(t->database()).get(id)->status == ParticipantStatus::Active);
}

TEST_CASE("The SIP tab edits the current version and a follow-up keeps the old one unchanged", "[participanttabs][sip][ui]")
{
    test::TempTeam t;
    const qint64 id = test::addTestParticipant(t, 4, QStringLiteral("Lina"));
    test::enrolTest(t, id, QStringLiteral("Steget"), d("2026-10-01"));
    test::AnsweringPrompts prompts;
    SipTab tab(t.team(), prompts, id);
    CHECK(tab.versionList()->count() == 0);
    REQUIRE(tab.createPlan(d("2026-10-15")));
    REQUIRE(tab.versionList()->count() == 1);
    const qint64 plan = SipRepository(t->database()).plans(id).first();
    // Next follow-up defaults to the meeting + 3 months.
    CHECK(SipRepository(t->database()).current(plan)->nextFollowup == d("2027-01-15"));

    SipEditor *editor = tab.editor();
    child<QPlainTextEdit>(editor, QStringLiteral("sipOwnDescription"))->setPlainText(QStringLiteral("Jag vill börja plugga."));
    QTableWidget *actions = editor->actions()->table();
    const int row = editor->actions()->addRow();
    CHECK(SipRepository(t->database()).current(plan)->actions.isEmpty()); // an empty new row is not saved
    cells::setText(actions, row, 0, QStringLiteral("Studievägledning"));
    cells::setText(actions, row, 3, QStringLiteral("2026-10-20"));
    cells::setText(actions, row, 4, QStringLiteral("not a date"));
    CHECK_FALSE(tab.saveCurrent());
    CHECK(child<QLabel>(&tab, QStringLiteral("sipError"))->text().contains(QStringLiteral("yyyy-MM-dd")));
    // Each finished cell edit saved the form (no Save button); the unreadable date never was.
    const SipVersion partly = *SipRepository(t->database()).current(plan);
    REQUIRE(partly.actions.size() == 1);
    CHECK(partly.actions.first().start == d("2026-10-20"));
    CHECK_FALSE(partly.actions.first().due.isValid());

    cells::setText(actions, row, 4, QStringLiteral("2026-12-15"));
    REQUIRE(tab.saveCurrent());
    const SipVersion v1 = *SipRepository(t->database()).current(plan);
    CHECK(v1.ownDescription == QStringLiteral("Jag vill börja plugga."));
    REQUIRE(v1.actions.size() == 1);
    CHECK(v1.actions.first().due == d("2026-12-15"));

    REQUIRE(tab.followUp(d("2026-11-24"), QStringLiteral("Började på komvux.")));
    CHECK(SipRepository(t->database()).versionCount(plan) == 2);
    CHECK(tab.shown().version == 2);
    CHECK_FALSE(tab.shown().superseded);
    CHECK(tab.shown().nextFollowup == d("2027-02-24"));
    CHECK(tab.shown().actions == v1.actions); // actions carry over with their status

    // Edit version 2; version 1 stays exactly as it was.
    child<QPlainTextEdit>(editor, QStringLiteral("sipOwnDescription"))->setPlainText(QStringLiteral("Nu pluggar jag."));
    REQUIRE(tab.saveCurrent());
    SipVersion old = *SipRepository(t->database()).version(plan, 1);
    CHECK(old.superseded);
    old.superseded = false;
    CHECK(old == v1);
    CHECK(SipRepository(t->database()).version(plan, 2)->ownDescription == QStringLiteral("Nu pluggar jag."));

    tab.showVersion(plan, 1);
    CHECK(child<QPlainTextEdit>(editor, QStringLiteral("sipOwnDescription"))->isReadOnly());
    CHECK(child<QPlainTextEdit>(editor, QStringLiteral("sipOwnDescription"))->toPlainText() == QStringLiteral("Jag vill börja plugga."));
    CHECK_FALSE(child<QWidget>(&tab, QStringLiteral("sipFollowUp"))->isEnabled());
    CHECK(child<QLabel>(&tab, QStringLiteral("sipHeading"))->text().contains(QStringLiteral("superseded")));
}

TEST_CASE("WHO-5 entered on the Assessments tab shows the change and marks 10 points", "[participanttabs][assessments][ui]")
{
    test::TempTeam t;
    const qint64 id = test::addTestParticipant(t, 5, QStringLiteral("Amina"));
    AssessmentsTab tab(t.team(), id);
    AssessmentEntry *entry = tab.entry();
    entry->setInstrument(Instrument::Who5);
    entry->setDate(d("2026-03-01"));
    entry->setWho5Items({1, 2, 2, 1, 3}); // 9 -> 36 %
    REQUIRE(entry->add());
    entry->setDate(d("2026-06-01"));
    entry->setWho5Items({2, 2, 2, 2, 3}); // 11 -> 44 %: +8, not marked
    REQUIRE(entry->add());
    auto *change = child<QLabel>(&tab, QStringLiteral("change_who5"));
    CHECK(change->text().contains(QStringLiteral("36 % → 44 %")));
    CHECK(change->text().contains(QStringLiteral("+8 percentage points")));
    CHECK_FALSE(change->property("marked").toBool());

    entry->setDate(d("2026-11-10"));
    entry->setWho5Items({3, 3, 3, 2, 3}); // 14 -> 56 %: +20 from the start
    REQUIRE(entry->add());
    change = child<QLabel>(&tab, QStringLiteral("change_who5"));
    CHECK(change->text().contains(QStringLiteral("36 % → 56 %")));
    CHECK(change->text().contains(QStringLiteral("+20 percentage points")));
    CHECK(change->text().contains(QStringLiteral("relevant improvement")));
    CHECK(change->property("marked").toBool());
    CHECK(AssessmentRepository(t->database()).list(id, Instrument::Who5).last().total == 14);

    // A decline of exactly ten points is marked as well (40 % -> 30 %).
    QList<Assessment> ratings(2);
    ratings[0].date = d("2026-01-01");
    ratings[0].total = 10;
    ratings[1].date = d("2026-02-01");
    ratings[1].total = 7; // 28 %: -12
    bool marked = false;
    CHECK(AssessmentsTab::changeText(Instrument::Who5, ratings, &marked).contains(QStringLiteral("-12 percentage points")));
    CHECK(marked);

    // KASAM-13 with five item scores instead of thirteen is refused; nothing is stored.
    entry->setInstrument(Instrument::Kasam13);
    entry->setKasamItems(QStringLiteral("12345"));
    CHECK_FALSE(entry->add());
    CHECK_FALSE(child<QLabel>(entry, QStringLiteral("assessmentError"))->isHidden());
    entry->setKasamItems(QStringLiteral("12a45"));
    CHECK_FALSE(entry->add());
    CHECK(AssessmentRepository(t->database()).list(id, Instrument::Kasam13).isEmpty());
    // Thirteen answers, 1-7; items 1, 2, 3, 7, 10 reversed: 4+6+2+5+6+4+7+5+2+1+3+3+6 scored by the core.
    entry->setKasamItems(QStringLiteral("4 6 2 5 6 4 7 5 2 1 3 3 6"));
    REQUIRE(entry->add());
    CHECK(AssessmentRepository(t->database()).list(id, Instrument::Kasam13).size() == 1);
}

TEST_CASE("Attendance marked on the card gives the rate of the period", "[participanttabs][attendance][ui]")
{
    test::TempTeam t;
    const qint64 id = test::addTestParticipant(t, 6, QStringLiteral("Nils"));
    qint64 group = 0;
    QList<qint64> sessions;
    t->write(QStringLiteral("attendance.setup"), [&](WriteContext &ctx) {
        group = AttendanceRepository::addActivity(ctx, QStringLiteral("Morgongruppen"), QStringLiteral("135"), QStringLiteral("09:00"));
        for (const char *date : {"2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09"})
            sessions << AttendanceRepository::addSession(ctx, group, d(date));
    });
    test::AnsweringPrompts prompts;
    AttendanceTab tab(t.team(), prompts, id);
    tab.setPeriod(d("2026-11-01"), d("2026-11-30"));
    CHECK(tab.rateText() == QStringLiteral("No sessions in the period."));
    REQUIRE(tab.joinGroup(group, d("2026-11-01")));
    CHECK(child<QTableWidget>(&tab, QStringLiteral("attendanceSessions"))->rowCount() == 4);

    REQUIRE(tab.mark(sessions[0], QStringLiteral("present")));
    REQUIRE(tab.mark(sessions[1], QStringLiteral("present")));
    REQUIRE(tab.mark(sessions[2], QStringLiteral("absent_notified")));
    REQUIRE(tab.mark(sessions[3], QStringLiteral("present")));
    // 3 of 4 present = 75 %.
    CHECK(tab.rateText().startsWith(QStringLiteral("Attendance 75 %: present at 3 of 4 sessions (absent with notice 1, absent 0")));
    CHECK(child<QLabel>(&tab, QStringLiteral("attendanceRate"))->text() == tab.rateText());

    // A further session, not yet marked: 3 of 5 = 60 %.
    REQUIRE(tab.addSession(group, d("2026-11-11")));
    CHECK(tab.rateText().startsWith(QStringLiteral("Attendance 60 %: present at 3 of 5 sessions")));
    CHECK_FALSE(tab.addSession(group, d("2026-11-11"))); // one session a day per group
    CHECK(child<QLabel>(&tab, QStringLiteral("attendanceError"))->text().contains(QStringLiteral("already has a session")));
    // A period before the person joined holds no sessions for them.
    tab.setPeriod(d("2026-10-01"), d("2026-10-31"));
    CHECK(tab.rateText() == QStringLiteral("No sessions in the period."));
}

TEST_CASE("The exit needs a reason and an end after the start; follow-ups are then due", "[participanttabs][exit][ui]")
{
    test::TempTeam t;
    const qint64 id = test::addTestParticipant(t, 8, QStringLiteral("Elin"));
    const qint64 enrolment = test::enrolTest(t, id, QStringLiteral("Steget"), d("2026-02-02"));
    test::AnsweringPrompts prompts;
    EnrolmentExitTab tab(t.team(), prompts, id);
    ExitForm *form = tab.exitForm();
    auto *error = child<QLabel>(form, QStringLiteral("exitError"));

    child<QDateEdit>(form, QStringLiteral("exitEndDate"))->setDate(d("2026-11-20"));
    CHECK_FALSE(form->recordExit()); // no reason chosen
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("needs a reason")));
    CHECK(EnrollmentRepository(t->database()).get(enrolment)->isOpen());

    selectData(child<QComboBox>(form, QStringLiteral("exitReason")), QStringLiteral("arbete"));
    child<QDateEdit>(form, QStringLiteral("exitEndDate"))->setDate(d("2026-01-15"));
    CHECK_FALSE(form->recordExit());
    CHECK(error->text().contains(QStringLiteral("before the start date (2026-02-02)")));
    CHECK(EnrollmentRepository(t->database()).get(enrolment)->isOpen());

    child<QDateEdit>(form, QStringLiteral("exitEndDate"))->setDate(d("2026-11-20"));
    child<QPlainTextEdit>(form, QStringLiteral("exitOwnView"))->setPlainText(QStringLiteral("Jag är redo."));
    REQUIRE(form->recordExit());
    const Enrollment exited = *EnrollmentRepository(t->database()).get(enrolment);
    REQUIRE(exited.exit);
    CHECK(exited.exit->reason == QStringLiteral("arbete"));
    CHECK(exited.exit->ownView == QStringLiteral("Jag är redo."));
    CHECK(exited.exit->followup1Due == d("2027-02-18")); // 90 days
    CHECK(exited.exit->followup2Due == d("2027-05-20")); // six months
    CHECK(ParticipantRepository(t->database()).get(id)->status == ParticipantStatus::Exited);
    // The form now shows the exit read-only and the follow-ups take their result.
    CHECK_FALSE(child<QWidget>(form, QStringLiteral("exitReason"))->isEnabled());
    child<QDateEdit>(form, QStringLiteral("followupDone1"))->setDate(d("2027-02-20"));
    child<QLineEdit>(form, QStringLiteral("followupResult1"))->setText(QStringLiteral("Arbetar 75 %"));
    REQUIRE(form->recordFollowup(1));
    CHECK(EnrollmentRepository(t->database()).get(enrolment)->exit->followup1Result == QStringLiteral("Arbetar 75 %"));
}

TEST_CASE("Screenshots of every tab of a participant card with a year of data", "[participanttabs][ui][screenshots]")
{
    test::TempTeam t;
    const test::ParticipantHistory h = test::addParticipantHistory(t);
    ParticipantCard card(t.team(), h.participantId, false);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    card.resize(1280, 800);
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    const QString dir = test::testOutputDir(QStringLiteral("screenshots"));
    const QStringList names{QStringLiteral("overview"), QStringLiteral("referral"), QStringLiteral("sip"),
                            QStringLiteral("notes"), QStringLiteral("attendance"), QStringLiteral("assessments"),
                            QStringLiteral("exit"), QStringLiteral("log")};
    for (int tab = 0; tab < ParticipantCard::TabCount; ++tab) {
        REQUIRE(card.selectTab(names.at(tab)));
        CHECK(card.tabs()->currentIndex() == tab);
        QTest::qWait(20);
        CHECK(card.grab().save(QDir(dir).filePath(QStringLiteral("card-tab-%1-%2.png").arg(tab).arg(names.at(tab)))));
    }
    CHECK_FALSE(card.selectTab(QStringLiteral("no-such-tab")));
    CHECK(card.tabs()->currentIndex() == ParticipantCard::Log);
}

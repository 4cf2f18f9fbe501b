// SPDX-License-Identifier: EUPL-1.2
#include "common/documentprinting.h"
#include "documents/documentmodel.h"
#include "meetings/agendaeditor.h"
#include "meetings/assessmentform.h"
#include "meetings/capacitypanel.h"
#include "meetings/meetingmodestrip.h"
#include "meetings/meetingmodewindow.h"
#include "meetings/meetingseriesdialog.h"
#include "meetings/meetingsview.h"
#include "meetings/meetingservice.h"
#include "referrals/referralservice.h"
#include "pdftext.h"
#include "referralfixtures.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/waitinglistrepository.h"
#include "tempteam.h"
#include "testidentities.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::AnsweringPrompts;
using samsyn::test::ReferralFixtures;
using samsyn::test::TempTeam;

namespace {

const QDate kMeetingDay(2026, 12, 1);

// Five referrals with consent on the agenda of one meeting, oldest first.
struct FiveReferrals
{
    explicit FiveReferrals(TempTeam &t) : f(t)
    {
        const QStringList parties{QStringLiteral("Försäkringskassan"), QStringLiteral("Arbetsförmedlingen"),
                                  QStringLiteral("Åsele"), QStringLiteral("Region Test"), QStringLiteral("Vilhelmina")};
        for (int n = 1; n <= 5; ++n) {
            referrals << f.referral(n, parties.at(n - 1), QDate(2026, 11, n));
            f.consent(referrals.last().participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
        }
        // Referrers write the person's name into the reason; the projector must not show it.
        Referral first = referrals.first();
        first.reason = QStringLiteral("Åsa1 Öberg har varit sjukskriven länge, pnr %1.").arg(test::testPnr(1));
        first.ownWish = QStringLiteral("Åsa1 vill arbeta med djur.");
        ReferralService(t.team()).update(first);
        meetingId = f.meeting(kMeetingDay);
        MeetingService(t.team()).fillAgenda(meetingId);
    }
    ReferralFixtures f;
    QList<Referral> referrals;
    qint64 meetingId = 0;
};

// Sends a key where the keyboard is: the focused field, or the window itself.
void press(MeetingModeWindow &w, int key)
{
    QWidget *target = w.focusWidget() ? w.focusWidget() : &w;
    QTest::keyClick(target, Qt::Key(key));
}

void pressAll(MeetingModeWindow &w, std::initializer_list<int> keys)
{
    for (int key : keys)
        press(w, key);
}

bool anyTextContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Meeting mode runs a meeting of five referrals from the keyboard", "[meetings][meetingmode][ui]")
{
    TempTeam t;
    FiveReferrals five(t);
    AnsweringPrompts prompts;
    qint64 millis = 0;
    auto *window = new MeetingModeWindow(t.team(), prompts, five.meetingId, [&millis] { return millis; });
    window->resize(1920, 1080);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    QApplication::setActiveWindow(window);
    window->setFocus();

    // Large type: the heading is readable from the back of a room.
    auto *heading = window->findChild<QLabel *>(QStringLiteral("itemHeading"));
    REQUIRE(heading);
    CHECK(heading->font().pointSizeF() >= 28);
    CHECK(heading->text() == QStringLiteral("Å. Ö."));

    // Names and personnummer never appear unless the chair reveals the name for this item.
    auto checkNoIdentity = [&] {
        const QStringList texts = window->visibleTexts();
        for (int n = 1; n <= 5; ++n) {
            CHECK_FALSE(anyTextContains(texts, QStringLiteral("Åsa%1").arg(n)));
            CHECK_FALSE(anyTextContains(texts, test::testPnr(n).mid(2, 6)));
        }
        CHECK_FALSE(anyTextContains(texts, QStringLiteral("Öberg")));
    };
    checkNoIdentity();
    test::screenshot(window, QStringLiteral("meetingmode-item-initials"));
    auto *reason = window->findChild<QLabel *>(QStringLiteral("itemReason"));
    REQUIRE(reason);
    CHECK(reason->text() == QStringLiteral("Å. Ö. har varit sjukskriven länge, pnr ******-****.\nOwn wish: Å. vill arbeta med djur."));
    press(*window, Qt::Key_N);
    CHECK(heading->text() == QStringLiteral("Åsa1 Öberg"));
    CHECK(reason->text().startsWith(QStringLiteral("Åsa1 Öberg har varit sjukskriven länge, pnr ******-****.")));
    CHECK_FALSE(anyTextContains(window->visibleTexts(), test::testPnr(1).mid(2, 6)));
    test::screenshot(window, QStringLiteral("meetingmode-item-revealed"));
    press(*window, Qt::Key_N);
    checkNoIdentity();

    // Clock: 65 s on the first item.
    millis = 65'000;
    window->refreshClock();
    CHECK(window->clockText() == QStringLiteral("This item 01:05   ·   Total 01:05"));

    // 1: yes, yes, yes (each answer moves to the next question), offer, record.
    pressAll(*window, {Qt::Key_1, Qt::Key_1, Qt::Key_1, Qt::Key_O, Qt::Key_Return});
    CHECK(window->session().current() == 1);
    millis = 95'000;
    window->refreshClock();
    CHECK(window->clockText() == QStringLiteral("This item 00:30   ·   Total 01:35"));
    // A name revealed on item 1 is hidden again on item 2.
    CHECK(heading->text() == QStringLiteral("Å. Ö."));

    // 2: yes, no, unclear with a comment on the third; D then 2 = waiting list.
    pressAll(*window, {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_C});
    test::typeInto(window->focusWidget(), QStringLiteral("Vill först prata med sin läkare"));
    pressAll(*window, {Qt::Key_Return, Qt::Key_D, Qt::Key_2, Qt::Key_Return});
    CHECK(window->session().current() == 2);

    // 3: decline needs a recommendation: Enter without one is refused, nothing written.
    pressAll(*window, {Qt::Key_2, Qt::Key_1, Qt::Key_1, Qt::Key_D, Qt::Key_3});
    press(*window, Qt::Key_Return);
    CHECK(window->session().current() == 2);
    CHECK(window->messageText().contains(QStringLiteral("recommendation")));
    CHECK_FALSE(ReferralAssessmentRepository(t->database()).forItem(window->session().entry().item.id));
    test::typeInto(window->focusWidget(), QStringLiteral("Åter till Försäkringskassan för arbetsförmågebedömning"));
    press(*window, Qt::Key_Return);
    CHECK(window->session().current() == 3);

    // 4: postpone with what is missing (P, type, Enter).
    pressAll(*window, {Qt::Key_3, Qt::Key_3, Qt::Key_1, Qt::Key_P});
    test::typeInto(window->focusWidget(), QStringLiteral("Läkarintyg saknas"));
    press(*window, Qt::Key_Return);
    CHECK(window->session().current() == 4);

    // 5: Esc with unsaved answers asks first (and stays when told no); then offer.
    pressAll(*window, {Qt::Key_1, Qt::Key_1});
    press(*window, Qt::Key_Escape);
    CHECK(prompts.questions.size() == 1);
    CHECK(window->isVisible());
    // Left and Right move between items; the draft of item 5 survives the visit.
    press(*window, Qt::Key_Left);
    CHECK(window->session().current() == 3);
    CHECK(anyTextContains(window->visibleTexts(), QStringLiteral("✓ Recorded: Postpone")));
    press(*window, Qt::Key_Right);
    CHECK(window->session().draft().answers[1] == Answer::Yes);
    pressAll(*window, {Qt::Key_Up, Qt::Key_Up, Qt::Key_3, Qt::Key_D, Qt::Key_1, Qt::Key_Return});
    CHECK(window->session().doneCount() == 5);
    const QStringList strip = window->strip()->texts();
    REQUIRE(strip.size() == 5);
    for (const QString &box : strip)
        CHECK(box.startsWith(QStringLiteral("✓")));
    checkNoIdentity();
    test::screenshot(window, QStringLiteral("meetingmode-overview-end"));

    // Leaving needs no question now: everything was recorded item by item.
    bool left = false;
    QObject::connect(window, &MeetingModeWindow::left, [&left] { left = true; });
    press(*window, Qt::Key_Escape);
    CHECK(left);
    CHECK(prompts.questions.size() == 1);
    delete window;

    // What the file holds, read after closing and opening it again.
    t.reopen();
    const QList<AgendaItem> agenda = MeetingRepository(t->database()).agenda(five.meetingId);
    REQUIRE(agenda.size() == 5);
    QList<DecisionKind> kinds;
    const ReferralAssessmentRepository assessments(t->database());
    for (const AgendaItem &item : agenda) {
        const auto a = assessments.forItem(item.id);
        REQUIRE(a);
        REQUIRE(a->decision);
        CHECK(a->decidedOn == kMeetingDay);
        kinds << *a->decision;
    }
    CHECK(kinds == QList<DecisionKind>{DecisionKind::Offer, DecisionKind::WaitingList, DecisionKind::Decline,
                                       DecisionKind::Postpone, DecisionKind::Offer});
    const ReferralAssessment second = *assessments.forItem(agenda.at(1).id);
    CHECK(second.answers[0] == Answer::Yes);
    CHECK(second.answers[1] == Answer::No);
    CHECK(second.answers[2] == Answer::Unclear);
    CHECK(second.comments[2] == QStringLiteral("Vill först prata med sin läkare"));
    const ReferralAssessment first = *assessments.forItem(agenda.at(0).id);
    CHECK(first.programmeId == t.programmeId(QStringLiteral("Steget")));
    CHECK(first.coordinatorId == t.memberId(QStringLiteral("Karin Koordinator")));
    CHECK(first.plannedStart == QDate(2026, 12, 8));
    CHECK(assessments.forItem(agenda.at(2).id)->recommendation
          == QStringLiteral("Åter till Försäkringskassan för arbetsförmågebedömning"));
    CHECK(assessments.forItem(agenda.at(3).id)->missing == QStringLiteral("Läkarintyg saknas"));
    const ReferralAssessment fifth = *assessments.forItem(agenda.at(4).id);
    CHECK(fifth.answers[0] == Answer::Unclear);
    CHECK(fifth.answers[1] == Answer::Yes);

    auto statusOf = [&](int n) { return ParticipantRepository(t->database()).get(five.referrals.at(n).participantId)->status; };
    CHECK(statusOf(0) == ParticipantStatus::Active);
    CHECK(statusOf(1) == ParticipantStatus::Waiting);
    CHECK(statusOf(2) == ParticipantStatus::Exited);
    CHECK(statusOf(3) == ParticipantStatus::Referred);
    CHECK(statusOf(4) == ParticipantStatus::Active);
    CHECK(ReferralRepository(t->database()).get(five.referrals.at(3).id)->status == ReferralStatus::Postponed);
    CHECK(WaitingListRepository(t->database()).queue(t.programmeId(QStringLiteral("Steget"))).size() == 1);
}

TEST_CASE("The meetings view: season, filled agenda, reorder, a decision from the form, capacity", "[meetings][ui]")
{
    TempTeam t;
    FiveReferrals five(t);
    // One referral without consent: the fill says it was left off.
    const Referral without = five.f.referral(6, QStringLiteral("Försäkringskassan"), QDate(2026, 11, 20));
    AnsweringPrompts prompts;
    MeetingsView view(t.team(), prompts);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    MeetingSeriesDialog *series = view.newSeries();
    MeetingSeries s;
    s.weekday = Qt::Tuesday;
    s.intervalWeeks = 3;
    s.firstDate = QDate(2027, 1, 7);
    s.lastDate = QDate(2027, 6, 15);
    s.startTime = QTime(13, 0);
    s.place = QStringLiteral("Träffpunkten");
    series->setSeries(s);
    series->accept();
    CHECK(view.message() == QStringLiteral("8 meeting(s) created."));
    // Upcoming first: the header, then the meeting of 1 December.
    view.selectMeeting(five.meetingId);
    CHECK(view.meetingList()->item(0)->text() == QStringLiteral("Upcoming"));
    CHECK(view.meetingList()->item(1)->text().startsWith(QStringLiteral("2026-12-01")));

    AgendaEditor *agenda = view.agenda();
    REQUIRE(agenda->entries().size() == 5);
    agenda->fill();
    CHECK(view.message().contains(QStringLiteral("Åsa6 Öberg")));
    const qint64 lastItem = agenda->entries().last().item.id;
    agenda->selectItem(lastItem);
    agenda->moveCurrent(-1);
    agenda->moveCurrent(-1);
    CHECK(MeetingRepository(t->database()).agenda(five.meetingId).at(2).id == lastItem);
    agenda->addOther(QStringLiteral("Planering inför våren"));
    CHECK(agenda->entries().size() == 6);
    prompts.confirmAnswer = true;
    agenda->removeCurrent();
    CHECK(agenda->entries().size() == 5);

    // A decision from the form: waiting list for the first item.
    agenda->list()->setCurrentRow(0);
    AssessmentForm *form = view.assessmentForm();
    ReferralAssessment a = form->assessment();
    a.answers[0] = Answer::Yes;
    a.answers[1] = Answer::Yes;
    a.answers[2] = Answer::Yes;
    a.decision = DecisionKind::WaitingList;
    a.programmeId = t.programmeId(QStringLiteral("Gruppen"));
    form->setAssessment(a);
    REQUIRE(form->recordDecision());
    const qint64 firstPerson = five.referrals.at(0).participantId;
    CHECK(ParticipantRepository(t->database()).get(firstPerson)->status == ParticipantStatus::Waiting);
    CHECK(agenda->list()->item(0)->text().startsWith(QStringLiteral("✓ 1.")));
    const QString capacity = view.capacity()->programmeText(t.programmeId(QStringLiteral("Gruppen")));
    CHECK(capacity.contains(QStringLiteral("0 of 8 places in use, 8 free")));
    CHECK(capacity.contains(QStringLiteral("Next in line: Åsa1 Öberg")));
    agenda->list()->setCurrentRow(1);
    QApplication::processEvents();
    test::screenshot(&view, QStringLiteral("meetings-view"));

    // The protocol and the decided item's letter as PDF, where the prompts say.
    prompts.pdfAnswer = t.folder() + QStringLiteral("/protokoll");
    REQUIRE(view.saveProtocol());
    const QStringList protocol = test::pdfPages(prompts.pdfAnswer + QStringLiteral(".pdf"));
    REQUIRE_FALSE(protocol.isEmpty());
    CHECK(protocol.join(QLatin1Char('\n')).contains(QStringLiteral("2026-12-01")));
    CHECK_FALSE(protocol.join(QLatin1Char('\n')).contains(QStringLiteral("Åsa1 Öberg"))); // initials only
    agenda->list()->setCurrentRow(0);
    prompts.pdfAnswer = t.folder() + QStringLiteral("/brev.pdf");
    REQUIRE(view.saveDecisionLetter());
    CHECK(test::pdfPages(prompts.pdfAnswer).join(QLatin1Char('\n')).contains(QStringLiteral("Åsa1 Öberg")));
    CHECK(prompts.errorMessages.isEmpty());

    // The same documents in the print preview; Ctrl+P in the view prints the protocol. A
    // print is logged only when the preview printed.
    QStringList previewed;
    bool printed = false;
    DocumentPrinting::setPreviewHandler([&](const Document &d, QWidget *) {
        previewed << d.title;
        return printed;
    });
    const auto lastAudit = [&] { return AuditLog::latest(t->database(), 1).first(); };
    const qint64 before = lastAudit().seq;
    CHECK_FALSE(view.printDecisionLetter()); // closed without printing
    CHECK(lastAudit().seq == before);
    printed = true;
    REQUIRE(view.printDecisionLetter());
    CHECK(lastAudit().detail == QStringLiteral("letter %1").arg(five.referrals.at(0).id));
    CHECK(lastAudit().participantId == firstPerson);
    QAction *print = nullptr;
    for (QAction *action : view.actions())
        print = action->shortcut() == QKeySequence(QKeySequence::Print) ? action : print;
    REQUIRE(print);
    print->trigger();
    CHECK(lastAudit().detail == QStringLiteral("protocol 2026-12-01"));
    CHECK(previewed.size() == 3);
    DocumentPrinting::setPreviewHandler({});
    agenda->list()->setCurrentRow(1);
    QApplication::processEvents();

    // F5 opens meeting mode on the chosen meeting, where the decided item is done already.
    MeetingModeWindow *mode = view.startMeetingMode(false);
    REQUIRE(mode);
    CHECK(mode->session().doneCount() == 1);
    CHECK(mode->session().current() == 1);
    mode->close();
    QApplication::processEvents();
    Q_UNUSED(without);
}

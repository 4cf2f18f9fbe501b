// SPDX-License-Identifier: EUPL-1.2
#include "common/documentprinting.h"
#include "documents/pdfexport.h"
#include "participants/participantcard.h"
#include "participants/tabs/enrolmentexittab.h"
#include "participants/tabs/exitdocumentpanel.h"
#include "participants/tabs/noteeditor.h"
#include "participants/tabs/notestab.h"
#include "participants/tabs/siptab.h"
#include "pdftext.h"
#include "sipexitfixtures.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/exitdocumentrepository.h"
#include "storage/noterepository.h"
#include "storage/siprepository.h"
#include "tempteam.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

struct Audit
{
    QString action;
    QString detail;
};

Audit lastAudit(TempTeam &t)
{
    const QVariant action = t->database().scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"));
    const QVariant detail = t->database().scalar(QStringLiteral("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1"));
    return {action.toString(), detail.toString()};
}

int printsLogged(TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document.print'")).toInt();
}

void fillEditor(NotesTab &tab, QDate date, NoteKind kind, const QString &text)
{
    tab.editor()->dateEdit()->setDate(date);
    tab.editor()->kindCombo()->setCurrentIndex(tab.editor()->kindCombo()->findData(NoteKinds::code(kind)));
    tab.editor()->textEdit()->setPlainText(text);
}

void addNote(TempTeam &t, qint64 participantId, QDate date, NoteKind kind, const QString &text)
{
    Note n;
    n.participantId = participantId;
    n.date = date;
    n.kind = kind;
    n.authorId = t.memberId(QStringLiteral("Karin Koordinator"));
    n.text = text;
    t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) { NoteRepository::add(ctx, n); });
}

QList<QDate> dates(const QList<Note> &notes)
{
    QList<QDate> out;
    for (const Note &n : notes)
        out << n.date;
    return out;
}

QString pdfText(const QString &path)
{
    return pdfPages(path).join(QLatin1Char('\n')).simplified();
}

// The print preview is modal; these tests print what it would have shown to a PDF instead.
struct PreviewToPdf
{
    explicit PreviewToPdf(const QString &folder) : m_folder(folder)
    {
        DocumentPrinting::setPreviewHandler([this](const Document &document, QWidget *) {
            const QString path = QDir(m_folder).filePath(QStringLiteral("printed-%1.pdf").arg(++count));
            writePdf(document, path);
            printed << path;
            return answer;
        });
    }
    ~PreviewToPdf() { DocumentPrinting::setPreviewHandler({}); }

    QString m_folder;
    bool answer = true;
    int count = 0;
    QStringList printed;
};

} // namespace

TEST_CASE("Notes tab: add, edit and delete a note; the audit trail never holds its text", "[notes][ui]")
{
    TempTeam t;
    StayFixture stay(t);
    AnsweringPrompts prompts;
    NotesTab tab(t.team(), prompts, stay.participantId);
    CHECK(tab.shown().isEmpty());
    CHECK(tab.editor()->isNew());

    const QString secret = QStringLiteral("Berättade om sömnproblem och oro inför arbetsträningen.");
    fillEditor(tab, QDate(2026, 11, 20), NoteKind::Phone, secret);
    REQUIRE(tab.save());
    REQUIRE(tab.shown().size() == 1);
    const qint64 id = tab.shown().first().id;
    CHECK(tab.shown().first().text == secret);
    CHECK(tab.shown().first().kind == NoteKind::Phone);
    CHECK(tab.shown().first().authorId == t->currentMember());
    CHECK(tab.table()->item(0, 0)->text() == QStringLiteral("2026-11-20"));
    CHECK(tab.table()->item(0, 1)->text() == NoteKinds::label(NoteKind::Phone));
    CHECK(tab.table()->item(0, 2)->text() == QStringLiteral("Karin Koordinator"));
    Audit audit = lastAudit(t);
    CHECK(audit.action == QStringLiteral("note.add"));
    CHECK(audit.detail == QStringLiteral("added note %1 (phone, 2026-11-20)").arg(id));
    CHECK_FALSE(audit.detail.contains(QStringLiteral("sömn")));

    // The saved note stays in the editor: the next save changes it rather than adding one.
    CHECK_FALSE(tab.editor()->isNew());
    fillEditor(tab, QDate(2026, 11, 19), NoteKind::Individual, QStringLiteral("Ändrad: träffades på kontoret."));
    REQUIRE(tab.save());
    CHECK(tab.shown().size() == 1);
    CHECK(NoteRepository(t->database()).get(id)->text == QStringLiteral("Ändrad: träffades på kontoret."));
    CHECK(NoteRepository(t->database()).get(id)->date == QDate(2026, 11, 19));
    audit = lastAudit(t);
    CHECK(audit.action == QStringLiteral("note.edit"));
    CHECK_FALSE(audit.detail.contains(QStringLiteral("kontoret")));

    // A note dated after today is refused in place; nothing is written.
    const int rows = t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    tab.startNew();
    fillEditor(tab, QDate(2026, 11, 25), NoteKind::Group, QStringLiteral("Framtid"));
    CHECK_FALSE(tab.save());
    CHECK_FALSE(tab.findChild<QLabel *>(QStringLiteral("noteError"))->isHidden());
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == rows);
    CHECK(tab.shown().size() == 1);

    // Delete asks; "no" keeps the note.
    REQUIRE(tab.selectNote(id));
    prompts.confirmAnswer = false;
    CHECK_FALSE(tab.deleteCurrent());
    CHECK(prompts.questions.size() == 1);
    CHECK(prompts.questions.first().contains(QStringLiteral("2026-11-19")));
    CHECK(NoteRepository(t->database()).get(id));
    prompts.confirmAnswer = true;
    REQUIRE(tab.deleteCurrent());
    CHECK_FALSE(NoteRepository(t->database()).get(id));
    CHECK(tab.shown().isEmpty());
    CHECK(tab.editor()->isNew());
    audit = lastAudit(t);
    CHECK(audit.action == QStringLiteral("note.delete"));
    CHECK_FALSE(audit.detail.contains(QStringLiteral("kontoret")));
}

TEST_CASE("Notes tab: newest first, filtered by kind and period (ends included)", "[notes][ui]")
{
    TempTeam t;
    StayFixture stay(t);
    addNote(t, stay.participantId, QDate(2026, 2, 3), NoteKind::Individual,
            QStringLiteral("Första samtalet: vill börja med korta pass, två förmiddagar i veckan."));
    addNote(t, stay.participantId, QDate(2026, 3, 10), NoteKind::Phone, QStringLiteral("Ringde, sjuk i veckan, hör av sig."));
    addNote(t, stay.participantId, QDate(2026, 4, 15), NoteKind::WorkplaceVisit,
            QStringLiteral("Besök på snickeriet med handledaren; arbetsuppgifter och tider bestämda."));
    addNote(t, stay.participantId, QDate(2026, 5, 20), NoteKind::PartyContact,
            QStringLiteral("Avstämning med Försäkringskassan om sjukpenningen."));
    addNote(t, stay.participantId, QDate(2026, 6, 2), NoteKind::Phone, QStringLiteral("Påminde om gruppen på torsdag."));
    addNote(t, stay.participantId, QDate(2026, 9, 8), NoteKind::Group, QStringLiteral("Deltog i gruppen, berättade om sommaren."));

    AnsweringPrompts prompts;
    NotesTab tab(t.team(), prompts, stay.participantId);
    CHECK(dates(tab.shown()) == QList<QDate>{QDate(2026, 9, 8), QDate(2026, 6, 2), QDate(2026, 5, 20), QDate(2026, 4, 15),
                                             QDate(2026, 3, 10), QDate(2026, 2, 3)});
    CHECK(tab.findChild<QLabel *>(QStringLiteral("notesCount"))->text().startsWith(QStringLiteral("6 note")));

    tab.setFilter({NoteKind::Phone, {}, {}});
    CHECK(dates(tab.shown()) == QList<QDate>{QDate(2026, 6, 2), QDate(2026, 3, 10)});
    CHECK(tab.table()->rowCount() == 2);
    CHECK(tab.findChild<QLabel *>(QStringLiteral("notesCount"))->text().startsWith(QStringLiteral("2 of 6 note")));

    // Both ends of the period count.
    tab.setFilter({std::nullopt, QDate(2026, 3, 10), QDate(2026, 5, 20)});
    CHECK(dates(tab.shown()) == QList<QDate>{QDate(2026, 5, 20), QDate(2026, 4, 15), QDate(2026, 3, 10)});
    tab.setFilter({NoteKind::Phone, QDate(2026, 3, 11), {}});
    CHECK(dates(tab.shown()) == QList<QDate>{QDate(2026, 6, 2)});
    // Through the widgets as a user would: the kind combo narrows what is listed.
    tab.setFilter({});
    auto *kind = tab.findChild<QComboBox *>(QStringLiteral("notesKindFilter"));
    kind->setCurrentIndex(kind->findData(NoteKinds::code(NoteKind::Group)));
    CHECK(dates(tab.shown()) == QList<QDate>{QDate(2026, 9, 8)});

    tab.setFilter({});
    REQUIRE(tab.selectNote(tab.shown().at(2).id));
    tab.resize(1280, 800);
    tab.show();
    QApplication::processEvents();
    screenshot(&tab, QStringLiteral("card-notes"));
}

TEST_CASE("SIP tab: Save as PDF prints the version shown, goals before actions, and is logged", "[sip][ui][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    AnsweringPrompts prompts;
    SipTab tab(t.team(), prompts, stay.participantId);
    tab.resize(1280, 800);
    tab.show();
    QApplication::processEvents();
    screenshot(&tab, QStringLiteral("card-sip-print"));
    CHECK(tab.findChild<QPushButton *>(QStringLiteral("sipPrintPreview"))->isVisible());

    // Cancelled: nothing written, nothing logged.
    CHECK_FALSE(tab.savePdf());
    CHECK(printsLogged(t) == 0);

    prompts.pdfAnswer = QDir(t.folder()).filePath(QStringLiteral("sip-v1"));
    REQUIRE(tab.savePdf());
    const QString pdf = prompts.pdfAnswer + QStringLiteral(".pdf");
    REQUIRE(QFile::exists(pdf));
    renderPng(pdf, 1);
    const QString text = pdfText(pdf);
    const auto goal = text.indexOf(QStringLiteral("Arbetsträna 25 % på en arbetsplats jag väljer"));
    const auto action = text.indexOf(QStringLiteral("Arbetsträning med handledare"));
    CHECK(goal >= 0);
    CHECK(action > goal);
    CHECK(printsLogged(t) == 1);
    CHECK(lastAudit(t).detail == QStringLiteral("sip %1 version 1").arg(stay.planId));

    // After a follow-up and a change to the new version, version 1 still prints as it was.
    stay.followUp(QDate(2026, 4, 20), QStringLiteral("Uppföljning efter tre månader."));
    SipVersion current = *SipRepository(t->database()).current(stay.planId);
    current.goals[0].text = QStringLiteral("Arbetsträna 50 % på snickeriet");
    t->write(QStringLiteral("sip.update"), [&](WriteContext &ctx) { SipRepository::updateCurrent(ctx, current); });
    tab.showVersion(stay.planId, 1);
    prompts.pdfAnswer = QDir(t.folder()).filePath(QStringLiteral("sip-old.pdf"));
    REQUIRE(tab.savePdf());
    const QString old = pdfText(prompts.pdfAnswer);
    CHECK(old.contains(QStringLiteral("Arbetsträna 25 % på en arbetsplats jag väljer")));
    CHECK_FALSE(old.contains(QStringLiteral("50 % på snickeriet")));
    CHECK(lastAudit(t).detail == QStringLiteral("sip %1 version 1").arg(stay.planId));

    tab.showVersion(stay.planId, 2);
    PreviewToPdf preview(t.folder());
    REQUIRE(tab.printPreview());
    CHECK(pdfText(preview.printed.first()).contains(QStringLiteral("50 % på snickeriet")));
    CHECK(lastAudit(t).detail == QStringLiteral("sip %1 version 2").arg(stay.planId));
    // Closing the preview without printing records nothing.
    preview.answer = false;
    CHECK_FALSE(tab.printPreview());
    CHECK(printsLogged(t) == 3);
}

TEST_CASE("Exit tab: the final print is kept, and later changes do not alter a reprint", "[exit][ui][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    AnsweringPrompts prompts;
    {
        EnrolmentExitTab before(t.team(), prompts, stay.participantId);
        CHECK(before.exitDocument()->isHidden()); // no stay has ended yet
    }
    stay.exit();
    EnrolmentExitTab tab(t.team(), prompts, stay.participantId);
    ExitDocumentPanel *panel = tab.exitDocument();
    CHECK_FALSE(panel->isHidden());
    CHECK(panel->finalButton()->text() == QStringLiteral("Print final…"));
    PreviewToPdf preview(t.folder());

    // "No" to the question: nothing printed, nothing kept.
    CHECK_FALSE(panel->printFinal());
    CHECK(prompts.questions.size() == 1);
    CHECK(preview.printed.isEmpty());
    CHECK_FALSE(ExitDocumentRepository(t->database()).finalFor(stay.enrollmentId));

    prompts.confirmAnswer = true;
    REQUIRE(panel->printFinal());
    REQUIRE(ExitDocumentRepository(t->database()).finalFor(stay.enrollmentId));
    CHECK(lastAudit(t).detail == QStringLiteral("exit report %1 (final)").arg(stay.enrollmentId));
    const QString final = pdfText(preview.printed.first());
    CHECK(final.contains(QStringLiteral("Fortsätter på snickeriet med lönebidrag")));
    CHECK_FALSE(final.contains(QStringLiteral("draft"), Qt::CaseInsensitive));
    CHECK(panel->hasFinal());
    CHECK(panel->finalButton()->text() == QStringLiteral("Print final again (kept 2026-11-24)…"));

    // The plan changes after the final print; the PDF is still the kept version.
    t->write(QStringLiteral("enrollment.exit.edit"), [&](WriteContext &ctx) {
        EnrollmentRepository::updateExitTexts(ctx, stay.enrollmentId, QStringLiteral("Helt annan plan."), QString(),
                                              QStringLiteral("Helt annan bild."));
    });
    prompts.pdfAnswer = QDir(t.folder()).filePath(QStringLiteral("slut-again.pdf"));
    REQUIRE(panel->savePdf());
    const QString again = pdfText(prompts.pdfAnswer);
    CHECK(again.contains(QStringLiteral("Fortsätter på snickeriet med lönebidrag")));
    CHECK_FALSE(again.contains(QStringLiteral("Helt annan")));
    CHECK(lastAudit(t).detail == QStringLiteral("exit report %1 (final, stored copy)").arg(stay.enrollmentId));

    // Printing the final again asks nothing more and keeps no second copy.
    REQUIRE(panel->printFinal());
    CHECK(prompts.questions.size() == 2);
    CHECK_FALSE(pdfText(preview.printed.last()).contains(QStringLiteral("Helt annan")));
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM exit_documents")).toInt() == 1);
}

TEST_CASE("Participant card: Ctrl+P prints what the tab shows", "[sip][exit][ui][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    stay.exit();
    AnsweringPrompts prompts;
    ParticipantCard card(t.team(), stay.participantId, false, &prompts);
    PreviewToPdf preview(t.folder());
    QAction *print = nullptr;
    for (QAction *action : card.actions())
        print = action->shortcut() == QKeySequence(QKeySequence::Print) ? action : print;
    REQUIRE(print);

    // The overview has no document: nothing happens, nothing is logged.
    const int before = printsLogged(t);
    REQUIRE(card.selectTab(QStringLiteral("overview")));
    print->trigger();
    CHECK(preview.printed.isEmpty());

    REQUIRE(card.selectTab(QStringLiteral("sip")));
    print->trigger();
    REQUIRE(preview.printed.size() == 1);
    CHECK(pdfText(preview.printed.last()).contains(QStringLiteral("Arbetsträna 25 % på en arbetsplats jag väljer")));

    REQUIRE(card.selectTab(QStringLiteral("exit")));
    REQUIRE(card.printCurrentTab());
    REQUIRE(preview.printed.size() == 2);
    CHECK(pdfText(preview.printed.last()).contains(QStringLiteral("Final report (slutdokumentation)")));
    CHECK(printsLogged(t) == before + 2);
    CHECK(prompts.errorMessages.isEmpty());
}

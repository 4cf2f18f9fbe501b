// SPDX-License-Identifier: EUPL-1.2
#include "export/susexport.h"
#include "participants/participantcard.h"
#include "participants/tabs/enrolmentdialog.h"
#include "reports/chartspanel.h"
#include "reports/periodpicker.h"
#include "reports/periodreport.h"
#include "reports/reportsview.h"
#include "reports/suspreviewpage.h"
#include "reports/susproblemspage.h"
#include "reports/sussavepage.h"
#include "reports/susexportwizard.h"
#include "reportscenario.h"
#include "storage/database.h"
#include "susfixtures.h"
#include "teamfile.h"
#include "tempteam.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QDir>
#include <QFile>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

// The rows of every table of the document on screen, cell texts in order: what the reader sees.
QList<QStringList> screenRows(const QTextDocument *document)
{
    QList<QTextTable *> tables;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextTable *table = QTextCursor(block).currentTable();
        if (table && !tables.contains(table))
            tables << table;
    }
    QList<QStringList> rows;
    for (QTextTable *table : tables) {
        for (int r = 0; r < table->rows(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->columns(); ++c) {
                QTextCursor first = table->cellAt(r, c).firstCursorPosition();
                first.setPosition(table->cellAt(r, c).lastCursorPosition().position(), QTextCursor::KeepAnchor);
                cells << first.selectedText();
            }
            rows << cells;
        }
    }
    return rows;
}

// The first row on screen whose label is `label` (the tables are searched in order).
QStringList screenRow(const QTextDocument *document, const QString &label)
{
    for (const QStringList &row : screenRows(document)) {
        if (!row.isEmpty() && row.first() == label)
            return row.mid(1);
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("Rapporter starts at the last completed quarter", "[reports][ui]")
{
    test::TempTeam t; // today 2026-11-24
    test::AnsweringPrompts prompts;
    ReportsView view(t.team(), prompts);
    CHECK(view.periodPicker()->period() == Period::quarter(2026, 3));
    CHECK(view.content().period == Period::quarter(2026, 3));

    PeriodPicker picker(QDate(2026, 4, 1));
    CHECK(picker.period() == Period::quarter(2026, 1));
    PeriodPicker onQuarterEnd(QDate(2026, 3, 31));
    CHECK(onQuarterEnd.period() == Period::quarter(2025, 4));
}

TEST_CASE("the period picker makes every kind of period", "[reports][ui]")
{
    PeriodPicker picker(QDate(2026, 11, 24));
    QList<Period> emitted;
    QObject::connect(&picker, &PeriodPicker::periodChanged, [&](const Period &p) { emitted << p; });
    auto *kind = picker.findChild<QComboBox *>(QStringLiteral("periodKind"));
    auto *number = picker.findChild<QComboBox *>(QStringLiteral("periodNumber"));
    REQUIRE(kind);
    REQUIRE(number);

    // Switching to months keeps the time of year: the first month of Q3.
    kind->setCurrentIndex(kind->findData(int(Period::Kind::Month)));
    CHECK(picker.period() == Period::month(2026, 7));
    number->setCurrentIndex(8);
    CHECK(picker.period() == Period::month(2026, 9));
    kind->setCurrentIndex(kind->findData(int(Period::Kind::Tertial)));
    CHECK(picker.period() == Period::tertial(2026, 3));
    kind->setCurrentIndex(kind->findData(int(Period::Kind::Year)));
    CHECK(picker.period() == Period::year(2026));
    CHECK_FALSE(number->isVisibleTo(&picker));
    picker.setPeriod(Period::custom(QDate(2026, 1, 15), QDate(2026, 2, 14)));
    CHECK(kind->currentData().toInt() == int(Period::Kind::Custom));
    CHECK(emitted.size() == 5);
    CHECK(emitted.last() == Period::custom(QDate(2026, 1, 15), QDate(2026, 2, 14)));
}

TEST_CASE("the period report on screen shows the core's figures for March", "[reports][ui]")
{
    test::TempTeam t;
    test::buildMarchScenario(t);
    test::AnsweringPrompts prompts;
    ReportsView view(t.team(), prompts);
    view.resize(1280, 800);
    view.show();
    view.periodPicker()->setPeriod(Period::month(2026, 3));

    const QTextDocument *screen = view.browser()->document();
    // Worked out by hand in reportscenario.h: A and B from FK (B on the last day), C from Af,
    // D from Åsele; E (the day after) and F (the day before) are not in March.
    CHECK(screenRow(screen, QStringLiteral("Försäkringskassan")) == QStringList{QStringLiteral("2")});
    CHECK(screenRow(screen, QStringLiteral("Arbetsförmedlingen")) == QStringList{QStringLiteral("1")});
    CHECK(screenRow(screen, QStringLiteral("Region Test")) == QStringList{QStringLiteral("0")});
    CHECK(screenRow(screen, QStringLiteral("Total")) == QStringList{QStringLiteral("4")});
    // Exits: J to work (03-31) and K moved; M registered in error is left out.
    CHECK(screenRow(screen, QStringLiteral("Arbete")) == QStringList{QStringLiteral("1")});
    CHECK(screenRow(screen, QStringLiteral("Flytt")) == QStringList{QStringLiteral("1")});
    CHECK(screenRow(screen, QStringLiteral("Felregistrering")).isEmpty());
    // Every table of the core report is on screen, row for row.
    const PeriodReport core = PeriodReport::build(t->database(), Period::month(2026, 3), t->clock().today());
    const QList<QStringList> rows = screenRows(screen);
    for (const ReportTable &table : core.tables()) {
        for (const QStringList &row : table.rows)
            CHECK(rows.contains(row));
    }
    // The charts are images of the document, shown on screen as well as on paper.
    CHECK(screen->toHtml().count(QStringLiteral("samsyn-image:")) == 3);
    CHECK(view.charts()->chartCount() == 3);
    QCoreApplication::processEvents();
    test::screenshot(&view, QStringLiteral("reports-period"));

    view.showCharts(true);
    QCoreApplication::processEvents();
    test::screenshot(&view, QStringLiteral("reports-charts"));
}

TEST_CASE("the outcome table per municipality and saving a report as CSV and PDF", "[reports][ui]")
{
    test::TempTeam t;
    test::buildMarchScenario(t);
    test::AnsweringPrompts prompts;
    ReportsView view(t.team(), prompts);
    view.resize(1280, 800);
    view.show();
    view.periodPicker()->setPeriod(Period::month(2026, 3));
    view.setKind(ReportsView::Kind::Outcomes, QStringLiteral("municipality"));
    REQUIRE(view.content().title.startsWith(QStringLiteral("Outcome")));
    CHECK(view.content().tables.first().headers.contains(QStringLiteral("Total")));
    CHECK(view.charts()->chartCount() == 3); // the period's charts, though the table has none
    QCoreApplication::processEvents();
    test::screenshot(&view, QStringLiteral("reports-outcomes"));

    view.setKind(ReportsView::Kind::Period);
    SECTION("CSV: the file the user named, with the report's figures")
    {
        const QString path = QDir(t.folder()).filePath(QStringLiteral("mars"));
        prompts.csvAnswer = path;
        CHECK(view.saveAsCsv() == path + QStringLiteral(".csv"));
        const QByteArray csv = readFile(path + QStringLiteral(".csv"));
        CHECK(csv.startsWith("\xEF\xBB\xBF"));
        CHECK(csv.contains(QStringLiteral("Försäkringskassan;2;\r\n").toUtf8()));
        CHECK(csv.contains("Total;4;\r\n"));
        CHECK(prompts.errorMessages.isEmpty());
        CHECK(prompts.infoMessages.size() == 1);
    }
    SECTION("cancelling the save dialog writes nothing")
    {
        CHECK(view.saveAsCsv().isEmpty());
        CHECK(view.saveAsPdf().isEmpty());
        CHECK(QDir(t.folder()).entryList({QStringLiteral("*.csv"), QStringLiteral("*.pdf")}).isEmpty());
    }
    SECTION("a folder that does not exist: a clear message and no file")
    {
        prompts.pdfAnswer = QDir(t.folder()).filePath(QStringLiteral("saknas/rapport.pdf"));
        CHECK(view.saveAsPdf().isEmpty());
        CHECK(prompts.errorMessages.size() == 1);
        CHECK_FALSE(QFile::exists(prompts.pdfAnswer));
    }
    SECTION("PDF")
    {
        prompts.pdfAnswer = QDir(t.folder()).filePath(QStringLiteral("rapport.pdf"));
        CHECK(view.saveAsPdf() == prompts.pdfAnswer);
        CHECK(readFile(prompts.pdfAnswer).startsWith("%PDF"));
    }
}

TEST_CASE("the quarter-end export wizard: problems, counts and files", "[reports][sus][ui]")
{
    test::TempTeam t;
    test::SusFixtures f(t);
    f.standard();
    // Gustav is registered "with consent", but no consent to registration is on file.
    const qint64 gustav = f.person(9, QStringLiteral("Gustav"), QStringLiteral("Ås"));
    f.referral(gustav, QStringLiteral("Försäkringskassan"), QDate(2026, 7, 1));
    f.enrol(gustav, QStringLiteral("Steget"), QDate(2026, 7, 6));
    // Helga has everything but her education level.
    const qint64 helga = f.person(10, QStringLiteral("Helga"), QStringLiteral("Berg"));
    f.referral(helga, QStringLiteral("Försäkringskassan"), QDate(2026, 7, 1));
    f.registrationConsent(helga, QDate(2026, 7, 1));
    test::SusFixtures::Start noEducation;
    noEducation.education.clear();
    f.enrol(helga, QStringLiteral("Steget"), QDate(2026, 8, 10), noEducation);

    test::AnsweringPrompts prompts;
    SusExportWizard wizard(t.team(), prompts);
    wizard.resize(1280, 800);
    wizard.show();
    REQUIRE(wizard.currentId() == SusExportWizard::PeriodPage);
    CHECK(wizard.period() == Period::quarter(2026, 3));
    QCoreApplication::processEvents();
    test::screenshot(&wizard, QStringLiteral("sus-wizard-1"));

    wizard.next();
    REQUIRE(wizard.currentId() == SusExportWizard::ProblemsPage);
    const QTableWidget *problems = wizard.problemsPage()->table();
    REQUIRE(problems->rowCount() == 2);
    CHECK(cell(problems, 0, 0) == QStringLiteral("Gustav Ås"));
    CHECK(cell(problems, 0, 1) == QStringLiteral("Steget from 2026-07-06"));
    CHECK(cell(problems, 0, 2) == QStringLiteral("Registration / consent"));
    CHECK(cell(problems, 1, 0) == QStringLiteral("Helga Berg"));
    CHECK(cell(problems, 1, 2) == QStringLiteral("Education level"));
    QCoreApplication::processEvents();
    test::screenshot(&wizard, QStringLiteral("sus-wizard-2"));

    // A line opens the participant where the field is corrected.
    QList<std::pair<qint64, QString>> opened;
    QObject::connect(&wizard, &SusExportWizard::openParticipant,
                     [&](qint64 id, const QString &tab) { opened.append({id, tab}); });
    wizard.problemsPage()->openLine(1);
    QTableWidget *table = wizard.problemsPage()->table();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(0).first == helga);
    CHECK(opened.at(0).second.startsWith(QStringLiteral("enrollment/enrolEducation@")));
    CHECK(opened.at(1).first == gustav);
    CHECK(opened.at(1).second == QStringLiteral("consent"));

    // On the card, that place is the enrolment's correction dialog with the cursor in the field;
    // filling the gap there clears the problem.
    ParticipantCard card(t.team(), helga, false, &prompts);
    card.show();
    REQUIRE(card.openAt(opened.at(0).second));
    auto *dialog = card.findChild<EnrolmentDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isEdit());
    auto *education = dialog->findChild<QComboBox *>(QStringLiteral("enrolEducation"));
    REQUIRE(education);
    CHECK(dialog->focusWidget() == education); // the focus once the dialog is the active window
    education->setCurrentIndex(education->count() - 1);
    test::screenshot(dialog, QStringLiteral("enrolment-correct-dialog"));
    REQUIRE(dialog->save());
    dialog->close();
    wizard.problemsPage()->initializePage();
    CHECK(wizard.problemsPage()->table()->rowCount() == 1);
    CHECK(wizard.currentId() == SusExportWizard::ProblemsPage); // Enter did not also press Next

    // Problems and no "export anyway": the wizard does not go on.
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    CHECK(wizard.currentId() == SusExportWizard::ProblemsPage);
    wizard.setAllowIncomplete(true);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    REQUIRE(wizard.currentId() == SusExportWizard::PreviewPage);

    // By hand: Steget women Anna, Cissi, Helga; men Bo, Gustav. Gruppen: Frida (David ended
    // the day before the quarter, Eva starts the day after).
    const QTableWidget *counts = wizard.previewPage()->counts();
    REQUIRE(counts->rowCount() == 2);
    CHECK(QStringList({cell(counts, 0, 0), cell(counts, 0, 1), cell(counts, 0, 2), cell(counts, 0, 3)})
          == QStringList({QStringLiteral("Gruppen"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1")}));
    CHECK(QStringList({cell(counts, 1, 0), cell(counts, 1, 1), cell(counts, 1, 2), cell(counts, 1, 3)})
          == QStringList({QStringLiteral("Steget"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("5")}));
    const QTableWidget *rows = wizard.previewPage()->rows();
    CHECK(rows->rowCount() == 6);
    CHECK(rows->horizontalHeaderItem(0)->text() == QStringLiteral("insats"));
    CHECK(cell(rows, 0, 0) == QStringLiteral("Gruppen"));
    // Personnummer are masked on screen.
    for (int r = 0; r < rows->rowCount(); ++r)
        CHECK((cell(rows, r, 2).isEmpty() || cell(rows, r, 2).endsWith(QStringLiteral("-****"))));
    QCoreApplication::processEvents();
    test::screenshot(&wizard, QStringLiteral("sus-wizard-3"));

    wizard.next();
    REQUIRE(wizard.currentId() == SusExportWizard::SavePage);
    SusSavePage *save = wizard.savePage();
    CHECK(save->folder() == t.folder());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    const QString out = QDir(t.folder()).filePath(QStringLiteral("export"));
    REQUIRE(QDir().mkpath(out));
    prompts.folderAnswer = out;
    save->chooseFolder();
    CHECK(save->folder() == out);
    const auto audits = [&] {
        return t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.sus'")).toInt();
    };
    const int before = audits();
    REQUIRE(save->writeFiles());
    CHECK(QDir(out).entryList(QDir::Files)
          == QStringList({QStringLiteral("antal_2026Q3.csv"), QStringLiteral("deltagare_2026Q3.csv"),
                          QStringLiteral("problem_2026Q3.csv")}));
    CHECK(readFile(QDir(out).filePath(QStringLiteral("antal_2026Q3.csv"))).contains("Steget;Kvinna;"));
    CHECK(audits() == before + 1);
    auto *result = save->findChild<QLabel *>(QStringLiteral("susResult"));
    REQUIRE(result);
    CHECK(result->text().contains(QStringLiteral("format version %1").arg(SusExport::kFormatVersion)));
    CHECK(result->text().contains(QDir::toNativeSeparators(QDir(out).filePath(QStringLiteral("deltagare_2026Q3.csv")))));
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    QCoreApplication::processEvents();
    test::screenshot(&wizard, QStringLiteral("sus-wizard-4"));
}

TEST_CASE("the export wizard says so and writes nothing when the folder is gone", "[reports][sus][ui]")
{
    test::TempTeam t;
    test::SusFixtures(t).standard();
    test::AnsweringPrompts prompts;
    SusExportWizard wizard(t.team(), prompts);
    wizard.show();
    wizard.next();
    REQUIRE(wizard.exporter());
    CHECK(wizard.exporter()->isComplete());
    CHECK(wizard.problemsPage()->table()->rowCount() == 0);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == SusExportWizard::SavePage);
    wizard.savePage()->setFolder(QDir(t.folder()).filePath(QStringLiteral("finns-inte")));
    CHECK_FALSE(wizard.savePage()->writeFiles());
    CHECK(prompts.errorMessages.size() == 1);
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
}

// SPDX-License-Identifier: EUPL-1.2
#include "models/participanttablemodel.h"
#include "participantfactory.h"
#include "participants/participantcard.h"
#include "participants/participantproxymodel.h"
#include "participants/participantsview.h"
#include "storage/auditlog.h"
#include "storage/participantrepository.h"
#include "tempteam.h"
#include "testidentities.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

// Invented names (no real people), with the letters Swedish sorting and search must handle.
const char *const kNames[][2] = {
    {"Sara", "Åström"},   {"José", "Östlund"},    {"Emma", "Andersson"}, {"Omar", "Hassan"},    {"Lina", "Ärlemark"},
    {"Johan", "Zetterlund"}, {"Maja", "Berg"},    {"Ali", "Yilmaz"},     {"Elin", "Ödman"},     {"Nils", "Lindqvist"},
    {"Amina", "Warsame"}, {"Erik", "Nyberg"},     {"Hanna", "Ek"},       {"Karl", "Sjöberg"},   {"Sofia", "Åberg"},
    {"Ida", "Holm"},      {"Mohammed", "Karimi"}, {"Tove", "Strand"},    {"Leo", "Forsberg"},   {"Fatima", "Rahimi"},
    {"Olle", "Vik"},      {"Saga", "Dahl"},       {"Adam", "Persson"},   {"Wilma", "Lund"},     {"Noah", "Björk"},
    {"Alva", "Ström"},    {"Liam", "Nordin"},     {"Ella", "Grön"},      {"Hugo", "Ängström"},  {"Stina", "Mäkinen"},
};

void fillDemo(test::TempTeam &t)
{
    const QList<qint64> members{t.memberId(QStringLiteral("Karin Koordinator")), t.memberId(QStringLiteral("Farid Handläggare")),
                                t.memberId(QStringLiteral("Anna Arbetsförmedlare"))};
    const QList<qint64> places{t.municipalityId(QStringLiteral("Åsele")), t.municipalityId(QStringLiteral("Vilhelmina"))};
    QList<Participant> list;
    int n = 0;
    for (const auto &name : kNames) {
        Participant p = test::makeParticipant(n, QString::fromUtf8(name[0]), QString::fromUtf8(name[1]),
                                              ParticipantStatuses::all().at(n % 5));
        p.coordinatorId = members.at(n % 3);
        p.municipalityId = places.at(n % 2);
        list << p;
        ++n;
    }
    test::insertParticipants(t.team(), list);
}

void save(QWidget *widget, const QString &name)
{
    widget->grab().save(test::testOutputDir(QStringLiteral("screenshots")) + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// QTest::keyClicks handles ASCII only; Swedish letters go in as text key events.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString firstName(const ParticipantsView &view)
{
    return view.proxy()->index(0, ParticipantTableModel::Name).data().toString();
}

} // namespace

TEST_CASE("The participant list filters as you type and sorts in Swedish order", "[participants][ui]")
{
    test::TempTeam t;
    fillDemo(t);
    ParticipantsView view(t.team());
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    auto *search = view.findChild<QLineEdit *>(QStringLiteral("participantSearch"));
    auto *count = view.findChild<QLabel *>(QStringLiteral("participantCount"));
    REQUIRE(search);
    REQUIRE(count);
    CHECK(view.proxy()->rowCount() == 24); // exited hidden by default
    CHECK(count->text() == QStringLiteral("24 of 30 participants"));
    CHECK(firstName(view) == QStringLiteral("Andersson, Emma"));
    save(&view, QStringLiteral("participants-list"));

    QTest::keyClicks(search, QStringLiteral("ostlund"));
    CHECK(view.proxy()->rowCount() == 1);
    CHECK(firstName(view) == QStringLiteral("Östlund, José"));
    search->clear();
    QTest::keyClicks(search, test::testPnr(1).mid(2, 6));
    CHECK(view.proxy()->rowCount() >= 1);
    search->clear();

    auto *exited = view.findChild<QCheckBox *>(QStringLiteral("status_exited"));
    REQUIRE(exited);
    exited->setChecked(true);
    CHECK(view.proxy()->rowCount() == 30);

    auto *table = view.findChild<QTableView *>(QStringLiteral("participantTable"));
    table->sortByColumn(ParticipantTableModel::Name, Qt::DescendingOrder);
    // Å Ä Ö after Z: descending starts with Ö.
    CHECK(firstName(view) == QStringLiteral("Östlund, José"));
    table->sortByColumn(ParticipantTableModel::Name, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        order << view.proxy()->index(row, 0).data().toString().section(QLatin1Char(','), 0, 0);
    CHECK(order.indexOf(QStringLiteral("Zetterlund")) < order.indexOf(QStringLiteral("Åberg")));
    CHECK(order.indexOf(QStringLiteral("Åberg")) < order.indexOf(QStringLiteral("Ärlemark")));
    CHECK(order.indexOf(QStringLiteral("Ärlemark")) < order.indexOf(QStringLiteral("Ödman")));

    auto *show = view.findChild<QCheckBox *>(QStringLiteral("showPersonnummer"));
    CHECK(view.proxy()->index(0, ParticipantTableModel::Identity).data().toString().endsWith(QStringLiteral("****")));
    show->setChecked(true);
    CHECK_FALSE(view.proxy()->index(0, ParticipantTableModel::Identity).data().toString().contains(QLatin1Char('*')));
}

TEST_CASE("The participant card saves each committed edit, undoably, and logs the opening", "[participants][ui]")
{
    test::TempTeam t;
    fillDemo(t);
    ParticipantsView view(t.team());
    view.resize(1280, 800);
    view.show();
    const qint64 id = view.model()->entry(view.model()->rowOf(view.model()->entry(2).row.id)).row.id; // Emma Andersson
    ParticipantCard *card = view.openCard(id);
    REQUIRE(card);
    card->resize(1280, 800);
    REQUIRE(QTest::qWaitForWindowExposed(card));
    CHECK(card->findChild<QLabel *>(QStringLiteral("cardSubtitle"))->text().contains(QStringLiteral("****")));

    auto *family = card->findChild<QLineEdit *>(QStringLiteral("familyName"));
    REQUIRE(family);
    family->setFocus();
    family->selectAll();
    typeText(family, QStringLiteral("Nyström"));
    QTest::keyClick(family, Qt::Key_Return);
    CHECK(ParticipantRepository(t->database()).get(id)->familyName == QStringLiteral("Nyström"));
    CHECK(card->findChild<QLabel *>(QStringLiteral("cardTitle"))->text() == QStringLiteral("Emma Nyström"));

    SECTION("an invalid value is shown and not saved")
    {
        auto *email = card->findChild<QLineEdit *>(QStringLiteral("email"));
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("emma@"));
        QTest::keyClick(email, Qt::Key_Return);
        CHECK(ParticipantRepository(t->database()).get(id)->email.isEmpty());
        auto *problem = card->findChild<QLabel *>(QStringLiteral("emailProblem"));
        REQUIRE(problem);
        CHECK(problem->isVisibleTo(card));
        save(card, QStringLiteral("participant-card-invalid"));
    }
    SECTION("Ctrl+Z in the card undoes the saved edit")
    {
        QApplication::setActiveWindow(card);
        QTest::keyClick(family, Qt::Key_Z, Qt::ControlModifier);
        CHECK(ParticipantRepository(t->database()).get(id)->familyName == QStringLiteral("Andersson"));
        CHECK(family->text() == QStringLiteral("Andersson"));
    }
    SECTION("every tab, and the log shows the opening and the change")
    {
        auto *tabs = card->tabs();
        REQUIRE(tabs->count() == ParticipantCard::TabCount);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            save(card, QStringLiteral("participant-card-%1").arg(tab));
        }
        const QList<AuditRecord> audit = AuditLog::forParticipant(t->database(), id);
        REQUIRE(audit.size() >= 2);
        CHECK(audit.at(0).action == QStringLiteral("participant.update"));
        CHECK(audit.at(1).action == QStringLiteral("participant.view"));
        auto *log = card->findChild<QTableView *>(QStringLiteral("participantLog"));
        REQUIRE(log);
        CHECK(log->model()->rowCount() == audit.size());
    }
    card->close();
}

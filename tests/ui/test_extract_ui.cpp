// SPDX-License-Identifier: EUPL-1.2
#include "extractfixtures.h"
#include "participants/participantcard.h"
#include "participants/participantlogtab.h"
#include "pdftext.h"
#include "storage/database.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QFileInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

QStringList printDetails(TempTeam &t, qint64 participantId)
{
    QStringList details;
    QSqlQuery q = t->database().exec(
        QStringLiteral("SELECT detail FROM audit_log WHERE action = 'document.print' AND participant_id = ? ORDER BY seq"), {participantId});
    while (q.next())
        details << q.value(0).toString();
    return details;
}

QString column(QTableWidget *table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << table->item(row, column)->text();
    return cells.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Logg tab: register and log extracts to print preview and PDF, each print logged", "[extract][ui]")
{
    TempTeam t;
    ExtractFixture f(t);
    const qint64 id = f.stay.participantId;
    AnsweringPrompts prompts;
    PreviewToPdf preview(t.folder());
    ParticipantCard card(t.team(), id, false, &prompts);
    card.resize(960, 560);
    card.show();
    card.selectTab(QStringLiteral("log"));
    auto *tab = qobject_cast<ParticipantLogTab *>(card.tabs()->currentWidget());
    REQUIRE(tab);
    auto *log = tab->findChild<QTableWidget *>(QStringLiteral("participantLog"));
    REQUIRE(log);
    // The action column reads in words, not the stable action names.
    CHECK(column(log, 3).contains(QStringLiteral("Opened the participant card")));
    CHECK(column(log, 3).contains(QStringLiteral("Wrote a note")));
    CHECK_FALSE(column(log, 3).contains(QStringLiteral("note.add")));
    REQUIRE(tab->findChild<QToolButton *>(QStringLiteral("registerExtract")));
    REQUIRE(tab->findChild<QToolButton *>(QStringLiteral("logExtract")));
    screenshot(&card, QStringLiteral("participant-log-extracts"));

    // A preview the user closes without printing records nothing.
    preview.answer = false;
    tab->findChild<QAction *>(QStringLiteral("registerExtractPreview"))->trigger();
    CHECK(printDetails(t, id).isEmpty());
    preview.answer = true;
    tab->findChild<QAction *>(QStringLiteral("registerExtractPreview"))->trigger();
    REQUIRE(preview.printed.size() == 2);
    CHECK(prompts.errorMessages.isEmpty());
    CHECK(printDetails(t, id) == QStringList{QStringLiteral("register extract")});
    const QString printed = preview.printed.constLast();
    renderPng(printed, 1);
    const QString text = pdfPages(printed).join(QLatin1Char('\n')).simplified();
    CHECK(text.contains(QStringLiteral("Register extract")));
    CHECK(text.contains(QStringLiteral("Åsa Öberg")));
    CHECK_FALSE(text.contains(ExtractFixture::kOtherName));
    // The tab shows the print at once.
    CHECK(column(log, 3).contains(QStringLiteral("Printed a register extract")));

    prompts.pdfAnswer = t.folder() + QStringLiteral("/loggutdrag");
    tab->findChild<QAction *>(QStringLiteral("logExtractPdf"))->trigger();
    const QString saved = t.folder() + QStringLiteral("/loggutdrag.pdf");
    REQUIRE(QFileInfo::exists(saved));
    CHECK(prompts.infoMessages.filter(QStringLiteral("Saved")).size() == 1);
    const QString logText = pdfPages(saved).join(QLatin1Char('\n')).simplified();
    CHECK(logText.contains(QStringLiteral("Log extract")));
    CHECK(logText.contains(QStringLiteral("Printed a register extract")));
    CHECK_FALSE(logText.contains(ExtractFixture::kFirstNote));
    CHECK(printDetails(t, id) == QStringList{QStringLiteral("register extract"), QStringLiteral("log extract")});
    screenshot(&card, QStringLiteral("participant-log-after-extracts"));
}

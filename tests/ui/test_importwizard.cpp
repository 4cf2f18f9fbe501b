// SPDX-License-Identifier: EUPL-1.2
#include "import/importmappingpage.h"
#include "import/importwizard.h"
#include "participantfactory.h"
#include "storage/participantrepository.h"
#include "tempteam.h"
#include "testidentities.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

void shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    widget->grab().save(test::testOutputDir(QStringLiteral("screenshots")) + QStringLiteral("/import-") + name
                        + QStringLiteral(".png"));
}

QString labelTexts(QWidget *page)
{
    QStringList texts;
    for (const QLabel *label : page->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Import wizard: file, preview, mapping, dry run, import, report", "[ui][import]")
{
    test::TempTeam t;
    test::insertParticipants(t.team(), {test::makeParticipant(80, QStringLiteral("Olle"), QStringLiteral("Gran"))});
    const QString csv = QStringLiteral("Personnummer;Förnamn;Efternamn;Kommun;Telefon;Remissdatum;Remittent\r\n")
                        + test::testPnr(81) + QStringLiteral(";Åsa;Öberg;Åsele;070-123 45 67;2026-03-02;FK\r\n")
                        + test::testPnr(82) + QStringLiteral(";Émile;Ärlig;Vilhelmina;;2026-02-30;Af\r\n")
                        + test::testPnr(83) + QStringLiteral(";Sara;Åström;Lycksele;;;\r\n")
                        + test::testPnr(80) + QStringLiteral(";Olle;Gran;Åsele;;;\r\n")
                        + test::testPnr(84) + QStringLiteral(";Nils;Ek;vilhelmina kommun;;;\r\n");
    const QString path = t.folder() + QStringLiteral("/lista.csv");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(csv.toLatin1()); // Windows-1252, as Swedish Excel saves it
    }

    ImportWizard wizard(t.team());
    wizard.show();
    wizard.setFilePath(path);
    REQUIRE(wizard.currentId() == ImportWizard::FilePage);
    shoot(&wizard, QStringLiteral("1-file"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::FormatPage);
    CHECK(wizard.state().table.encoding == CsvEncoding::Windows1252);
    const auto *preview = wizard.currentPage()->findChild<QTableWidget *>();
    REQUIRE(preview);
    CHECK(preview->rowCount() == 5);
    CHECK(preview->item(0, 1)->text() == QStringLiteral("Åsa"));
    shoot(&wizard, QStringLiteral("2-format"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    auto *mapping = static_cast<ImportMappingPage *>(wizard.currentPage());
    CHECK(mapping->combo(ImportField::Identity)->currentText() == QStringLiteral("Personnummer"));
    CHECK(mapping->combo(ImportField::Municipality)->currentText() == QStringLiteral("Kommun"));
    CHECK(mapping->combo(ImportField::ReferringParty)->currentText() == QStringLiteral("Remittent"));
    // Taking the personnummer away blocks the way on, with the reason shown.
    mapping->combo(ImportField::Identity)->setCurrentIndex(0);
    CHECK_FALSE(mapping->isComplete());
    CHECK(labelTexts(mapping).contains(QStringLiteral("personnummer")));
    mapping->combo(ImportField::Identity)->setCurrentIndex(mapping->combo(ImportField::Identity)->findText(QStringLiteral("Personnummer")));
    CHECK(mapping->isComplete());
    shoot(&wizard, QStringLiteral("3-mapping"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PlanPage);
    const ImportPlan &plan = wizard.state().plan;
    CHECK(plan.count(ImportOutcome::Create) == 2);
    CHECK(plan.count(ImportOutcome::Skip) == 1);
    CHECK(plan.count(ImportOutcome::Reject) == 2);
    CHECK(labelTexts(wizard.currentPage()).contains(QStringLiteral("5 rows: 2 to create, 0 to update, 1 skipped, 2 rejected")));
    CHECK(ParticipantRepository(t->database()).count() == 1); // the dry run wrote nothing
    shoot(&wizard, QStringLiteral("4-plan"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ReportPage);
    CHECK(ParticipantRepository(t->database()).count() == 3);
    CHECK(ParticipantRepository(t->database()).findByIdentity(test::testPnr(84))->municipalityId
          == t.municipalityId(QStringLiteral("Vilhelmina")));
    CHECK(labelTexts(wizard.currentPage()).contains(QStringLiteral("Created: 2. Updated: 0. Skipped: 1. Rejected: 2.")));
    shoot(&wizard, QStringLiteral("5-report"));
}

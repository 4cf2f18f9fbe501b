// SPDX-License-Identifier: EUPL-1.2
// Writes tests/data/team-v<N>.samsyn: the fixture a later schema version must still open.
// Hidden from normal runs; run once per released schema version:
//   samsyn_core_tests "[.generate-fixture]"
#include "testidentities.h"

#include "domain/teamsettings.h"
#include "storage/migrator.h"
#include "storage/participantrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace samsyn;

TEST_CASE("fixture: write the current schema's team file", "[.generate-fixture]")
{
    const QString path = QStringLiteral(SAMSYN_TEST_DATA_DIR "/team-v%1.samsyn").arg(Migrator::latestVersion());
    QFile::remove(path);
    FixedClock clock(QDate(2026, 11, 24));
    TeamSetup setup = TeamSetup::minimal(QStringLiteral("Fixturteamet"));
    setup.municipalities = {QStringLiteral("Habo"), QStringLiteral("Mullsjö")};
    setup.members = {{QStringLiteral("Karin Koordinator"), QStringLiteral("Koordinator"), QStringLiteral("Habo")}};
    setup.me = QStringLiteral("Karin Koordinator");
    {
        auto team = TeamFile::create(path, setup, clock);
        for (int n = 0; n < 3; ++n) {
            Participant p;
            p.setIdentity(*Personnummer::parse(test::testPnr(n), clock.today()).value);
            p.givenName = QStringLiteral("Fixtur");
            p.familyName = QStringLiteral("Person %1").arg(n);
            team->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
        }
    }
    QFile::remove(path + QStringLiteral(".lock"));
    QDir(QStringLiteral(SAMSYN_TEST_DATA_DIR "/backups")).removeRecursively();
    CHECK(QFile::exists(path));
}

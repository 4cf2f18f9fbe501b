// SPDX-License-Identifier: EUPL-1.2
// A killed Samsyn loses nothing it had committed, and the file opens afterwards
// (reliability A1). The writer is this test binary itself, run as a child process on a
// hidden test case, so no extra program is needed.
#include "tempteam.h"
#include "testidentities.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/participantrepository.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace samsyn;
using namespace samsyn::test;

TEST_CASE("crash writer: saves participants until killed", "[.crash-writer]")
{
    const QString path = qEnvironmentVariable("SAMSYN_CRASH_FILE");
    REQUIRE_FALSE(path.isEmpty());
    FixedClock clock(QDate(2026, 11, 24));
    auto team = TeamFile::open(path, clock);
    // Earlier rounds left their participants: continue after them with fresh identities.
    for (int n = ParticipantRepository(team->database()).count(); n < testPersonnummer().size(); ++n) {
        Participant p;
        p.setIdentity(*Personnummer::parse(testPersonnummer().at(n), clock.today()).value);
        p.givenName = QStringLiteral("Krasch");
        p.familyName = QStringLiteral("Test %1").arg(n);
        team->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
        std::printf("committed %lld\n", static_cast<long long>(p.id));
        std::fflush(stdout);
    }
}

TEST_CASE("crash: every committed action survives a kill -9 and the file opens", "[storage][crash]")
{
    TempTeam t;
    t.close();
    for (int round = 0; round < 5; ++round) {
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SAMSYN_CRASH_FILE"), t.path());
        writer.setProcessEnvironment(env);
        writer.setProcessChannelMode(QProcess::MergedChannels);
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.crash-writer]")});
        REQUIRE(writer.waitForStarted());
        // Let it commit a while, then kill it without warning at a point it does not choose.
        QByteArray output;
        while (output.count("committed") < 20 + round * 7 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(2000);
            output += writer.readAllStandardOutput();
        }
        writer.kill();
        writer.waitForFinished();
        output += writer.readAllStandardOutput();

        qint64 lastAcknowledged = 0;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("committed "))
                lastAcknowledged = line.mid(10).toLongLong();
        }
        INFO(output.toStdString());
        REQUIRE(lastAcknowledged > 0);

        auto team = TeamFile::open(t.path(), t.clock());
        CHECK(team->database().check(true).isEmpty());
        CHECK(ParticipantRepository(team->database()).get(lastAcknowledged).has_value());
        CHECK(AuditLog::verify(team->database()).ok);
        // No participant without its audit row: both were one transaction.
        CHECK(team->database()
                  .scalar(QStringLiteral("SELECT count(*) FROM participants p WHERE NOT EXISTS "
                                         "(SELECT 1 FROM audit_log a WHERE a.participant_id = p.id)"))
                  .toInt()
              == 0);
    }
}

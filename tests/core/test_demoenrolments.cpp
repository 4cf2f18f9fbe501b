// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "demo/demogenerator.h"
#include "exit/exitreportdata.h"
#include "sip/sipdocument.h"
#include "storage/database.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace samsyn;

namespace {

struct DemoStays
{
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 24)};
    std::unique_ptr<TeamFile> team;

    explicit DemoStays(quint32 seed)
    {
        team = DemoGenerator::create(dir.filePath(QStringLiteral("demo.samsyn")), DemoOptions{400, 5, seed}, clock);
    }

    int count(const QString &sql) { return team->database().scalar(sql).toInt(); }

    // Everything this stage wrote, as one digest: equal digests mean an equal history.
    QByteArray digest()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &sql : {QStringLiteral("SELECT * FROM enrollments ORDER BY id"), QStringLiteral("SELECT * FROM sip_versions ORDER BY id"),
                                   QStringLiteral("SELECT * FROM sip_actions ORDER BY id"), QStringLiteral("SELECT * FROM participant_notes ORDER BY id"),
                                   QStringLiteral("SELECT * FROM assessments ORDER BY id"), QStringLiteral("SELECT * FROM attendance ORDER BY 1, 2")}) {
            QSqlQuery q = team->database().exec(sql);
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
            }
        }
        return hash.result();
    }
};

} // namespace

TEST_CASE("demo enrolments: stays match the statuses and the decisions, deterministically", "[demo]")
{
    DemoStays demo(7);
    // Everyone active or passive is in an open stay of that phase; nobody exited is.
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM participants p WHERE p.status IN ('active', 'passive') AND NOT EXISTS "
                                    "(SELECT 1 FROM enrollments e WHERE e.participant_id = p.id AND e.phase = p.status)")) == 0);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM participants p JOIN enrollments e ON e.participant_id = p.id "
                                    "WHERE p.status = 'exited' AND e.phase <> 'exited'")) == 0);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM enrollments WHERE phase = 'exited'")) > 250);
    // Every stay starts on or after the decision that offered it, and never after today.
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM enrollments e JOIN referrals r ON r.participant_id = e.participant_id "
                                    "JOIN referral_assessments a ON a.referral_id = r.id WHERE a.decision = 'offer' AND "
                                    "(e.start_date < a.decided_on OR e.start_date > '2026-11-24')")) == 0);

    DemoStays again(7);
    CHECK(demo.digest() == again.digest());
    DemoStays other(8);
    CHECK(demo.digest() != other.digest());
}

TEST_CASE("demo enrolments: exits, plans, ratings and attendance in the seeds' proportions", "[demo]")
{
    DemoStays demo(11);
    const double exits = demo.count(QStringLiteral("SELECT count(*) FROM enrollments WHERE phase = 'exited'"));
    const double workOrStudies = demo.count(QStringLiteral("SELECT count(*) FROM enrollments WHERE exit_reason_code IN ('arbete', 'studier')"));
    // The seeds aim for 30-40 % to work or studies.
    CHECK(workOrStudies / exits > 0.25);
    CHECK(workOrStudies / exits < 0.45);
    const double readier = demo.count(QStringLiteral("SELECT count(*) FROM enrollments WHERE readier = 1"));
    CHECK(readier / exits > 0.6);

    // Most stays have a SIP; each plan has one to three follow-ups at most.
    const double stays = demo.count(QStringLiteral("SELECT count(*) FROM enrollments"));
    const double plans = demo.count(QStringLiteral("SELECT count(*) FROM sip_plans"));
    CHECK(plans / stays > 0.6);
    CHECK(demo.count(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM sip_versions GROUP BY plan_id)")) <= 4);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM (SELECT plan_id FROM sip_versions GROUP BY plan_id HAVING count(*) >= 2)")) > plans / 2);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM sip_followups")) > 0);

    // WHO-5 improves for most of those rated twice.
    const int rated = demo.count(QStringLiteral("SELECT count(*) FROM (SELECT participant_id FROM assessments WHERE instrument = 'who5' "
                                                "GROUP BY participant_id HAVING count(*) = 2)"));
    const int better = demo.count(QStringLiteral("SELECT count(*) FROM (SELECT participant_id, min(id) AS f, max(id) AS l FROM assessments "
                                                 "WHERE instrument = 'who5' GROUP BY participant_id HAVING count(*) = 2) x "
                                                 "WHERE (SELECT total FROM assessments WHERE id = x.l) > (SELECT total FROM assessments WHERE id = x.f)"));
    REQUIRE(rated > 100);
    CHECK(double(better) / rated > 0.55);

    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM participant_notes")) >= stays);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM attendance")) > 500);
    // Attendance only inside each membership.
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM attendance a JOIN group_sessions s ON s.id = a.session_id JOIN group_members m "
                                    "ON m.participant_id = a.participant_id WHERE s.session_date < m.from_date OR s.session_date > m.to_date")) == 0);
    // Follow-ups after exit are recorded for most of those already due.
    const double due = demo.count(QStringLiteral("SELECT count(*) FROM enrollments WHERE followup1_due <= '2026-11-12'"));
    const double done = demo.count(QStringLiteral("SELECT count(*) FROM enrollments WHERE followup1_due <= '2026-11-12' AND followup1_done IS NOT NULL"));
    CHECK(done / due > 0.7);

    // The documents can be built for the demo's people.
    const qint64 exited = demo.team->database().scalar(QStringLiteral("SELECT max(id) FROM enrollments WHERE phase = 'exited'")).toLongLong();
    const ExitReportData data = ExitReportData::gather(demo.team->database(), exited);
    CHECK(data.hasReferral);
    CHECK_FALSE(data.exitReason.isEmpty());
    const qint64 plan = demo.team->database().scalar(QStringLiteral("SELECT max(id) FROM sip_plans")).toLongLong();
    CHECK_FALSE(SipDocument::build(*demo.team, plan).blocks.isEmpty());
}

// SPDX-License-Identifier: EUPL-1.2
// `samsyn-cli print protocol` and `print letter` on a real team file, and on the demo team.
#include <catch2/catch.hpp>

#include "clirunner.h"
#include "meetingdocfixtures.h"
#include "meetings/meetingservice.h"
#include "pdftext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "teamfile.h"
#include "testidentities.h"
#include "util/clock.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace samsyn;
using namespace samsyn::test;

namespace {

// The audit log's newest row, read after the CLI has let go of the file.
AuditRecord lastAudit(const QString &path)
{
    FixedClock clock(QDate(2026, 11, 24));
    TeamFile::OpenOptions options;
    options.readOnly = true;
    const auto team = TeamFile::open(path, clock, options);
    return AuditLog::latest(team->database(), 1).first();
}

} // namespace

TEST_CASE("print protocol and print letter write the PDFs and log the access", "[cli][meeting-docs]")
{
    TempTeam t;
    const ProtocolMeeting pm = ProtocolMeeting::build(t);
    t.close();

    const QString protocol = freshTestOutput(QStringLiteral("meeting-docs-cli"), QStringLiteral("protocol.pdf"));
    const CliResult printed = runCli({QStringLiteral("--as"), QStringLiteral("Karin Koordinator"), QStringLiteral("print"),
                                      QStringLiteral("protocol"), t.path(), QStringLiteral("--meeting"),
                                      QStringLiteral("2026-11-17"), QStringLiteral("-o"), protocol});
    INFO(printed.err.toStdString());
    REQUIRE(printed.code == 0);
    CHECK(printed.out.contains(QStringLiteral("Wrote the protocol of the meeting on 2026-11-17")));
    const QString text = pdfPages(protocol).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Meeting protocol")));
    CHECK(text.contains(QStringLiteral("Å. Ö., born")));
    CHECK_FALSE(text.contains(QStringLiteral("Åsa Öberg")));
    const AuditRecord protocolLog = lastAudit(t.path());
    CHECK(protocolLog.action == QStringLiteral("document.print"));
    CHECK(protocolLog.detail == QStringLiteral("protocol 2026-11-17"));
    CHECK(protocolLog.actor == QStringLiteral("Karin Koordinator"));

    const ProtocolReferral &declined = pm.referrals[2];
    const QString letter = freshTestOutput(QStringLiteral("meeting-docs-cli"), QStringLiteral("letter.pdf"));
    const CliResult wrote = runCli({QStringLiteral("print"), QStringLiteral("letter"), t.path(), QStringLiteral("--referral"),
                                    QString::number(declined.referralId), QStringLiteral("--output"), letter});
    INFO(wrote.err.toStdString());
    REQUIRE(wrote.code == 0);
    const QString letterText = pdfPages(letter).join(QLatin1Char('\n')).simplified();
    CHECK(letterText.contains(declined.pnr.left(8) + QLatin1Char('-') + declined.pnr.right(4)));
    CHECK(letterText.contains(ProtocolMeeting::kRecommendation));
    CHECK(letterText.contains(declined.handler));
    const AuditRecord letterLog = lastAudit(t.path());
    CHECK(letterLog.detail == QStringLiteral("letter %1").arg(declined.referralId));
    CHECK(letterLog.participantId == declined.participantId);
}

TEST_CASE("print protocol: no meeting, an unwritable output or a wrong option fail clearly and write nothing", "[cli][meeting-docs]")
{
    TempTeam t;
    const ProtocolMeeting pm = ProtocolMeeting::build(t);
    t.close();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("protokoll.pdf"));

    const CliResult none = runCli({QStringLiteral("print"), QStringLiteral("protocol"), t.path(), QStringLiteral("--meeting"),
                                   QStringLiteral("2026-11-18"), QStringLiteral("-o"), pdf});
    CHECK(none.code == 1);
    CHECK(none.err.contains(QStringLiteral("There is no meeting on 2026-11-18")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    const QString nowhere = dir.filePath(QStringLiteral("saknas/protokoll.pdf"));
    const CliResult unwritable = runCli({QStringLiteral("print"), QStringLiteral("protocol"), t.path(),
                                         QStringLiteral("--meeting-id"), QString::number(pm.meetingId), QStringLiteral("-o"),
                                         nowhere});
    CHECK(unwritable.code == 1);
    CHECK(unwritable.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK(lastAudit(t.path()).action != QStringLiteral("document.print"));

    const CliResult noOutput = runCli({QStringLiteral("print"), QStringLiteral("protocol"), t.path(), QStringLiteral("--meeting"),
                                       QStringLiteral("2026-11-17")});
    CHECK(noOutput.code == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o OUT.pdf")));
    const CliResult badDate = runCli({QStringLiteral("print"), QStringLiteral("protocol"), t.path(), QStringLiteral("--meeting"),
                                      QStringLiteral("17/11"), QStringLiteral("-o"), pdf});
    CHECK(badDate.code == 2);
    const CliResult undecided = runCli({QStringLiteral("print"), QStringLiteral("letter"), t.path(), QStringLiteral("--referral"),
                                        QString::number(pm.referrals[4].referralId), QStringLiteral("-o"), pdf});
    CHECK(undecided.code == 1);
    CHECK(undecided.err.contains(QStringLiteral("has not been decided")));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("print protocol: with two meetings that day the first is printed and the choice is said", "[cli][meeting-docs]")
{
    TempTeam t;
    ProtocolMeeting::build(t);
    Meeting later;
    later.date = ProtocolMeeting::kDay;
    later.startTime = QTime(15, 30);
    later.place = QStringLiteral("Extra möte");
    MeetingService(t.team()).save(later);
    t.close();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("p.pdf"));

    const CliResult first = runCli({QStringLiteral("print"), QStringLiteral("protocol"), t.path(), QStringLiteral("--meeting"),
                                    QStringLiteral("2026-11-17"), QStringLiteral("-o"), pdf});
    REQUIRE(first.code == 0);
    CHECK(first.err.contains(QStringLiteral("There are 2 meetings on 2026-11-17")));
    CHECK(first.err.contains(QStringLiteral("id %1 at 15:30").arg(later.id)));
    CHECK(pdfPages(pdf).join(QLatin1Char('\n')).contains(QStringLiteral("2026-11-17 13:00")));

    const CliResult second = runCli({QStringLiteral("print"), QStringLiteral("protocol"), t.path(), QStringLiteral("--meeting-id"),
                                     QString::number(later.id), QStringLiteral("-o"), pdf});
    REQUIRE(second.code == 0);
    const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("2026-11-17 15:30")));
    CHECK(text.contains(QStringLiteral("The agenda was empty.")));
}

TEST_CASE("print protocol on a meeting of the demo team", "[cli][meeting-docs][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.samsyn"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--participants"), QStringLiteral("150"), QStringLiteral("--years"),
                    QStringLiteral("2")})
                .code == 0);
    // The latest past meeting with decided referrals on its agenda.
    QDate day;
    {
        FixedClock clock(QDate(2026, 11, 24));
        TeamFile::OpenOptions options;
        options.readOnly = true;
        const auto team = TeamFile::open(path, clock, options);
        day = QDate::fromString(team->database()
                                    .scalar(QStringLiteral("SELECT max(m.meeting_date) FROM meetings m JOIN agenda_items a "
                                                           "ON a.meeting_id = m.id JOIN referral_assessments r "
                                                           "ON r.agenda_item_id = a.id WHERE r.decision IS NOT NULL"))
                                    .toString(),
                                Qt::ISODate);
    }
    REQUIRE(day.isValid());
    const QString pdf = freshTestOutput(QStringLiteral("meeting-docs-cli"), QStringLiteral("demo-protocol.pdf"));
    const CliResult printed = runCli({QStringLiteral("print"), QStringLiteral("protocol"), path, QStringLiteral("--meeting"),
                                      day.toString(Qt::ISODate), QStringLiteral("-o"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.code == 0);
    renderPng(pdf, 1);
    const QStringList pages = pdfPages(pdf);
    const QString text = pages.join(QLatin1Char('\n'));
    CHECK(pages.first().contains(QStringLiteral("DEMO DATA")));
    CHECK(text.contains(QStringLiteral("Chair")));
    CHECK(text.contains(QStringLiteral("Stina Berglund")));
    CHECK(text.contains(QStringLiteral("Has the referring party tried")));
    CHECK(text.contains(QStringLiteral("Decision")));
    CHECK_FALSE(text.contains(QStringLiteral("Not decided")));
}

// SPDX-License-Identifier: EUPL-1.2
#include "documents/pdfexport.h"
#include "enrolmentfixtures.h"
#include "meetingdocfixtures.h"
#include "meetings/decisionservice.h"
#include "meetings/meetingprinting.h"
#include "meetings/meetingservice.h"
#include "pdftext.h"
#include "referralfixtures.h"
#include "referrals/referralservice.h"
#include "storage/correctionrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/reportqueries.h"
#include "storage/waitinglistrepository.h"
#include "testidentities.h"
#include "util/error.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

const QDate kMeetingDay(2026, 11, 10);

// One referral decided at the meeting on 2026-11-10.
struct Decided
{
    qint64 participantId = 0;
    qint64 referralId = 0;
    qint64 assessmentId = 0;
    qint64 meetingId = 0;
};

ReferralAssessment decisionOf(TempTeam &t, DecisionKind kind, const QString &programme = QStringLiteral("Gruppen"))
{
    ReferralAssessment a;
    a.decision = kind;
    if (kind == DecisionKind::Offer || kind == DecisionKind::WaitingList)
        a.programmeId = t.programmeId(programme);
    if (kind == DecisionKind::Offer) {
        a.coordinatorId = t.memberId(QStringLiteral("Karin Koordinator"));
        a.plannedStart = QDate(2026, 12, 1);
    }
    if (kind == DecisionKind::Decline)
        a.recommendation = QStringLiteral("Kontakta vårdcentralen först.");
    if (kind == DecisionKind::Postpone)
        a.missing = QStringLiteral("Läkarintyg saknas.");
    return a;
}

Decided decide(TempTeam &t, ReferralFixtures &f, int n, DecisionKind kind, std::optional<qint64> participantId = std::nullopt)
{
    Referral r;
    if (participantId) {
        r.participantId = *participantId;
        r.receivedOn = QDate(2026, 11, 2);
        r.referringPartyId = t.partyId(QStringLiteral("Försäkringskassan"));
        ReferralService(t.team()).create(r, nullptr);
    } else {
        r = f.referral(n);
        f.consent(r.participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
    }
    const std::optional<Meeting> existing = MeetingRepository(t->database()).onDate(kMeetingDay);
    const qint64 meeting = existing ? existing->id : f.meeting(kMeetingDay);
    ReferralAssessment a = decisionOf(t, kind);
    a.agendaItemId = MeetingService(t.team()).putOnAgenda(meeting, r.id);
    DecisionService(t.team()).decide(a);
    return {r.participantId, r.id, a.id, meeting};
}

ParticipantStatus statusOf(TempTeam &t, qint64 participantId)
{
    return ParticipantRepository(t->database()).get(participantId)->status;
}

ReferralAssessment stored(TempTeam &t, qint64 assessmentId)
{
    return *ReferralAssessmentRepository(t->database()).get(assessmentId);
}

int count(TempTeam &t, const QString &sql)
{
    return t->database().scalar(sql).toInt();
}

QString lastAudit(TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT action || ' ' || detail FROM audit_log ORDER BY seq DESC LIMIT 1")).toString();
}

} // namespace

TEST_CASE("Decision correction: waiting list corrected to decline removes the entry and exits the referred person",
          "[decisions][corrections]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Decided d = decide(t, f, 1, DecisionKind::WaitingList);
    REQUIRE(statusOf(t, d.participantId) == ParticipantStatus::Waiting);
    REQUIRE(WaitingListRepository(t->database()).forAssessment(d.assessmentId));

    DecisionService(t.team()).correct(d.assessmentId, decisionOf(t, DecisionKind::Decline), QStringLiteral("Fel beslut antecknades."));
    const ReferralAssessment a = stored(t, d.assessmentId);
    CHECK(a.decision == DecisionKind::Decline);
    CHECK(a.decidedOn == kMeetingDay);
    CHECK_FALSE(a.programmeId);
    CHECK(a.recommendation == QStringLiteral("Kontakta vårdcentralen först."));
    CHECK_FALSE(WaitingListRepository(t->database()).forAssessment(d.assessmentId));
    CHECK(WaitingListRepository(t->database()).queue(t.programmeId(QStringLiteral("Gruppen"))).isEmpty());
    CHECK(statusOf(t, d.participantId) == ParticipantStatus::Exited);
    CHECK(ReferralRepository(t->database()).get(d.referralId)->status == ReferralStatus::Decided);

    const QList<Correction> corrections = CorrectionRepository(t->database()).forAssessment(d.assessmentId);
    REQUIRE(corrections.size() == 1);
    CHECK(corrections.first().reason == QStringLiteral("Fel beslut antecknades."));
    CHECK(corrections.first().oldValue.contains(QStringLiteral("\"decision\":\"waiting_list\"")));
    const QString audit = lastAudit(t);
    CHECK(audit.startsWith(QStringLiteral("decision.correct assessment ")));
    CHECK(audit.contains(QStringLiteral("decision waiting_list -> decline")));
    CHECK_FALSE(audit.contains(QStringLiteral("vårdcentralen")));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'decision.correct' AND participant_id = %1")
                       .arg(d.participantId))
          == 1);
    // The reports count the corrected decision.
    const QMap<QString, int> kinds = ReportQueries(t->database()).decisionsPerKind(QDate(2026, 11, 1), QDate(2026, 11, 30));
    CHECK(kinds.value(QStringLiteral("decline")) == 1);
    CHECK(kinds.value(QStringLiteral("waiting_list")) == 0);
}

TEST_CASE("Decision correction: offer corrected to waiting list queues the person from the decision date",
          "[decisions][corrections][waitinglist]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Decided first = decide(t, f, 1, DecisionKind::WaitingList);
    t.clock().advanceDays(1);
    const Decided d = decide(t, f, 2, DecisionKind::Offer);
    REQUIRE(statusOf(t, d.participantId) == ParticipantStatus::Active);
    REQUIRE(ParticipantRepository(t->database()).get(d.participantId)->coordinatorId);

    DecisionService(t.team()).correct(d.assessmentId, decisionOf(t, DecisionKind::WaitingList), QStringLiteral("Platsen fanns inte."));
    const std::optional<WaitingEntry> entry = WaitingListRepository(t->database()).forAssessment(d.assessmentId);
    REQUIRE(entry);
    CHECK(entry->since == kMeetingDay);
    CHECK_FALSE(entry->leftOn.isValid());
    const QList<WaitingEntry> queue = WaitingListRepository(t->database()).queue(t.programmeId(QStringLiteral("Gruppen")));
    REQUIRE(queue.size() == 2);
    CHECK(queue.at(0).participantId == first.participantId); // same date, earlier entry first
    CHECK(statusOf(t, d.participantId) == ParticipantStatus::Waiting);
    CHECK_FALSE(ParticipantRepository(t->database()).get(d.participantId)->coordinatorId); // the offer's coordinator went with it
    CHECK_FALSE(stored(t, d.assessmentId).coordinatorId);
}

TEST_CASE("Decision correction: decline corrected to offer, and offer to postpone", "[decisions][corrections]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Decided d = decide(t, f, 1, DecisionKind::Decline);
    REQUIRE(statusOf(t, d.participantId) == ParticipantStatus::Exited);
    DecisionService decisions(t.team());
    decisions.correct(d.assessmentId, decisionOf(t, DecisionKind::Offer), QStringLiteral("Fel rad i mötet."));
    CHECK(statusOf(t, d.participantId) == ParticipantStatus::Active);
    CHECK(ParticipantRepository(t->database()).get(d.participantId)->coordinatorId == t.memberId(QStringLiteral("Karin Koordinator")));

    decisions.correct(d.assessmentId, decisionOf(t, DecisionKind::Postpone), QStringLiteral("Beslutet sköts upp."));
    CHECK(statusOf(t, d.participantId) == ParticipantStatus::Referred);
    CHECK(ReferralRepository(t->database()).get(d.referralId)->status == ReferralStatus::Postponed);
    CHECK(CorrectionRepository(t->database()).forAssessment(d.assessmentId).size() == 2);
}

TEST_CASE("Decision correction: an offer taken back returns the place on the waiting list it closed",
          "[decisions][corrections][waitinglist]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Decided waiting = decide(t, f, 1, DecisionKind::WaitingList);
    const WaitingEntry original = *WaitingListRepository(t->database()).forAssessment(waiting.assessmentId);
    // A second referral of the same person is decided as an offer in the same programme.
    const Decided offer = decide(t, f, 0, DecisionKind::Offer, waiting.participantId);
    REQUIRE_FALSE(WaitingListRepository(t->database()).openEntry(t.programmeId(QStringLiteral("Gruppen")), waiting.participantId));

    DecisionService(t.team()).correct(offer.assessmentId, decisionOf(t, DecisionKind::Decline), QStringLiteral("Fel ärende."));
    const std::optional<WaitingEntry> back =
        WaitingListRepository(t->database()).openEntry(t.programmeId(QStringLiteral("Gruppen")), waiting.participantId);
    REQUIRE(back);
    CHECK(back->id == original.id);
    CHECK(back->since == original.since);
    CHECK(statusOf(t, waiting.participantId) == ParticipantStatus::Waiting);
}

TEST_CASE("Decision correction: refused when later facts depend on it, without a reason or a change; nothing written",
          "[decisions][corrections]")
{
    TempTeam t;
    ReferralFixtures f(t);
    DecisionService decisions(t.team());
    const int auditsAtStart = count(t, QStringLiteral("SELECT count(*) FROM audit_log"));
    const Decided offered = decide(t, f, 1, DecisionKind::Offer);
    const qint64 enrolment = enrolTest(t, offered.participantId, QStringLiteral("Gruppen"), QDate(2026, 12, 1));
    REQUIRE_THROWS_WITH(decisions.correct(offered.assessmentId, decisionOf(t, DecisionKind::Decline), QStringLiteral("Fel")),
                        Catch::Contains("enrolled or has exited since"));
    exitTest(t, enrolment, QDate(2026, 12, 20));
    REQUIRE_THROWS_WITH(decisions.correct(offered.assessmentId, decisionOf(t, DecisionKind::Decline), QStringLiteral("Fel")),
                        Catch::Contains("enrolled or has exited since"));
    CHECK(stored(t, offered.assessmentId).decision == DecisionKind::Offer);

    const Decided waiting = decide(t, f, 2, DecisionKind::WaitingList);
    REQUIRE_THROWS_WITH(decisions.correct(waiting.assessmentId, decisionOf(t, DecisionKind::Decline), QStringLiteral("  ")),
                        Catch::Contains("reason"));
    REQUIRE_THROWS_WITH(decisions.correct(waiting.assessmentId, decisionOf(t, DecisionKind::WaitingList), QStringLiteral("Koll")),
                        Catch::Contains("same"));
    ReferralAssessment incomplete = decisionOf(t, DecisionKind::Offer);
    incomplete.coordinatorId.reset();
    REQUIRE_THROWS_WITH(decisions.correct(waiting.assessmentId, incomplete, QStringLiteral("Fel")), Catch::Contains("coordinator"));
    CHECK(WaitingListRepository(t->database()).forAssessment(waiting.assessmentId));

    // A postponed referral that is on the next meeting's agenda has moved on.
    const Decided postponed = decide(t, f, 3, DecisionKind::Postpone);
    MeetingService(t.team()).putOnAgenda(f.meeting(QDate(2026, 12, 1)), postponed.referralId);
    REQUIRE_THROWS_WITH(decisions.correct(postponed.assessmentId, decisionOf(t, DecisionKind::Decline), QStringLiteral("Fel")),
                        Catch::Contains("moved on"));

    CHECK(count(t, QStringLiteral("SELECT count(*) FROM corrections")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'decision.correct'")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log")) > auditsAtStart);
}

TEST_CASE("Decision correction: a failure in the middle leaves the decision, the queue and the status", "[decisions][corrections]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Decided d = decide(t, f, 1, DecisionKind::WaitingList);
    const int audits = count(t, QStringLiteral("SELECT count(*) FROM audit_log"));
    // The decision row and the waiting list are written first; the participant update then fails.
    t->database().exec(QStringLiteral("CREATE TEMP TRIGGER fail_status BEFORE UPDATE OF status ON participants "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    REQUIRE_THROWS_AS(DecisionService(t.team()).correct(d.assessmentId, decisionOf(t, DecisionKind::Decline), QStringLiteral("Fel")),
                      Error);
    t->database().exec(QStringLiteral("DROP TRIGGER temp.fail_status"));
    CHECK(stored(t, d.assessmentId).decision == DecisionKind::WaitingList);
    CHECK(WaitingListRepository(t->database()).forAssessment(d.assessmentId));
    CHECK(statusOf(t, d.participantId) == ParticipantStatus::Waiting);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM corrections")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
}

TEST_CASE("Decision correction: a protocol printed again shows the corrected decision and the correction line",
          "[decisions][corrections][documents]")
{
    TempTeam t;
    const ProtocolMeeting pm = ProtocolMeeting::build(t);
    const ProtocolReferral &declined = pm.referrals.at(2);
    const qint64 assessmentId = ReferralAssessmentRepository(t->database()).forReferral(declined.referralId).first().id;
    ReferralAssessment corrected;
    corrected.decision = DecisionKind::WaitingList;
    corrected.programmeId = t.programmeId(QStringLiteral("Gruppen"));
    DecisionService(t.team()).correct(assessmentId, corrected, QStringLiteral("Remissgruppen beslutade förgrupp."));

    const QString pdf = testOutputDir(QStringLiteral("meeting-docs")) + QStringLiteral("/protocol-corrected.pdf");
    QFile::remove(pdf);
    MeetingPrinting::protocolPdf(t.team(), pm.meetingId, pdf);
    renderPng(pdf, 2);
    const QString text = pdfPages(pdf).join(QLatin1Char('\n')).simplified();
    CHECK(text.contains(QStringLiteral("Corrected 2026-11-24: Remissgruppen beslutade förgrupp.")));
    CHECK_FALSE(text.contains(ProtocolMeeting::kRecommendation.simplified()));
    const qsizetype line = text.indexOf(QStringLiteral("Corrected 2026-11-24"));
    const qsizetype waiting = text.lastIndexOf(QStringLiteral("Waiting list"), line);
    CHECK(waiting >= 0);
    CHECK(line - waiting < 200);
}

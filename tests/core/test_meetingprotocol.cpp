// SPDX-License-Identifier: EUPL-1.2
#include "documents/pdfexport.h"
#include "domain/participant.h"
#include "meetingdocfixtures.h"
#include "meetings/decisionletter.h"
#include "meetings/meetingprinting.h"
#include "meetings/meetingprotocol.h"
#include "pdftext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "tempteam.h"
#include "testidentities.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

// Prints through MeetingPrinting (as the CLI does) and returns the pages' text.
QStringList printedProtocol(TempTeam &t, const ProtocolMeeting &pm, const QString &name)
{
    const QString pdf = freshTestOutput(QStringLiteral("meeting-docs"), name);
    const int pages = MeetingPrinting::protocolPdf(t.team(), pm.meetingId, pdf);
    renderPng(pdf, 1);
    const QStringList text = pdfPages(pdf);
    REQUIRE(text.size() == pages);
    return text;
}

QStringList printedLetter(TempTeam &t, qint64 referralId, const QString &name)
{
    const QString pdf = freshTestOutput(QStringLiteral("meeting-docs"), name);
    MeetingPrinting::letterPdf(t.team(), referralId, pdf);
    renderPng(pdf, 1);
    return pdfPages(pdf);
}

bool has(const QString &text, const QString &pattern)
{
    return text.contains(QRegularExpression(pattern));
}

// The ways a personnummer can be written: 12 digits, with dash, 10 digits with dash.
QStringList pnrForms(const QString &pnr)
{
    return {pnr, pnr.left(8) + QLatin1Char('-') + pnr.right(4), pnr.mid(2, 6) + QLatin1Char('-') + pnr.right(4),
            pnr.mid(2, 10)};
}

} // namespace

TEST_CASE("protocol: attendees per party, every item with its questions and decision, in agenda order", "[meeting-docs]")
{
    TempTeam t;
    const ProtocolMeeting pm = ProtocolMeeting::build(t);
    const QStringList pages = printedProtocol(t, pm, QStringLiteral("protocol.pdf"));
    const QString all = pages.join(QLatin1Char('\n'));

    SECTION("every page: team, secrecy marking, page X of Y")
    {
        REQUIRE(pages.size() >= 2);
        for (int i = 0; i < pages.size(); ++i) {
            INFO("page " << i + 1);
            CHECK(pages[i].contains(QStringLiteral("Testteamet")));
            CHECK(pages[i].contains(ProtocolMeeting::kSecrecy));
            CHECK(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        }
    }

    SECTION("meeting details and attendees grouped by party, guests with organisation")
    {
        CHECK(has(all, QStringLiteral("Date and time +2026-11-17 13:00")));
        CHECK(has(all, QStringLiteral("Place +Kommunhuset, Åsele")));
        CHECK(has(all, QStringLiteral("Chair +Karin Koordinator")));
        CHECK(has(all, QStringLiteral("Försäkringskassan +Farid Handläggare")));
        CHECK(has(all, QStringLiteral("Arbetsförmedlingen +Anna Arbetsförmedlare")));
        CHECK(has(all, QStringLiteral("Region Test +Ruth Regionen")));
        CHECK(has(all, QStringLiteral("Åsele +Karin Koordinator")));
        CHECK(has(all, QStringLiteral("Guests +Göran Älvström, Vilhelmina socialtjänst")));
    }

    SECTION("items in order: five referrals, the consultation, other business")
    {
        QStringList headings;
        const QRegularExpression item(QStringLiteral("Item (\\d) – ([^\\n:]+)"));
        for (auto it = item.globalMatch(all); it.hasNext();)
            headings << it.next().captured(0).trimmed();
        REQUIRE(headings.size() == 7);
        for (int i = 0; i < 5; ++i)
            CHECK(headings[i].startsWith(QStringLiteral("Item %1 – New referral").arg(i + 1)));
        CHECK(headings[5] == QStringLiteral("Item 6 – Consultation"));
        CHECK(headings[6] == QStringLiteral("Item 7 – Other business"));
        CHECK(all.contains(ProtocolMeeting::kOtherBusiness));
    }

    SECTION("the three questions with answers and comments on every referral")
    {
        CHECK(all.count(QStringLiteral("Has the referring party tried")) == 5);
        CHECK(all.count(QStringLiteral("Does the person want to take part?")) == 5);
        CHECK(has(all, QStringLiteral("tried its own options[^\\n]*No +Ordinarie insatser är inte prövade")));
        CHECK(has(all, QStringLiteral("tried its own options[^\\n]*Yes +Har prövat praktik via Af")));
        CHECK(has(all, QStringLiteral("tried its own options[^\\n]*Unclear")));
        CHECK(has(all, QStringLiteral("take part\\? +Unclear")));
        CHECK(all.contains(QStringLiteral("Diskuteras igen"))); // saved answers of the undecided item
        CHECK(has(all, QStringLiteral("Referring party: Försäkringskassan · referral received 2026-11-02")));
    }

    SECTION("each decision with what it needs; the undecided item says so")
    {
        CHECK(has(all, QStringLiteral("Decision +Offer a place")));
        CHECK(has(all, QStringLiteral("Programme +Steget")));
        CHECK(has(all, QStringLiteral("Coordinator +Karin Koordinator")));
        CHECK(has(all, QStringLiteral("Planned start +2026-12-01")));
        CHECK(has(all, QStringLiteral("Decision +Waiting list")));
        CHECK(has(all, QStringLiteral("Programme +Gruppen")));
        CHECK(has(all, QStringLiteral("Queue position +Position 1 \\(2026-11-24\\)")));
        CHECK(has(all, QStringLiteral("Decision +Decline with a recommendation")));
        CHECK(all.contains(ProtocolMeeting::kRecommendation));
        CHECK(has(all, QStringLiteral("Decision +Postpone")));
        CHECK(has(all, QStringLiteral("Missing +") + QRegularExpression::escape(ProtocolMeeting::kMissing)));
        CHECK(has(all, QStringLiteral("Returns at +the meeting on 2026-12-15")));
        CHECK(all.count(QStringLiteral("Not decided")) == 1);
        CHECK(has(all, QStringLiteral("Chair\\s")));
        CHECK(all.contains(QStringLiteral("Adjuster")));
    }

    SECTION("referrals by initials and birth year only; the consultation without any person")
    {
        for (const ProtocolReferral &r : pm.referrals) {
            INFO(r.fullName.toStdString());
            CHECK(all.contains(QStringLiteral("%1, born %2").arg(r.initials).arg(r.birthYear)));
            CHECK_FALSE(all.contains(r.fullName));
            for (const QString &form : pnrForms(r.pnr))
                CHECK_FALSE(all.contains(form));
            CHECK_FALSE(all.contains(r.handler));
        }
        CHECK(all.contains(QStringLiteral("Å. Ö., born")));
        CHECK(all.contains(QStringLiteral("M. Ä., born")));
        CHECK(has(all, QStringLiteral("Question +") + QRegularExpression::escape(ProtocolMeeting::kConsultationQuestion)));
        CHECK(has(all, QStringLiteral("Advice from the team +") + QRegularExpression::escape(ProtocolMeeting::kConsultationAdvice)));
        CHECK(has(all, QStringLiteral("Party +Arbetsförmedlingen")));
        CHECK_FALSE(all.contains(ProtocolMeeting::kConsultationHandler));
    }
}

TEST_CASE("protocol: a participant with protected identity is shown by neither initials nor birth year", "[meeting-docs]")
{
    Participant p;
    p.setIdentity(*Personnummer::parse(testPnr(7), QDate(2026, 1, 1)).value);
    p.givenName = QStringLiteral("Åke");
    p.familyName = QStringLiteral("Ödman");
    CHECK(MeetingProtocol::participantLabel(p) == QStringLiteral("Å. Ö., born %1").arg(p.birthDate.year()));
    p.protectedIdentity = true;
    CHECK(MeetingProtocol::participantLabel(p) == QStringLiteral("protected identity"));
}

TEST_CASE("protocol: an unknown meeting is refused", "[meeting-docs]")
{
    TempTeam t;
    CHECK_THROWS_AS(MeetingProtocol::build(t.team(), 4711), Error);
}

TEST_CASE("decision letter: to the handläggare, with full name and personnummer and the decision in words", "[meeting-docs]")
{
    TempTeam t;
    const ProtocolMeeting pm = ProtocolMeeting::build(t);

    SECTION("decline: the recommendation")
    {
        const ProtocolReferral &r = pm.referrals[2];
        const QStringList pages = printedLetter(t, r.referralId, QStringLiteral("letter-decline.pdf"));
        REQUIRE(pages.size() == 1);
        const QString text = pages[0].simplified(); // a long line may wrap anywhere
        CHECK(text.contains(QStringLiteral("Björn Fäger")));
        CHECK(has(pages[0], QStringLiteral("Björn Fäger\\s+Försäkringskassan")));
        CHECK(text.contains(QStringLiteral("Regarding: Örjan Åkesson, %1-%2").arg(r.pnr.left(8), r.pnr.right(4))));
        CHECK(text.contains(QStringLiteral("not to offer Örjan Åkesson a place")));
        CHECK(text.contains(ProtocolMeeting::kRecommendation));
        CHECK(text.contains(QStringLiteral("Samordningsförbundet Test")));
        CHECK(has(text, QStringLiteral("Date +2026-11-24")));
        CHECK(has(text, QStringLiteral("Meeting +2026-11-17")));
        CHECK(text.contains(QStringLiteral("fully? No. Ordinarie insatser är inte prövade."))); // the reasons
        CHECK(text.contains(QStringLiteral("Karin Koordinator")));                  // signs
        CHECK(text.contains(ProtocolMeeting::kSecrecy));
        CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    }

    SECTION("offer: programme, coordinator, planned start")
    {
        const QString text = printedLetter(t, pm.referrals[0].referralId, QStringLiteral("letter-offer.pdf")).join(QLatin1Char('\n')).simplified();
        CHECK(text.contains(QStringLiteral("offer Åsa Öberg a place in Steget")));
        CHECK(text.contains(QStringLiteral("Karin Koordinator will be the coordinator, and the planned start is 2026-12-01")));
        CHECK(text.contains(QStringLiteral("Lena Lindén")));
        CHECK_FALSE(text.contains(ProtocolMeeting::kRecommendation));
    }

    SECTION("waiting list: the programme and the place in the queue")
    {
        const QString text = printedLetter(t, pm.referrals[1].referralId, QStringLiteral("letter-waiting.pdf")).join(QLatin1Char('\n')).simplified();
        CHECK(text.contains(QStringLiteral("a place in Gruppen when one becomes free")));
        CHECK(text.contains(QStringLiteral("Märta Ängström is number 1 in the queue")));
    }

    SECTION("postpone: what is missing and the next meeting")
    {
        const QString text = printedLetter(t, pm.referrals[3].referralId, QStringLiteral("letter-postpone.pdf")).join(QLatin1Char('\n')).simplified();
        CHECK(text.contains(ProtocolMeeting::kMissing));
        CHECK(text.contains(QStringLiteral("next meeting on 2026-12-15")));
    }

    SECTION("an undecided or unknown referral has no letter, and nothing is written or logged")
    {
        const QString pdf = freshTestOutput(QStringLiteral("meeting-docs"), QStringLiteral("letter-undecided.pdf"));
        const QList<AuditRecord> before = AuditLog::latest(t->database(), 1);
        try {
            MeetingPrinting::letterPdf(t.team(), pm.referrals[4].referralId, pdf);
            FAIL("no error");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::Validation);
            CHECK(e.message().contains(QStringLiteral("has not been decided")));
        }
        CHECK_THROWS_AS(DecisionLetter::build(t.team(), 4711), Error);
        CHECK_FALSE(QFileInfo::exists(pdf));
        CHECK(AuditLog::latest(t->database(), 1).first().seq == before.first().seq);
    }
}

TEST_CASE("printing is logged as an access; a print that cannot be written logs nothing", "[meeting-docs]")
{
    TempTeam t;
    const ProtocolMeeting pm = ProtocolMeeting::build(t);
    QTemporaryDir dir;

    MeetingPrinting::letterPdf(t.team(), pm.referrals[2].referralId, dir.filePath(QStringLiteral("brev.pdf")));
    AuditRecord last = AuditLog::latest(t->database(), 1).first();
    CHECK(last.action == QStringLiteral("document.print"));
    CHECK(last.detail == QStringLiteral("letter %1").arg(pm.referrals[2].referralId));
    CHECK(last.participantId == pm.referrals[2].participantId);
    CHECK(last.actor == QStringLiteral("Karin Koordinator"));

    MeetingPrinting::protocolPdf(t.team(), pm.meetingId, dir.filePath(QStringLiteral("protokoll.pdf")));
    last = AuditLog::latest(t->database(), 1).first();
    CHECK(last.detail == QStringLiteral("protocol 2026-11-17"));
    CHECK_FALSE(last.participantId.has_value());

    const QString nowhere = dir.filePath(QStringLiteral("saknas/protokoll.pdf"));
    CHECK_THROWS_AS(MeetingPrinting::protocolPdf(t.team(), pm.meetingId, nowhere), Error);
    CHECK(AuditLog::latest(t->database(), 1).first().seq == last.seq);
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK(AuditLog::verify(t->database()).ok);
}

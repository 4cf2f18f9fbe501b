// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "domain/personnummer.h"
#include "pdftext.h"
#include "sip/sipdocument.h"
#include "sip/sipprinting.h"
#include "sipexitfixtures.h"
#include "storage/database.h"
#include "storage/enrolmentsettings.h"
#include "storage/settingsrepository.h"
#include "storage/siprepository.h"
#include "testidentities.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

QString sipPdf(TempTeam &t, qint64 participantId, int version, const QString &name)
{
    const QString pdf = testOutputDir(QStringLiteral("enrolment-docs")) + QLatin1Char('/') + name;
    QFile::remove(pdf);
    SipPrinting::pdf(t.team(), participantId, version, pdf);
    renderPng(pdf, 1);
    return pdfPages(pdf).join(QLatin1Char('\n'));
}

// The text of every block that carries words, in order, with the footer's print time left out.
QString flat(const QString &text)
{
    return text.simplified();
}

} // namespace

TEST_CASE("SIP document: reads as the person's own plan, in order, with å/ä/ö intact", "[sip][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    const QString text = flat(sipPdf(t, stay.participantId, 0, QStringLiteral("sip.pdf")));

    CHECK(text.contains(QStringLiteral("Coordinated individual plan (SIP)")));
    CHECK(text.contains(QStringLiteral("Åsa Öberg")));
    CHECK(text.contains(Personnummer::fromStored(Personnummer::Kind::Personnummer, stay.pnr)->twelveWithDash()));
    CHECK(text.contains(QStringLiteral("Date of the SIP meeting 2026-01-20")));
    // The person's own words and goals come first, then needs, then who does what, then
    // responsibility, consent, follow-up and who took part.
    const QStringList order{QStringLiteral("What matters to me"),
                            QStringLiteral("Jag vill orka arbeta och känna mig trygg på dagarna."),
                            QStringLiteral("My goals"),
                            QStringLiteral("Arbetsträna 25 % på en arbetsplats jag väljer"),
                            QStringLiteral("What I need"),
                            QStringLiteral("Who does what, by when"),
                            QStringLiteral("Arbetsträning med handledare"),
                            QStringLiteral("What I do myself"),
                            QStringLiteral("What Försäkringskassan, Arbetsförmedlingen and others do"),
                            QStringLiteral("Who holds the overall responsibility"),
                            QStringLiteral("Åsele"),
                            QStringLiteral("My consent"),
                            QStringLiteral("Next follow-up"),
                            QStringLiteral("2026-04-20"),
                            QStringLiteral("Who took part in the meeting"),
                            QStringLiteral("Farid Handläggare"),
                            QStringLiteral("Follow-ups so far"),
                            QStringLiteral("socialtjänstlagen")};
    qsizetype at = -1;
    for (const QString &part : order) {
        const qsizetype found = text.indexOf(part, at + 1);
        INFO(part.toStdString());
        REQUIRE(found > at);
        at = found;
    }
    // The action row names the party and the contact person, the dates and the status.
    CHECK(text.contains(QStringLiteral("Arbetsförmedlingen")));
    CHECK(text.contains(QStringLiteral("Anna Arbetsförmedlare")));
    CHECK(text.contains(QStringLiteral("2026-06-30")));
    CHECK(text.contains(QStringLiteral("Planned")));
    CHECK(text.contains(QStringLiteral("not been followed up yet")));
    // Printing was logged under the participant, without content.
    CHECK(t->database().scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'document.print' AND participant_id = ?"),
                               {stay.participantId}).toString()
          == QStringLiteral("sip %1 version 1").arg(stay.planId));
}

TEST_CASE("SIP document: version N-1 prints unchanged after a follow-up; the new version has the log", "[sip][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    const QString before = sipPdf(t, stay.participantId, 1, QStringLiteral("sip-v1-before.pdf"));

    SipVersion v2 = stay.followUp(QDate(2026, 4, 22), QStringLiteral("Går framåt, arbetsträningen har börjat."));
    v2.actions[0].status = QStringLiteral("done");
    v2.ownDescription = QStringLiteral("Nu vill jag söka arbete på riktigt.");
    t->write(QStringLiteral("sip.update"), [&](WriteContext &ctx) { SipRepository::updateCurrent(ctx, v2); });

    const QString after = sipPdf(t, stay.participantId, 1, QStringLiteral("sip-v1-after.pdf"));
    CHECK(after == before);
    CHECK_FALSE(after.contains(QStringLiteral("Går framåt")));

    const QString current = flat(sipPdf(t, stay.participantId, 0, QStringLiteral("sip-v2.pdf")));
    CHECK(current.contains(QStringLiteral("Nu vill jag söka arbete på riktigt.")));
    CHECK(current.contains(QStringLiteral("2026-04-22 2 Går framåt, arbetsträningen har börjat. Karin Koordinator")));
    CHECK(current.contains(QStringLiteral("2026-07-22"))); // next follow-up: three months after the follow-up
    CHECK(current.contains(QStringLiteral("Done")));
}

TEST_CASE("SIP document: the team's legal reference replaces the default; missing plans and versions are refused", "[sip][documents]")
{
    TempTeam t;
    StayFixture stay(t);
    t->write(QStringLiteral("settings.edit"), [&](WriteContext &ctx) {
        SettingsRepository::setMeta(ctx, EnrolmentSettings::kSipLegalReference,
                                    QStringLiteral("Planen upprättas enligt socialtjänstlagen (2025:400) och hälso- och sjukvårdslagen."));
    });
    const QString text = flat(sipPdf(t, stay.participantId, 0, QStringLiteral("sip-legal.pdf")));
    CHECK(text.contains(QStringLiteral("socialtjänstlagen (2025:400)")));
    CHECK_FALSE(text.contains(QStringLiteral("2 kap. 7 §")));

    const QString pdf = testOutputDir(QStringLiteral("enrolment-docs")) + QStringLiteral("/sip-missing.pdf");
    QFile::remove(pdf);
    CHECK_THROWS_AS(SipPrinting::pdf(t.team(), stay.participantId, 2, pdf), Error); // only version 1 exists
    const qint64 noSip = addTestParticipant(t, 21);
    const int printsBefore = t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document.print'")).toInt();
    try {
        SipPrinting::pdf(t.team(), noSip, 0, pdf);
        FAIL("printed a SIP that does not exist");
    } catch (const Error &e) {
        CHECK(e.message() == QStringLiteral("Testa Testsson has no SIP yet, so there is nothing to print."));
    }
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document.print'")).toInt() == printsBefore);
}

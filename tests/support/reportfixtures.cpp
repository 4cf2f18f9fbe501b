// SPDX-License-Identifier: EUPL-1.2
#include "reportfixtures.h"

#include "domain/consent.h"
#include "domain/consultation.h"
#include "domain/meeting.h"
#include "domain/participant.h"
#include "domain/referral.h"
#include "meetings/decisionservice.h"
#include "meetings/meetingservice.h"
#include "referrals/referralservice.h"
#include "storage/assessmentrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/participanteventrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "testidentities.h"

#include <QProcess>

#include <stdexcept>

namespace samsyn::test {

QString ReportFixtures::pnrBorn(QDate birth, Gender gender)
{
    const QString prefix = birth.toString(QStringLiteral("yyyyMMdd"));
    for (const QString &number : testPersonnummer()) {
        // The second-to-last digit is odd for men, even for women.
        const bool male = number.at(10).digitValue() % 2 == 1;
        if (number.startsWith(prefix) && male == (gender == Gender::Male))
            return number;
    }
    throw std::runtime_error("no test personnummer born " + prefix.toStdString());
}

qint64 ReportFixtures::person(QDate birth, Gender gender, const QString &municipality)
{
    Participant p;
    p.setIdentity(*Personnummer::fromStored(Personnummer::Kind::Personnummer, pnrBorn(birth, gender)));
    p.givenName = QStringLiteral("Rapport");
    p.familyName = QStringLiteral("Testsson");
    if (!municipality.isEmpty())
        p.municipalityId = m_t.municipalityId(municipality);
    m_t->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
    return p.id;
}

qint64 ReportFixtures::referral(qint64 participantId, const QString &party, QDate received)
{
    Referral r;
    r.participantId = participantId;
    r.receivedOn = received;
    r.referringPartyId = m_t.partyId(party);
    r.reason = QStringLiteral("Behöver samordnat stöd");
    r.programmeId = m_t.programmeId(QStringLiteral("Steget"));
    return ReferralService(m_t.team()).create(r, nullptr);
}

qint64 ReportFixtures::meeting(QDate date)
{
    Meeting m;
    m.date = date;
    // Two meetings may share a date; they differ by start time.
    m.startTime = QTime(13, 0).addSecs(60 * m_meetingMinute++);
    m.place = QStringLiteral("Kommunhuset");
    m.chairId = m_t.memberId(QStringLiteral("Karin Koordinator"));
    return MeetingService(m_t.team()).save(m);
}

void ReportFixtures::decide(qint64 meetingId, qint64 referralId, DecisionKind kind)
{
    const Referral r = *ReferralRepository(m_t->database()).get(referralId);
    Consent c;
    c.participantId = r.participantId;
    c.givenOn = r.receivedOn;
    c.validUntil = r.receivedOn.addYears(1);
    c.partyIds = {r.referringPartyId};
    ReferralService(m_t.team()).recordConsent(c);
    ReferralAssessment a;
    a.agendaItemId = MeetingService(m_t.team()).putOnAgenda(meetingId, referralId);
    for (auto &answer : a.answers)
        answer = Answer::Yes;
    a.decision = kind;
    if (kind == DecisionKind::Offer || kind == DecisionKind::WaitingList)
        a.programmeId = m_t.programmeId(QStringLiteral("Steget"));
    if (kind == DecisionKind::Offer) {
        a.coordinatorId = m_t.memberId(QStringLiteral("Karin Koordinator"));
        a.plannedStart = r.receivedOn.addDays(14);
    }
    a.recommendation = kind == DecisionKind::Decline ? QStringLiteral("Kontakta vårdcentralen") : QString();
    a.missing = kind == DecisionKind::Postpone ? QStringLiteral("Läkarintyg") : QString();
    DecisionService(m_t.team()).decide(a);
}

qint64 ReportFixtures::enrol(qint64 participantId, const QString &programme, QDate start)
{
    Enrollment e;
    e.participantId = participantId;
    e.programmeId = m_t.programmeId(programme);
    e.startDate = start;
    e.coordinatorId = m_t.memberId(QStringLiteral("Karin Koordinator"));
    m_t->write(QStringLiteral("enrollment.create"), [&](WriteContext &ctx) { EnrollmentRepository::enrol(ctx, e); });
    return e.id;
}

void ReportFixtures::exit(qint64 enrollmentId, QDate end, const QString &reason, std::optional<bool> readier)
{
    EnrollmentExit x;
    x.endDate = end;
    x.reason = reason;
    x.readier = readier;
    m_t->write(QStringLiteral("enrollment.exit"), [&](WriteContext &ctx) { EnrollmentRepository::exit(ctx, enrollmentId, x); });
}

qint64 ReportFixtures::event(qint64 participantId, const QString &category, QDate date)
{
    ParticipantEvent e;
    e.participantId = participantId;
    e.category = category;
    e.date = date;
    m_t->write(QStringLiteral("event.add"), [&](WriteContext &ctx) { ParticipantEventRepository::add(ctx, e); });
    return e.id;
}

void ReportFixtures::who5(qint64 participantId, QDate date, int raw)
{
    Assessment a;
    a.participantId = participantId;
    a.date = date;
    a.instrument = Instrument::Who5;
    a.total = raw;
    m_t->write(QStringLiteral("assessment.add"), [&](WriteContext &ctx) { AssessmentRepository::add(ctx, a); });
}

void ReportFixtures::consultation(const QString &party, QDate date)
{
    Consultation c;
    c.heldOn = date;
    c.partyId = m_t.partyId(party);
    c.question = QStringLiteral("Råd om stöd");
    ReferralService(m_t.team()).recordConsultation(c);
}

QStringList ReportFixtures::row(const ReportTable &table, const QString &label)
{
    for (const QStringList &r : table.rows) {
        if (r.value(0) == label)
            return r.mid(1);
    }
    return {};
}

ReportTable ReportFixtures::table(const QList<ReportTable> &tables, const QString &title)
{
    for (const ReportTable &t : tables) {
        if (t.title == title)
            return t;
    }
    throw std::runtime_error("no report table titled " + title.toStdString());
}

QString ReportFixtures::pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                          QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        throw std::runtime_error("pdftotext failed on " + pdf.toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

void ReportFixtures::renderPages(const QString &pdf)
{
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, pdf.chopped(4)});
}

} // namespace samsyn::test

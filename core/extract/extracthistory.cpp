// SPDX-License-Identifier: EUPL-1.2
// ExtractHistory: referrals with the meetings' assessments and decisions, consents, and the
// stays (enrolments) with how they ended and the follow-ups after.
#include "extract/extracthistory.h"

#include "domain/consent.h"
#include "domain/decision.h"
#include "domain/enrollment.h"
#include "domain/referral.h"
#include "meetings/decisionfacts.h"
#include "storage/consentrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/exitdocumentrepository.h"
#include "storage/meetingrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"

namespace samsyn {

namespace {

using H = ExtractHistory;

QString codeList(const SettingsRepository &settings, const QString &table, const QStringList &codes)
{
    QStringList labels;
    for (const QString &code : codes)
        labels << settings.codeLabel(table, code);
    return labels.join(QStringLiteral(", "));
}

QDate meetingDate(Database &db, const ReferralAssessment &a)
{
    const std::optional<AgendaItem> item = MeetingRepository(db).agendaItem(a.agendaItemId);
    const std::optional<Meeting> meeting = item ? MeetingRepository(db).get(item->meetingId) : std::nullopt;
    return meeting ? meeting->date : a.decidedOn;
}

void assessment(Document &d, const H::Source &s, const ReferralAssessment &a)
{
    d.paragraph(ExtractHistory::tr("Assessed at the team's meeting on %1:").arg(H::iso(meetingDate(s.db, a))), doc::Emphasis::Strong);
    QList<doc::KeyValue> rows;
    for (int q = 0; q < 3; ++q) {
        const QString answer = a.answers[q] ? DecisionCodes::label(*a.answers[q]) : ExtractHistory::tr("Not answered");
        rows << doc::KeyValue{ReferralAssessment::questionText(q),
                              a.comments[q].trimmed().isEmpty() ? answer : ExtractHistory::tr("%1. %2").arg(answer, a.comments[q].trimmed())};
    }
    const std::optional<DecisionFacts> facts = DecisionFacts::of(s.db, a);
    if (facts) {
        rows << doc::KeyValue{ExtractHistory::tr("Decision"), DecisionCodes::label(facts->kind)}
             << doc::KeyValue{ExtractHistory::tr("Programme"), facts->programme} << doc::KeyValue{ExtractHistory::tr("Coordinator"), facts->coordinator}
             << doc::KeyValue{ExtractHistory::tr("Planned start"), H::iso(facts->plannedStart)}
             << doc::KeyValue{ExtractHistory::tr("Recommendation"), facts->recommendation}
             << doc::KeyValue{ExtractHistory::tr("What was missing"), facts->missing};
    } else {
        rows << doc::KeyValue{ExtractHistory::tr("Decision"), ExtractHistory::tr("Not decided yet")};
    }
    H::keptValues(d, rows);
}

QString consentForm(const SettingsRepository &settings, const Consent &c)
{
    if (c.form == ConsentForm::Written)
        return ExtractHistory::tr("Written");
    const QString by = settings.memberName(c.recordedBy);
    return by.isEmpty() ? ExtractHistory::tr("Oral") : ExtractHistory::tr("Oral, recorded by %1").arg(by);
}

QString registrationLabel(const QString &code)
{
    if (code == QLatin1String("anonymous_no_consent"))
        return ExtractHistory::tr("Counted anonymously (no consent to registration)");
    if (code == QLatin1String("anonymous_protected"))
        return ExtractHistory::tr("Counted anonymously (protected personal data)");
    return ExtractHistory::tr("Registered with consent");
}

QString followup(QDate due, QDate done, const QString &result)
{
    if (done.isValid())
        return H::lines({ExtractHistory::tr("Done %1").arg(H::iso(done)), result});
    return due.isValid() ? ExtractHistory::tr("Planned around %1").arg(H::iso(due)) : QString();
}

void exitPart(Document &d, const H::Source &s, const Enrollment &e)
{
    const EnrollmentExit &x = *e.exit;
    d.paragraph(ExtractHistory::tr("The stay ended on %1.").arg(H::iso(x.endDate)), doc::Emphasis::Strong);
    const std::optional<bool> readier = x.readier;
    H::keptValues(d, {{ExtractHistory::tr("Reason for ending"), s.settings.codeLabel(CodeTable::ExitReason, x.reason)},
                      {ExtractHistory::tr("Occupation after"), s.settings.codeLabel(CodeTable::Occupation, x.occupationAfter)},
                      {ExtractHistory::tr("Income after"), codeList(s.settings, CodeTable::IncomeSource, x.incomeAfter)},
                      {ExtractHistory::tr("Extent of work or studies"), x.extentPercent ? QStringLiteral("%1 %").arg(*x.extentPercent) : QString()},
                      {ExtractHistory::tr("Feels readier for work or studies"), readier ? (*readier ? ExtractHistory::tr("Yes") : ExtractHistory::tr("No")) : QString()},
                      {ExtractHistory::tr("The plan ahead"), x.onwardPlan},
                      {ExtractHistory::tr("Handed over to"), H::lines({s.settings.partyName(x.handoverPartyId), x.handoverContact})},
                      {ExtractHistory::tr("The SIP continues"), x.sipContinues ? ExtractHistory::tr("Yes") : QString()},
                      {ExtractHistory::tr("In your own words"), x.ownView},
                      {ExtractHistory::tr("First follow-up"), followup(x.followup1Due, x.followup1Done, x.followup1Result)},
                      {ExtractHistory::tr("Second follow-up"), followup(x.followup2Due, x.followup2Done, x.followup2Result)}});
    const std::optional<ExitDocument> final = ExitDocumentRepository(s.db).finalFor(e.id);
    d.paragraph(final ? ExtractHistory::tr("The final report (slutdokumentation) was written by %1 on %2 and is kept unchanged.")
                            .arg(H::orNotRecorded(final->writtenBy), H::iso(final->writtenAt.toLocalTime().date()))
                      : ExtractHistory::tr("No final report (slutdokumentation) has been kept for this stay."),
                doc::Emphasis::Note);
}

} // namespace

QString ExtractHistory::iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString ExtractHistory::orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? tr("Not recorded") : text.trimmed();
}

void ExtractHistory::nothing(Document &d, const QString &text)
{
    d.paragraph(text, doc::Emphasis::Note);
}

QString ExtractHistory::lines(const QStringList &items)
{
    QStringList kept;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            kept << item.trimmed();
    }
    return kept.join(QLatin1Char('\n'));
}

void ExtractHistory::keptValues(Document &d, const QList<doc::KeyValue> &rows)
{
    QList<doc::KeyValue> kept;
    for (const doc::KeyValue &row : rows) {
        if (!row.value.trimmed().isEmpty())
            kept << doc::KeyValue{row.label, row.value.trimmed()};
    }
    if (!kept.isEmpty())
        d.keyValues(kept);
}

void ExtractHistory::referrals(Document &d, const Source &s)
{
    d.heading(tr("Referrals to the team"));
    const QList<Referral> list = ReferralRepository(s.db).forParticipant(s.participantId);
    if (list.isEmpty())
        return nothing(d, tr("No referral is recorded."));
    for (const Referral &r : list) {
        d.heading(tr("Referral received %1 from %2").arg(iso(r.receivedOn), orNotRecorded(s.settings.partyName(r.referringPartyId))), 2);
        H::keptValues(d, {{tr("Case officer (handläggare)"), H::lines({r.handlerName, r.handlerPhone, r.handlerEmail})},
                          {tr("Status"), ReferralStatuses::label(r.status)},
                          {tr("Programme asked for"), s.settings.programmeName(r.programmeId)},
                          {tr("Reason"), r.reason},
                          {tr("Tried already"), r.triedAlready},
                          {tr("Your own wish"), r.ownWish},
                          {tr("Income source then"), s.settings.codeLabel(CodeTable::IncomeSource, r.incomeSource)},
                          {tr("Occupation then"), s.settings.codeLabel(CodeTable::Occupation, r.occupation)},
                          {tr("Current contacts"), r.currentContacts},
                          {tr("Attachments (names only; the documents stay with the party)"), r.attachments.join(QLatin1Char('\n'))}});
        for (const ReferralAssessment &a : ReferralAssessmentRepository(s.db).forReferral(r.id))
            assessment(d, s, a);
    }
}

void ExtractHistory::consents(Document &d, const Source &s)
{
    d.heading(tr("Consents"));
    const QList<Consent> list = ConsentRepository(s.db).forParticipant(s.participantId);
    if (list.isEmpty())
        return nothing(d, tr("No consent is recorded."));
    doc::Table t{{tr("Purpose"), tr("Parties"), tr("Given"), tr("Form"), tr("Valid until"), tr("Withdrawn")},
                 {},
                 {20, 26, 14, 12, 14, 14},
                 {}};
    for (const Consent &c : list) {
        QStringList parties;
        for (qint64 id : c.partyIds)
            parties << s.settings.partyName(id);
        t.rows << QStringList{H::lines({ConsentCodes::label(c.purpose), c.note}), parties.join(QStringLiteral(", ")), iso(c.givenOn),
                              consentForm(s.settings, c), iso(c.validUntil), c.withdrawnOn.isValid() ? iso(c.withdrawnOn) : tr("No")};
    }
    d.table(t);
}

void ExtractHistory::enrolments(Document &d, const Source &s)
{
    d.heading(tr("Your time in the team"));
    const QList<Enrollment> list = EnrollmentRepository(s.db).forParticipant(s.participantId);
    if (list.isEmpty())
        return nothing(d, tr("You have not been enrolled in any of the team's programmes."));
    for (const Enrollment &e : list) {
        d.heading(tr("%1, from %2").arg(orNotRecorded(s.settings.programmeName(e.programmeId)), iso(e.startDate)), 2);
        H::keptValues(d, {{tr("Coordinator"), s.settings.memberName(e.coordinatorId)},
                          {tr("Way of working"), s.settings.codeLabel(QStringLiteral("enrollment_method"), e.method)},
                          {tr("Planned end"), iso(e.plannedEnd)},
                          {tr("Passive from"), iso(e.passiveFrom)},
                          {tr("Registration"), registrationLabel(e.registration)},
                          {tr("Income at the start"), codeList(s.settings, CodeTable::IncomeSource, e.incomeAtStart)},
                          {tr("Occupation at the start"), s.settings.codeLabel(CodeTable::Occupation, e.occupation)},
                          {tr("Education"), s.settings.codeLabel(CodeTable::Education, e.education)},
                          {tr("Time on public support"), s.settings.codeLabel(CodeTable::PublicSupportTime, e.supportTime)}});
        if (e.exit)
            exitPart(d, s, e);
    }
}

} // namespace samsyn

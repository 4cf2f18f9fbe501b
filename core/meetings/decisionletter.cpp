// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisionletter.h"

#include "documents/documentmeta.h"
#include "meetings/decisionfacts.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

namespace samsyn {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The referral's latest decision: a postponed referral decided later has two.
std::optional<ReferralAssessment> latestDecision(Database &db, qint64 referralId)
{
    std::optional<ReferralAssessment> latest;
    for (const ReferralAssessment &a : ReferralAssessmentRepository(db).forReferral(referralId)) {
        if (a.decision && (!latest || a.decidedOn >= latest->decidedOn))
            latest = a;
    }
    return latest;
}

// The person who signs and answers questions: the meeting's chair, else whoever prints.
std::optional<Member> signatory(TeamFile &team, const Meeting *meeting)
{
    const SettingsRepository settings(team.database());
    if (meeting && meeting->chairId) {
        if (auto chair = settings.member(*meeting->chairId))
            return chair;
    }
    return team.currentMember() ? settings.member(*team.currentMember()) : std::nullopt;
}

doc::LetterHead letterHead(TeamFile &team, const Referral &r, const std::optional<Member> &contact, QDate meetingDay)
{
    const SettingsRepository settings(team.database());
    const TeamInfo info = settings.teamInfo();
    doc::LetterHead head;
    head.sender << info.name;
    if (!info.association.trimmed().isEmpty())
        head.sender << info.association.trimmed();
    if (contact) {
        head.sender << (contact->role.trimmed().isEmpty() ? contact->name
                                                          : DecisionLetter::tr("%1, %2").arg(contact->name, contact->role.trimmed()));
        if (!contact->phone.trimmed().isEmpty())
            head.sender << DecisionLetter::tr("Phone %1").arg(contact->phone.trimmed());
        if (!contact->email.trimmed().isEmpty())
            head.sender << contact->email.trimmed();
    }
    head.reference = {{DecisionLetter::tr("Date"), iso(team.clock().today())},
                      {DecisionLetter::tr("Our reference"), DecisionLetter::tr("Referral %1").arg(r.id)},
                      {DecisionLetter::tr("Meeting"), iso(meetingDay)}};
    const std::optional<Party> party = settings.party(r.referringPartyId);
    head.recipient << (r.handlerName.trimmed().isEmpty() ? DecisionLetter::tr("The referring case officer") : r.handlerName.trimmed());
    if (party)
        head.recipient << party->name;
    return head;
}

// "Karin Koordinator (phone 070-123 45 67, karin@example.se)": how to reach the signatory.
QString contactText(const Member &m)
{
    QStringList ways;
    if (!m.phone.trimmed().isEmpty())
        ways << DecisionLetter::tr("phone %1").arg(m.phone.trimmed());
    if (!m.email.trimmed().isEmpty())
        ways << m.email.trimmed();
    return ways.isEmpty() ? m.name : DecisionLetter::tr("%1 (%2)").arg(m.name, ways.join(QStringLiteral(", ")));
}

// The decision in the words a handläggare reads it in.
void decisionText(Document &d, const DecisionFacts &f, const QString &name, QDate today)
{
    d.heading(DecisionLetter::tr("The team's decision"));
    for (const QString &line : f.corrections)
        d.paragraph(line, doc::Emphasis::Italic);
    switch (f.kind) {
    case DecisionKind::Offer:
        d.paragraph(DecisionLetter::tr("The team decided to offer %1 a place in %2.").arg(name, f.programme));
        d.paragraph(DecisionLetter::tr("%1 will be the coordinator, and the planned start is %2.").arg(f.coordinator, iso(f.plannedStart)));
        return;
    case DecisionKind::WaitingList:
        d.paragraph(DecisionLetter::tr("The team decided to offer %1 a place in %2 when one becomes free, and put %1 on the "
                                       "waiting list for it.")
                        .arg(name, f.programme));
        if (f.queuePosition)
            d.paragraph(DecisionLetter::tr("On %1, %2 is number %3 in the queue. The team contacts you when a place is free.")
                            .arg(iso(today), name)
                            .arg(*f.queuePosition));
        return;
    case DecisionKind::Decline:
        d.paragraph(DecisionLetter::tr("The team decided not to offer %1 a place in its programmes.").arg(name));
        d.heading(DecisionLetter::tr("The team's recommendation"), 2).paragraph(f.recommendation);
        return;
    case DecisionKind::Postpone:
        d.paragraph(DecisionLetter::tr("The team postponed its decision: it needs more information before it can decide."));
        d.heading(DecisionLetter::tr("What is missing"), 2).paragraph(f.missing);
        d.paragraph(f.nextMeeting ? DecisionLetter::tr("The referral comes back at the team's next meeting on %1. Please send "
                                                       "what is missing before then.")
                                        .arg(iso(f.nextMeeting->date))
                                  : DecisionLetter::tr("The referral comes back at the team's next meeting; its date is not "
                                                       "set yet. Please send what is missing as soon as you can."));
        return;
    }
}

// The three questions as sentences: the reasons behind a decline or a postponement.
void reasons(Document &d, const ReferralAssessment &a)
{
    QStringList lines;
    for (int q = 0; q < 3; ++q) {
        if (!a.answers[q])
            continue;
        QString line = DecisionLetter::tr("%1 %2.").arg(ReferralAssessment::questionText(q), DecisionCodes::label(*a.answers[q]));
        QString comment = a.comments[q].trimmed();
        if (!comment.isEmpty()) {
            if (!comment.back().isPunct())
                comment += QLatin1Char('.');
            line += QLatin1Char(' ') + comment;
        }
        lines << line;
    }
    if (!lines.isEmpty())
        d.heading(DecisionLetter::tr("The team's assessment"), 2).bullets(lines);
}

} // namespace

Document DecisionLetter::build(TeamFile &team, qint64 referralId)
{
    Database &db = team.database();
    const std::optional<Referral> r = ReferralRepository(db).get(referralId);
    if (!r)
        throw Error(ErrorCode::NotFound, tr("There is no referral with id %1 in this team file.").arg(referralId));
    const std::optional<ReferralAssessment> a = latestDecision(db, referralId);
    if (!a)
        throw Error(ErrorCode::Validation,
                    tr("Referral %1 has not been decided at a meeting yet, so there is no decision to send.").arg(referralId));
    const std::optional<Participant> p = ParticipantRepository(db).get(r->participantId);
    if (!p)
        throw Error(ErrorCode::NotFound, tr("The participant of referral %1 no longer exists in the team file.").arg(referralId));
    const std::optional<AgendaItem> item = MeetingRepository(db).agendaItem(a->agendaItemId);
    const std::optional<Meeting> meeting = item ? MeetingRepository(db).get(item->meetingId) : std::nullopt;
    const DecisionFacts facts = *DecisionFacts::of(db, *a);
    const std::optional<Member> contact = signatory(team, meeting ? &*meeting : nullptr);
    const QDate meetingDay = meeting ? meeting->date : a->decidedOn;
    const QString name = p->displayName();
    const std::optional<Personnummer> number = p->personnummer();

    Document d;
    d.title = tr("Decision on referral");
    d.meta = DocumentMeta::forTeam(team);
    d.letterHead = letterHead(team, *r, contact, meetingDay);
    d.paragraph(tr("Regarding: %1, %2").arg(name, number ? number->twelveWithDash() : p->identity), doc::Emphasis::Strong);
    d.paragraph(tr("The team has assessed your referral, received %1, at its meeting on %2.").arg(iso(r->receivedOn), iso(meetingDay)));
    decisionText(d, facts, name, team.clock().today());
    if (facts.kind == DecisionKind::Decline || facts.kind == DecisionKind::Postpone)
        reasons(d, *a);

    d.spacer(6);
    d.paragraph(contact ? tr("If you have questions about the decision, contact %1.").arg(contactText(*contact))
                        : tr("If you have questions about the decision, contact the team."));
    d.paragraph(tr("Kind regards"));
    d.spacer(8);
    d.signatures({contact ? tr("%1\n%2").arg(contact->name, contact->role.trimmed().isEmpty()
                                                                 ? d.meta.teamName
                                                                 : tr("%1, %2").arg(contact->role.trimmed(), d.meta.teamName))
                          : tr("for %1").arg(d.meta.teamName)});
    return d;
}

} // namespace samsyn

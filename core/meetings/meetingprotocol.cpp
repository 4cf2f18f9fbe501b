// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingprotocol.h"

#include "documents/documentmeta.h"
#include "meetings/decisionfacts.h"
#include "storage/consultationrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QMap>

namespace samsyn {

namespace {

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("–");
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text.trimmed();
}

// Writes one meeting's protocol into a Document; holds the lookups the items share.
class ProtocolWriter
{
public:
    ProtocolWriter(TeamFile &team, Document &doc) : m_db(team.database()), m_settings(m_db), m_doc(doc), m_today(team.clock().today()) {}

    void details(const Meeting &m)
    {
        m_doc.keyValues({{MeetingProtocol::tr("Date and time"),
                          MeetingProtocol::tr("%1 %2").arg(date(m.date), m.startTime.toString(QStringLiteral("HH:mm")))},
                         {MeetingProtocol::tr("Place"), orDash(m.place)},
                         {MeetingProtocol::tr("Chair"), orDash(memberName(m.chairId))}});
    }

    // Team members under their party in the team's party order; guests last, with their
    // organisation.
    void attendees(const Meeting &m)
    {
        m_doc.heading(MeetingProtocol::tr("Attendees"));
        QMap<qint64, QStringList> byParty; // party id (0: no party) -> names
        QStringList guests;
        for (const MeetingAttendee &a : m.attendees) {
            if (a.memberId) {
                const std::optional<Member> member = m_settings.member(*a.memberId);
                if (member)
                    byParty[member->partyId.value_or(0)] << member->name;
            } else if (!a.guestName.trimmed().isEmpty()) {
                guests << (a.guestOrganisation.trimmed().isEmpty()
                               ? a.guestName.trimmed()
                               : MeetingProtocol::tr("%1, %2").arg(a.guestName.trimmed(), a.guestOrganisation.trimmed()));
            }
        }
        QList<doc::KeyValue> rows;
        for (const Party &party : m_settings.parties(true)) {
            if (byParty.contains(party.id))
                rows << doc::KeyValue{party.name, byParty.take(party.id).join(QLatin1Char('\n'))};
        }
        for (auto it = byParty.cbegin(); it != byParty.cend(); ++it)
            rows << doc::KeyValue{MeetingProtocol::tr("Team"), it.value().join(QLatin1Char('\n'))};
        if (!guests.isEmpty())
            rows << doc::KeyValue{MeetingProtocol::tr("Guests"), guests.join(QLatin1Char('\n'))};
        if (rows.isEmpty())
            m_doc.paragraph(MeetingProtocol::tr("No attendees were recorded."), doc::Emphasis::Italic);
        else
            m_doc.keyValues(rows);
    }

    void item(int number, const AgendaItem &item)
    {
        switch (item.kind) {
        case AgendaKind::NewReferral:
        case AgendaKind::PostponedReferral:
            referral(number, item);
            return;
        case AgendaKind::Consultation:
            consultation(number, item);
            return;
        case AgendaKind::FollowUp:
            followUp(number, item);
            return;
        case AgendaKind::Other:
            m_doc.heading(itemHeading(number, MeetingProtocol::tr("Other business")), 2);
            m_doc.paragraph(orDash(item.text));
            return;
        }
    }

    QString memberName(std::optional<qint64> id) const
    {
        if (!id)
            return {};
        const std::optional<Member> member = m_settings.member(*id);
        return member ? member->name : QString();
    }

private:
    static QString itemHeading(int number, const QString &what) { return MeetingProtocol::tr("Item %1 – %2").arg(number).arg(what); }

    void referral(int number, const AgendaItem &item)
    {
        const std::optional<Referral> r = item.referralId ? ReferralRepository(m_db).get(*item.referralId) : std::nullopt;
        const std::optional<Participant> p = r ? ParticipantRepository(m_db).get(r->participantId) : std::nullopt;
        const QString who = p ? MeetingProtocol::participantLabel(*p) : MeetingProtocol::tr("referral removed");
        const QString what = item.kind == AgendaKind::PostponedReferral ? MeetingProtocol::tr("Postponed referral")
                                                                        : MeetingProtocol::tr("New referral");
        m_doc.heading(itemHeading(number, MeetingProtocol::tr("%1: %2").arg(what, who)), 2);
        if (r) {
            const std::optional<Party> party = m_settings.party(r->referringPartyId);
            m_doc.paragraph(MeetingProtocol::tr("Referring party: %1 · referral received %2")
                                .arg(party ? party->name : QStringLiteral("–"), date(r->receivedOn)));
        }
        if (!item.text.trimmed().isEmpty())
            m_doc.paragraph(item.text.trimmed());
        const std::optional<ReferralAssessment> a = ReferralAssessmentRepository(m_db).forItem(item.id);
        questions(a);
        decision(a);
    }

    void questions(const std::optional<ReferralAssessment> &a)
    {
        doc::Table t{{MeetingProtocol::tr("Assessment question"), MeetingProtocol::tr("Answer"), MeetingProtocol::tr("Comment")},
                     {},
                     {48, 12, 40},
                     {}};
        for (int q = 0; q < 3; ++q) {
            const QString answer = a && a->answers[q] ? DecisionCodes::label(*a->answers[q]) : MeetingProtocol::tr("Not answered");
            t.rows << QStringList{ReferralAssessment::questionText(q), answer, a ? a->comments[q].trimmed() : QString()};
        }
        m_doc.table(t);
    }

    void decision(const std::optional<ReferralAssessment> &a)
    {
        const std::optional<DecisionFacts> f = a ? DecisionFacts::of(m_db, *a) : std::nullopt;
        if (!f) {
            m_doc.keyValues({{MeetingProtocol::tr("Decision"), MeetingProtocol::tr("Not decided")}});
            return;
        }
        QList<doc::KeyValue> rows{{MeetingProtocol::tr("Decision"), DecisionCodes::label(f->kind)}};
        switch (f->kind) {
        case DecisionKind::Offer:
            rows << doc::KeyValue{MeetingProtocol::tr("Programme"), orDash(f->programme)}
                 << doc::KeyValue{MeetingProtocol::tr("Coordinator"), orDash(f->coordinator)}
                 << doc::KeyValue{MeetingProtocol::tr("Planned start"), date(f->plannedStart)};
            break;
        case DecisionKind::WaitingList:
            rows << doc::KeyValue{MeetingProtocol::tr("Programme"), orDash(f->programme)}
                 << doc::KeyValue{MeetingProtocol::tr("Queue position"), f->queueText(m_today)};
            break;
        case DecisionKind::Decline:
            rows << doc::KeyValue{MeetingProtocol::tr("Recommendation to the referring party"), orDash(f->recommendation)};
            break;
        case DecisionKind::Postpone:
            rows << doc::KeyValue{MeetingProtocol::tr("Missing"), orDash(f->missing)}
                 << doc::KeyValue{MeetingProtocol::tr("Returns at"),
                                  f->nextMeeting ? MeetingProtocol::tr("the meeting on %1").arg(date(f->nextMeeting->date))
                                                 : MeetingProtocol::tr("the next meeting (not yet planned)")};
            break;
        }
        m_doc.keyValues(rows);
        for (const QString &line : f->corrections)
            m_doc.paragraph(line, doc::Emphasis::Italic);
    }

    void consultation(int number, const AgendaItem &item)
    {
        m_doc.heading(itemHeading(number, MeetingProtocol::tr("Consultation")), 2);
        const std::optional<Consultation> c = item.consultationId ? ConsultationRepository(m_db).get(*item.consultationId)
                                                                  : std::nullopt;
        if (!c) {
            m_doc.paragraph(orDash(item.text));
            return;
        }
        // Party, question and advice only: the handläggare's name stays in the file.
        const std::optional<Party> party = m_settings.party(c->partyId);
        m_doc.keyValues({{MeetingProtocol::tr("Party"), party ? party->name : QStringLiteral("–")},
                         {MeetingProtocol::tr("Question"), orDash(c->question)},
                         {MeetingProtocol::tr("Advice from the team"), orDash(c->advice)}});
    }

    void followUp(int number, const AgendaItem &item)
    {
        const std::optional<Participant> p = item.participantId ? ParticipantRepository(m_db).get(*item.participantId)
                                                                : std::nullopt;
        const QString what = p ? MeetingProtocol::tr("Follow-up: %1").arg(MeetingProtocol::participantLabel(*p))
                               : MeetingProtocol::tr("Follow-up");
        m_doc.heading(itemHeading(number, what), 2);
        m_doc.paragraph(orDash(item.text));
    }

    Database &m_db;
    const SettingsRepository m_settings;
    Document &m_doc;
    QDate m_today;
};

} // namespace

QString MeetingProtocol::participantLabel(const Participant &p)
{
    if (p.protectedIdentity)
        return tr("protected identity");
    const QString initials = p.initials().isEmpty() ? QStringLiteral("–") : p.initials();
    return p.birthDate.isValid() ? tr("%1, born %2").arg(initials).arg(p.birthDate.year()) : initials;
}

Document MeetingProtocol::build(TeamFile &team, qint64 meetingId)
{
    const std::optional<Meeting> meeting = MeetingRepository(team.database()).get(meetingId);
    if (!meeting)
        throw Error(ErrorCode::NotFound, tr("There is no meeting with id %1 in this team file.").arg(meetingId));
    Document doc;
    doc.title = tr("Meeting protocol");
    doc.subtitle = tr("Team meeting %1").arg(date(meeting->date));
    doc.meta = DocumentMeta::forTeam(team);

    ProtocolWriter writer(team, doc);
    writer.details(*meeting);
    writer.attendees(*meeting);
    const QList<AgendaItem> agenda = MeetingRepository(team.database()).agenda(meetingId);
    doc.heading(tr("Items"));
    if (agenda.isEmpty())
        doc.paragraph(tr("The agenda was empty."), doc::Emphasis::Italic);
    for (int i = 0; i < agenda.size(); ++i)
        writer.item(i + 1, agenda.at(i));
    if (!meeting->notes.trimmed().isEmpty())
        doc.heading(tr("Notes")).paragraph(meeting->notes.trimmed());

    doc.heading(tr("Signatures"));
    const QString chair = writer.memberName(meeting->chairId);
    doc.signatures({chair.isEmpty() ? tr("Chair") : tr("Chair\n%1").arg(chair), tr("Adjuster")});
    return doc;
}

} // namespace samsyn

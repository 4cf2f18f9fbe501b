// SPDX-License-Identifier: EUPL-1.2
#include "meetings/agendaentry.h"

#include "storage/consultationrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"

namespace samsyn {

QString AgendaEntry::kindLabel(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::NewReferral:
        return tr("New referral");
    case AgendaKind::PostponedReferral:
        return tr("Postponed referral");
    case AgendaKind::Consultation:
        return tr("Consultation");
    case AgendaKind::FollowUp:
        return tr("Follow-up");
    case AgendaKind::Other:
        break;
    }
    return tr("Other business");
}

QString AgendaEntry::title() const
{
    if (participant)
        return participant->displayName();
    if (!item.text.isEmpty())
        return item.text;
    if (!consultationQuestion.isEmpty())
        return consultationQuestion.simplified().left(80);
    return kindLabel(item.kind);
}

QString AgendaEntry::maskedTitle() const
{
    if (participant)
        return participant->initials();
    return title();
}

QList<AgendaEntry> AgendaEntry::load(Database &db, qint64 meetingId)
{
    const SettingsRepository settings(db);
    const ReferralRepository referrals(db);
    const ParticipantRepository participants(db);
    const ReferralAssessmentRepository assessments(db);
    QList<AgendaEntry> result;
    for (const AgendaItem &item : MeetingRepository(db).agenda(meetingId)) {
        AgendaEntry e;
        e.item = item;
        if (item.referralId)
            e.referral = referrals.get(*item.referralId);
        if (e.referral) {
            e.participant = participants.get(e.referral->participantId);
            if (const auto party = settings.party(e.referral->referringPartyId))
                e.party = party->name;
            if (e.referral->programmeId) {
                if (const auto programme = settings.programme(*e.referral->programmeId))
                    e.programme = programme->name;
            }
            e.assessment = assessments.forItem(item.id);
        } else if (item.participantId) {
            e.participant = participants.get(*item.participantId);
        }
        if (item.consultationId) {
            if (const auto c = ConsultationRepository(db).get(*item.consultationId))
                e.consultationQuestion = c->question;
        }
        result << e;
    }
    return result;
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingservice.h"

#include "storage/consentrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "teamfile.h"

namespace samsyn {

namespace {

Meeting requireMeeting(Database &db, qint64 meetingId)
{
    const std::optional<Meeting> meeting = MeetingRepository(db).get(meetingId);
    if (!meeting)
        throw Error(ErrorCode::NotFound, MeetingService::tr("The meeting no longer exists in the team file."));
    return *meeting;
}

// Adds the referral as a new or postponed item and marks it as on an agenda (a postponed
// one keeps its status until decided, so the protocol shows it came back).
qint64 addReferralItem(WriteContext &ctx, qint64 meetingId, const Referral &referral)
{
    AgendaItem item;
    item.meetingId = meetingId;
    item.kind = referral.status == ReferralStatus::Postponed ? AgendaKind::PostponedReferral : AgendaKind::NewReferral;
    item.position = -1;
    item.referralId = referral.id;
    MeetingRepository::addAgendaItem(ctx, item);
    if (referral.status == ReferralStatus::Received)
        ReferralRepository::setStatus(ctx, referral.id, ReferralStatus::OnAgenda);
    ctx.touch(QStringLiteral("referrals"), referral.participantId);
    return item.id;
}

} // namespace

void MeetingService::checkAssessable(Database &db, const Referral &referral, QDate day)
{
    if (referral.status == ReferralStatus::Decided)
        throw Error(ErrorCode::Validation, tr("The referral has already been decided."));
    if (referral.status == ReferralStatus::Withdrawn)
        throw Error(ErrorCode::Validation, tr("The referral was withdrawn."));
    if (!ConsentRepository(db).hasValid(referral.participantId, ConsentPurpose::InformationExchange, day))
        throw Error(ErrorCode::Validation,
                    tr("The referral cannot be assessed on %1: there is no consent to information exchange valid on that "
                       "day. Record the consent (or its renewal) first.")
                        .arg(day.toString(Qt::ISODate)));
}

QList<QDate> MeetingService::seriesDates(const MeetingSeries &series)
{
    QList<QDate> dates;
    if (!series.firstDate.isValid() || !series.lastDate.isValid() || series.intervalWeeks < 1)
        return dates;
    QDate day = series.firstDate.addDays((series.weekday - series.firstDate.dayOfWeek() + 7) % 7);
    for (; day <= series.lastDate && dates.size() <= kMaxSeriesMeetings; day = day.addDays(7 * series.intervalWeeks))
        dates << day;
    return dates;
}

qint64 MeetingService::save(Meeting &meeting)
{
    m_team.write(meeting.id == 0 ? QStringLiteral("meeting.create") : QStringLiteral("meeting.update"),
                 [&](WriteContext &ctx) { MeetingRepository::save(ctx, meeting); });
    return meeting.id;
}

int MeetingService::createSeries(const MeetingSeries &series)
{
    if (series.weekday < 1 || series.weekday > 7 || series.intervalWeeks < 1 || series.intervalWeeks > 12)
        throw Error(ErrorCode::Validation, tr("A series meets every 1 to 12 weeks on one weekday."));
    if (!series.firstDate.isValid() || !series.lastDate.isValid() || series.lastDate < series.firstDate)
        throw Error(ErrorCode::Validation, tr("A series needs a first date and a last date after it."));
    const QList<QDate> dates = seriesDates(series);
    if (dates.size() > kMaxSeriesMeetings)
        throw Error(ErrorCode::Validation, tr("A series can create at most %1 meetings at a time.").arg(kMaxSeriesMeetings));
    int created = 0;
    m_team.write(QStringLiteral("meeting.series"), [&](WriteContext &ctx) {
        const qint64 seriesId = MeetingRepository::insertSeries(ctx, series);
        for (const QDate &day : dates) {
            if (MeetingRepository(ctx.db()).hasMeetingAt(day, series.startTime))
                continue;
            Meeting meeting;
            meeting.date = day;
            meeting.startTime = series.startTime;
            meeting.place = series.place;
            meeting.chairId = series.chairId;
            meeting.seriesId = seriesId;
            MeetingRepository::save(ctx, meeting);
            ++created;
        }
        ctx.setDetail(QStringLiteral("meetings created: %1").arg(created));
    });
    return created;
}

qint64 MeetingService::putOnAgenda(qint64 meetingId, qint64 referralId)
{
    qint64 itemId = 0;
    m_team.write(QStringLiteral("meeting.agenda.add"), [&](WriteContext &ctx) {
        const Meeting meeting = requireMeeting(ctx.db(), meetingId);
        const std::optional<Referral> referral = ReferralRepository(ctx.db()).get(referralId);
        if (!referral)
            throw Error(ErrorCode::NotFound, tr("The referral no longer exists in the team file."));
        checkAssessable(ctx.db(), *referral, meeting.date);
        itemId = addReferralItem(ctx, meetingId, *referral);
        ctx.setParticipant(referral->participantId);
    });
    return itemId;
}

MeetingService::FillResult MeetingService::fillAgenda(qint64 meetingId)
{
    FillResult result;
    m_team.write(QStringLiteral("meeting.agenda.fill"), [&](WriteContext &ctx) {
        const Meeting meeting = requireMeeting(ctx.db(), meetingId);
        const ConsentRepository consents(ctx.db());
        QList<Referral> waiting = ReferralRepository(ctx.db()).withStatus({ReferralStatus::Postponed});
        waiting += ReferralRepository(ctx.db()).withStatus({ReferralStatus::Received});
        for (const Referral &referral : waiting) {
            if (MeetingRepository(ctx.db()).isOnAgenda(meetingId, referral.id))
                continue;
            if (!consents.hasValid(referral.participantId, ConsentPurpose::InformationExchange, meeting.date)) {
                result.missingConsent << referral.id;
                continue;
            }
            addReferralItem(ctx, meetingId, referral);
            result.added << referral.id;
        }
        ctx.setDetail(QStringLiteral("referrals added: %1").arg(result.added.size()));
    });
    return result;
}

qint64 MeetingService::addItem(AgendaItem &item)
{
    if (AgendaKinds::isReferral(item.kind) && item.referralId)
        return item.id = putOnAgenda(item.meetingId, *item.referralId);
    m_team.write(QStringLiteral("meeting.agenda.add"), [&](WriteContext &ctx) {
        requireMeeting(ctx.db(), item.meetingId);
        MeetingRepository::addAgendaItem(ctx, item);
    });
    return item.id;
}

void MeetingService::removeItem(qint64 itemId)
{
    m_team.write(QStringLiteral("meeting.agenda.remove"), [&](WriteContext &ctx) {
        const std::optional<AgendaItem> item = MeetingRepository(ctx.db()).agendaItem(itemId);
        if (!item)
            throw Error(ErrorCode::NotFound, tr("The agenda item no longer exists in the team file."));
        const std::optional<ReferralAssessment> assessment = ReferralAssessmentRepository(ctx.db()).forItem(itemId);
        if (assessment && assessment->decision)
            throw Error(ErrorCode::Validation, tr("A decided item stays on the agenda: it is part of the protocol."));
        MeetingRepository::removeAgendaItem(ctx, itemId);
        if (item->referralId) {
            const std::optional<Referral> referral = ReferralRepository(ctx.db()).get(*item->referralId);
            if (referral && referral->status == ReferralStatus::OnAgenda)
                ReferralRepository::setStatus(ctx, referral->id, ReferralStatus::Received);
        }
    });
}

void MeetingService::moveItem(qint64 itemId, int position)
{
    m_team.write(QStringLiteral("meeting.agenda.move"),
                 [&](WriteContext &ctx) { MeetingRepository::moveAgendaItem(ctx, itemId, position); });
}

} // namespace samsyn

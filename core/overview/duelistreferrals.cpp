// SPDX-License-Identifier: EUPL-1.2
// The referral-side rules of Översikt: consents ending or withdrawn, referrals waiting for
// the next meeting (or blocked by the consent gate), and the next meeting itself.
#include "overview/duelist.h"

#include "domain/meeting.h"
#include "storage/consentrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"

namespace samsyn {

namespace {

const QString kReferralTab = QStringLiteral("referral");

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Undecided referrals split by the consent gate on the day of the next meeting (today when
// none is planned): the same gate MeetingService applies when the agenda fills itself.
struct WaitingReferrals
{
    std::optional<Meeting> meeting;
    QDate gateDay;
    QList<Referral> ready;
    QList<Referral> blocked;
};

WaitingReferrals waitingReferrals(Database &db, QDate today)
{
    WaitingReferrals w;
    w.meeting = MeetingRepository(db).nextFrom(today);
    w.gateDay = w.meeting ? w.meeting->date : today;
    const ConsentRepository consents(db);
    for (const Referral &r :
         ReferralRepository(db).withStatus({ReferralStatus::Received, ReferralStatus::OnAgenda, ReferralStatus::Postponed})) {
        (consents.hasValid(r.participantId, ConsentPurpose::InformationExchange, w.gateDay) ? w.ready : w.blocked) << r;
    }
    return w;
}

} // namespace

QList<DueItem> DueList::consents(Database &db, QDate today)
{
    QList<DueItem> items;
    const ConsentRepository repository(db);
    const ParticipantRepository participants(db);
    for (const Consent &c : repository.expiringBetween(today, today.addDays(kConsentDays))) {
        // A renewal that carries on from the day after makes the ending harmless; a person
        // who has left the team needs no new consent.
        if (repository.hasValid(c.participantId, c.purpose, c.validUntil.addDays(1)))
            continue;
        const std::optional<ParticipantRow> row = participants.row(c.participantId);
        if (!row || row->status == ParticipantStatus::Exited)
            continue;
        const QString text = c.validUntil == today ? tr("Consent (%1) ends today").arg(ConsentCodes::label(c.purpose))
                                                   : tr("Consent (%1) ends %2").arg(ConsentCodes::label(c.purpose), iso(c.validUntil));
        items << DueItem{QStringLiteral("consent_expiring"), c.participantId, c.validUntil, text, kReferralTab};
    }
    for (const Consent &c : repository.withdrawnBetween(today.addDays(-kConsentDays), today))
        items << DueItem{QStringLiteral("consent_withdrawn"), c.participantId, c.withdrawnOn,
                         tr("Consent (%1) withdrawn %2").arg(ConsentCodes::label(c.purpose), iso(c.withdrawnOn)), kReferralTab};
    return items;
}

QList<DueItem> DueList::referralsWaiting(Database &db, QDate today)
{
    QList<DueItem> items;
    const WaitingReferrals w = waitingReferrals(db, today);
    for (const Referral &r : w.ready) {
        const QString text = w.meeting ? tr("Referral received %1 waits for the meeting on %2").arg(iso(r.receivedOn), iso(w.meeting->date))
                                       : tr("Referral received %1 waits for a meeting; none is planned").arg(iso(r.receivedOn));
        items << DueItem{QStringLiteral("referral_waiting"), r.participantId, w.meeting ? w.meeting->date : r.receivedOn, text,
                         kReferralTab};
    }
    for (const Referral &r : w.blocked)
        items << DueItem{QStringLiteral("referral_no_consent"), r.participantId, r.receivedOn,
                         tr("Referral received %1 cannot be assessed: no consent to information exchange valid on %2")
                             .arg(iso(r.receivedOn), iso(w.gateDay)),
                         kReferralTab};
    return items;
}

QList<DueItem> DueList::nextMeeting(Database &db, QDate today)
{
    const WaitingReferrals w = waitingReferrals(db, today);
    if (!w.meeting)
        return {};
    const Meeting &m = *w.meeting;
    const QString when = m.place.trimmed().isEmpty()
                             ? tr("%1 at %2").arg(iso(m.date), m.startTime.toString(QStringLiteral("HH:mm")))
                             : tr("%1 at %2, %3").arg(iso(m.date), m.startTime.toString(QStringLiteral("HH:mm")), m.place.trimmed());
    const QString text = tr("Next meeting %1: %n referral(s) waiting", nullptr, int(w.ready.size())).arg(when);
    return {DueItem{QStringLiteral("next_meeting"), std::nullopt, m.date, text, QString()}};
}

} // namespace samsyn

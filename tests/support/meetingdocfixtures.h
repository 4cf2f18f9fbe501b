// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tempteam.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samsyn::test {

// One referral of the protocol meeting, with what the documents must (and must not) show.
struct ProtocolReferral
{
    qint64 referralId = 0;
    qint64 participantId = 0;
    QString fullName;
    QString pnr;       // 12 digits, no dash
    QString initials;  // "Å. Ö."
    int birthYear = 0;
    QString handler;
};

// A remissgrupp meeting on 2026-11-17 built through the real services on a TempTeam: five
// referrals (offer, waiting list, decline, postpone, one left undecided), a consultation and
// other business; four members from four parties and a guest attend; Karin Koordinator
// chairs. A second meeting on 2026-12-15 is where the postponed referral returns.
struct ProtocolMeeting
{
    static const QDate kDay;
    static const QDate kNextDay;
    static const QString kSecrecy;
    static const QString kRecommendation;
    static const QString kMissing;
    static const QString kConsultationHandler;
    static const QString kConsultationQuestion;
    static const QString kConsultationAdvice;
    static const QString kOtherBusiness;

    qint64 meetingId = 0;
    qint64 nextMeetingId = 0;
    QList<ProtocolReferral> referrals; // offer, waiting list, decline, postpone, undecided

    static ProtocolMeeting build(TempTeam &t);
};

} // namespace samsyn::test

// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisionfacts.h"

#include "storage/correctionrepository.h"
#include "storage/meetingrepository.h"
#include "storage/settingsrepository.h"
#include "storage/waitinglistrepository.h"

namespace samsyn {

std::optional<DecisionFacts> DecisionFacts::of(Database &db, const ReferralAssessment &a)
{
    if (!a.decision)
        return std::nullopt;
    const SettingsRepository settings(db);
    DecisionFacts f;
    f.kind = *a.decision;
    f.decidedOn = a.decidedOn;
    if (a.programmeId) {
        if (const auto programme = settings.programme(*a.programmeId))
            f.programme = programme->name;
    }
    if (a.coordinatorId) {
        if (const auto member = settings.member(*a.coordinatorId))
            f.coordinator = member->name;
    }
    f.plannedStart = a.plannedStart;
    f.recommendation = a.recommendation.trimmed();
    f.missing = a.missing.trimmed();
    if (f.kind == DecisionKind::WaitingList && a.programmeId) {
        // The queue moves after the meeting (places free up, entries are pinned by hand), so
        // the position printed is today's, dated; the decision itself did not fix one.
        for (const WaitingEntry &e : WaitingListRepository(db).queue(*a.programmeId)) {
            if (e.assessmentId == a.id)
                f.queuePosition = e.position;
        }
    }
    if (f.kind == DecisionKind::Postpone && a.decidedOn.isValid())
        f.nextMeeting = MeetingRepository(db).nextFrom(a.decidedOn.addDays(1));
    for (const Correction &c : CorrectionRepository(db).forAssessment(a.id))
        f.corrections << tr("Corrected %1: %2").arg(c.correctedAt.toLocalTime().date().toString(Qt::ISODate), c.reason);
    return f;
}

QString DecisionFacts::queueText(QDate today) const
{
    if (!queuePosition)
        return tr("No longer on the waiting list");
    return tr("Position %1 (%2)").arg(*queuePosition).arg(today.toString(Qt::ISODate));
}

} // namespace samsyn

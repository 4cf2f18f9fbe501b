// SPDX-License-Identifier: EUPL-1.2
#include "overview/duelist.h"

#include "storage/enrollmentrepository.h"
#include "storage/siprepository.h"

#include <algorithm>

namespace samsyn {

QList<DueList::Rule> DueList::standardRules()
{
    return {&DueList::sipFollowups,     &DueList::pastPlannedEnd, &DueList::exitFollowups, &DueList::consents,
            &DueList::referralsWaiting, &DueList::nextMeeting,    &DueList::capacity};
}

QList<DueItem> DueList::compute(Database &db, QDate today, const QList<Rule> &rules)
{
    QList<DueItem> items;
    for (const Rule &rule : rules)
        items << rule(db, today);
    std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) {
        if (a.participantId.has_value() != b.participantId.has_value())
            return a.participantId.has_value();
        return a.date < b.date;
    });
    return items;
}

QList<DueItem> DueList::sipFollowups(Database &db, QDate today)
{
    QList<DueItem> items;
    for (const SipDue &due : SipRepository(db).followupsDue(today.addDays(kSipDays))) {
        const QString text = due.nextFollowup < today
                                 ? tr("SIP follow-up overdue since %1").arg(due.nextFollowup.toString(Qt::ISODate))
                                 : tr("SIP follow-up due %1").arg(due.nextFollowup.toString(Qt::ISODate));
        items << DueItem{QStringLiteral("sip_followup"), due.participantId, due.nextFollowup, text, QStringLiteral("sip")};
    }
    return items;
}

QList<DueItem> DueList::pastPlannedEnd(Database &db, QDate today)
{
    QList<DueItem> items;
    for (const Enrollment &e : EnrollmentRepository(db).openPastPlannedEnd(today))
        items << DueItem{QStringLiteral("past_planned_end"), e.participantId, e.plannedEnd,
                         tr("Enrolled past the planned end (%1)").arg(e.plannedEnd.toString(Qt::ISODate)), QStringLiteral("enrollment")};
    return items;
}

QList<DueItem> DueList::exitFollowups(Database &db, QDate today)
{
    QList<DueItem> items;
    for (const Enrollment &e : EnrollmentRepository(db).exitFollowupsDue(today)) {
        const EnrollmentExit &x = *e.exit;
        if (!x.followup1Done.isValid() && x.followup1Due.isValid() && x.followup1Due <= today)
            items << DueItem{QStringLiteral("exit_followup"), e.participantId, x.followup1Due,
                             tr("First follow-up after exit due %1").arg(x.followup1Due.toString(Qt::ISODate)), QStringLiteral("exit")};
        if (!x.followup2Done.isValid() && x.followup2Due.isValid() && x.followup2Due <= today)
            items << DueItem{QStringLiteral("exit_followup"), e.participantId, x.followup2Due,
                             tr("Second follow-up after exit due %1").arg(x.followup2Due.toString(Qt::ISODate)), QStringLiteral("exit")};
    }
    return items;
}

QList<DueItem> DueList::capacity(Database &db, QDate today)
{
    QList<DueItem> items;
    for (const ProgrammeLoad &load : EnrollmentRepository(db).programmeLoads()) {
        if (load.capacity <= 0)
            continue;
        const QString text = load.open > load.capacity
                                 ? tr("%1: %2 enrolled, over the %3 places").arg(load.name).arg(load.open).arg(load.capacity)
                                 : tr("%1: %2 of %3 places taken").arg(load.name).arg(load.open).arg(load.capacity);
        items << DueItem{QStringLiteral("capacity"), std::nullopt, today, text, QString()};
    }
    return items;
}

} // namespace samsyn

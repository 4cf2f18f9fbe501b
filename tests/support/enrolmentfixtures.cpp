// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"

#include "domain/participant.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "testidentities.h"

namespace samsyn::test {

qint64 addTestParticipant(TempTeam &t, int n, const QString &givenName)
{
    Participant p;
    const auto parsed = Personnummer::fromStored(Personnummer::Kind::Personnummer, testPnr(n));
    p.setIdentity(*parsed);
    p.givenName = givenName;
    p.familyName = QStringLiteral("Testsson");
    t->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
    return p.id;
}

qint64 enrolTest(TempTeam &t, qint64 participantId, const QString &programme, QDate start, QDate plannedEnd)
{
    Enrollment e;
    e.participantId = participantId;
    e.programmeId = t.programmeId(programme);
    e.startDate = start;
    e.plannedEnd = plannedEnd;
    e.coordinatorId = t.memberId(QStringLiteral("Karin Koordinator"));
    t->write(QStringLiteral("enrollment.create"), [&](WriteContext &ctx) { EnrollmentRepository::enrol(ctx, e); });
    return e.id;
}

void exitTest(TempTeam &t, qint64 enrollmentId, QDate end, const QString &reason)
{
    EnrollmentExit x;
    x.endDate = end;
    x.reason = reason;
    t->write(QStringLiteral("enrollment.exit"), [&](WriteContext &ctx) { EnrollmentRepository::exit(ctx, enrollmentId, x); });
}

} // namespace samsyn::test

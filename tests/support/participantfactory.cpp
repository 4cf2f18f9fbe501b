// SPDX-License-Identifier: EUPL-1.2
#include "participantfactory.h"

#include "storage/participantrepository.h"
#include "teamfile.h"
#include "testidentities.h"

namespace samsyn::test {

Participant makeParticipant(int n, const QString &given, const QString &family, ParticipantStatus status)
{
    Participant p;
    const auto number = Personnummer::fromStored(Personnummer::Kind::Personnummer, testPnr(n));
    p.setIdentity(*number);
    p.givenName = given;
    p.familyName = family;
    p.status = status;
    return p;
}

QList<qint64> insertParticipants(TeamFile &team, QList<Participant> participants)
{
    QList<qint64> ids;
    team.write(QStringLiteral("participant.create"), [&](WriteContext &ctx) {
        for (Participant &p : participants)
            ids << ParticipantRepository::insert(ctx, p);
    });
    return ids;
}

} // namespace samsyn::test

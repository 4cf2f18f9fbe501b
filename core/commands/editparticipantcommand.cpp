// SPDX-License-Identifier: EUPL-1.2
#include "commands/editparticipantcommand.h"

#include "storage/participantrepository.h"

namespace samsyn {

EditParticipantCommand::EditParticipantCommand(TeamFile &team, const Participant &before, const Participant &after)
    : ParticipantCommand(team, tr("Edit participant")), m_before(before), m_after(after)
{
}

QStringList EditParticipantCommand::changedFields(const Participant &a, const Participant &b)
{
    QStringList fields;
    auto check = [&fields](bool differs, const char *key) {
        if (differs)
            fields << QLatin1String(key);
    };
    check(a.identity != b.identity || a.identityKind != b.identityKind, "identity");
    check(a.protectedIdentity != b.protectedIdentity, "protectedIdentity");
    check(a.givenName != b.givenName, "givenName");
    check(a.familyName != b.familyName, "familyName");
    check(a.gender != b.gender, "gender");
    check(a.birthDate != b.birthDate, "birthDate");
    check(a.phone != b.phone, "phone");
    check(a.email != b.email, "email");
    check(a.address != b.address, "address");
    check(a.municipalityId != b.municipalityId, "municipality");
    check(a.interpreterNeeded != b.interpreterNeeded || a.interpreterLanguage != b.interpreterLanguage, "interpreter");
    check(a.incomeSources != b.incomeSources, "incomeSources");
    check(a.occupation != b.occupation, "occupation");
    check(a.education != b.education, "education");
    check(a.supportTime != b.supportTime, "supportTime");
    check(a.status != b.status, "status");
    check(a.coordinatorId != b.coordinatorId, "coordinator");
    return fields;
}

void EditParticipantCommand::store(const Participant &p)
{
    // Field names only: the audit detail never holds the values (they are personal data).
    const QString detail = changedFields(m_before, m_after).join(QLatin1Char(','));
    write(QStringLiteral("participant.update"),
          [&p, &detail](WriteContext &ctx) {
              ParticipantRepository::update(ctx, p);
              ctx.setDetail(detail);
          },
          p.id);
}

void EditParticipantCommand::undoWrite()
{
    store(m_before);
}

void EditParticipantCommand::redoWrite()
{
    store(m_after);
}

} // namespace samsyn

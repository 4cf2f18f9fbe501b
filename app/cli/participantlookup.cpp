// SPDX-License-Identifier: EUPL-1.2
#include "participantlookup.h"

#include "domain/personnummer.h"
#include "storage/participantrepository.h"
#include "teamfile.h"
#include "util/error.h"

namespace samsyn::cli {

qint64 ParticipantLookup::find(TeamFile &team, const QString &text, QDate today)
{
    const ParticipantRepository participants(team.database());
    const auto parsed = Personnummer::parse(text, today);
    if (parsed.ok()) {
        if (const auto p = participants.findByIdentity(parsed.value->canonical()))
            return p->id;
        throw Error(ErrorCode::NotFound, tr("Nobody with the personnummer %1 is in this team file.").arg(parsed.value->masked()));
    }
    // Not a Swedish number: perhaps a reservnummer, stored as typed.
    if (const auto p = participants.findByIdentity(text.trimmed()); p && !text.trimmed().isEmpty())
        return p->id;
    throw Error(ErrorCode::Validation, tr("Invalid personnummer: %1").arg(parsed.message()));
}

} // namespace samsyn::cli

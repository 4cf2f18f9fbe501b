// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"

#include <QCoreApplication>

namespace samsyn {

class TeamFile;
struct Participant;

// The protocol of one meeting as a printable Document: when and where, who attended (team
// members grouped by party, guests with their organisation), then every agenda item in
// order with its assessment and decision, and lines for the chair and the adjuster.
//
// Privacy: protocols circulate among the parties, so a referral item names the participant
// only by initials and birth year (a person with protected identity by neither), never by
// full name or personnummer; consultations carry no person at all. The decision letter,
// which goes to the one referring party, is where the name and personnummer are printed.
class MeetingProtocol
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MeetingProtocol)

public:
    // Throws Error(NotFound) when the meeting does not exist.
    static Document build(TeamFile &team, qint64 meetingId);

    // "Å. Ö., born 1990": how a protocol names a participant.
    static QString participantLabel(const Participant &participant);
};

} // namespace samsyn

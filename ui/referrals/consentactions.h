// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/consent.h"

class QWidget;

namespace samsyn {

class TeamFile;
class UserPrompts;

// The one-click withdrawal of a consent, shared by the Remisser view and the participant
// card: asks for confirmation through the prompts, withdraws as of today (one action that
// also takes the person's undecided referrals off coming agendas) and says what happened.
// Returns true when the consent was withdrawn.
bool withdrawConsentAsking(TeamFile &team, UserPrompts &prompts, QWidget *parent, const Consent &consent);

} // namespace samsyn

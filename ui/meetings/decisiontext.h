// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"

#include <QString>

namespace samsyn {

class SettingsRepository;

// One line that says what a meeting decided, with what the decision needs: "Offer a place:
// Steget, coordinator Karin Koordinator, start 2026-12-07". Empty when nothing is decided.
QString decisionText(const ReferralAssessment &assessment, const SettingsRepository &settings);

} // namespace samsyn

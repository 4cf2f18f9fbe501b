// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace samsyn {

struct DemoContext;

// The stages of the demo history, in the order DemoGenerator::create calls them. Each is
// defined in its own file in core/demo/.
void demoTeamAndParticipants(DemoContext &context); // demoparticipants.cpp
void demoReferralsAndMeetings(DemoContext &context); // demoreferrals.cpp
void demoEnrolmentsAndPlans(DemoContext &context); // demoenrolments.cpp
// Later stages (referrals and meetings, enrollments and SIPs, ...) are declared here.

} // namespace samsyn

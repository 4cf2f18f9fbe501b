// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QtGlobal>

class QWidget;

namespace samsyn {

class TeamFile;
class UserPrompts;

// Saving a meeting's protocol or a referral's decision letter as PDF from the Möten view:
// asks where through the prompts (suggesting the team file's folder and a dated name),
// writes through MeetingPrinting (which logs the print with the file) and says what
// happened. Returns true when the PDF was written.
bool saveProtocolPdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 meetingId);
bool saveDecisionLetterPdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 referralId);

// The same documents in the print preview; a print is recorded in the audit log after the
// pages went to the printer. True when printed.
bool previewProtocol(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 meetingId);
bool previewDecisionLetter(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 referralId);

} // namespace samsyn

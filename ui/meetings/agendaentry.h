// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"
#include "domain/meeting.h"
#include "domain/participant.h"
#include "domain/referral.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace samsyn {

class Database;

// One agenda line with what the meeting views show about it: the referral and its person,
// the referring party, the programme asked for, and the assessment recorded so far. Read in
// one go for a meeting by load(); shared by the Möten view and meeting mode.
struct AgendaEntry
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::AgendaEntry)
public:
    AgendaItem item;
    std::optional<Referral> referral;
    std::optional<Participant> participant;
    QString party;
    QString programme;
    QString consultationQuestion;
    std::optional<ReferralAssessment> assessment;

    bool isReferral() const { return referral.has_value(); }
    bool isDecided() const { return assessment && assessment->decision; }
    // "New referral", "Postponed referral", ...
    static QString kindLabel(AgendaKind kind);
    // What the line is about, with the person's full name (never the personnummer).
    QString title() const;
    // The same with initials only, for a projector.
    QString maskedTitle() const;

    static QList<AgendaEntry> load(Database &db, qint64 meetingId);
};

} // namespace samsyn

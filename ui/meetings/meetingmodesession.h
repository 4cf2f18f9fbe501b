// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/meeting.h"
#include "meetings/agendaentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace samsyn {

class TeamFile;

// What meeting mode knows, without any widget: the agenda with each referral item's draft
// answers and decision, which item is shown, and recording an item through DecisionService
// (one transaction per item, so leaving at any moment loses nothing recorded). Drafts of
// items not yet recorded live only here. Borrows the TeamFile.
class MeetingModeSession
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MeetingModeSession)

public:
    MeetingModeSession(TeamFile &team, qint64 meetingId);

    const Meeting &meeting() const { return m_meeting; }
    const QList<AgendaEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    int current() const { return m_current; }
    void go(int index);
    const AgendaEntry &entry() const { return m_entries.at(m_current); }
    bool hasEntries() const { return !m_entries.isEmpty(); }

    // The current item's draft (the stored assessment once decided).
    const ReferralAssessment &draft() const;
    bool isEditable() const;
    bool isDirty(int index) const;
    bool anyDirty() const;
    bool isDone(int index) const;
    int doneCount() const;

    void setAnswer(int question, Answer answer);
    void setComment(int question, const QString &comment);
    // Chooses the decision; programme, coordinator and start get sensible defaults.
    void setDecision(DecisionKind kind);
    void setDecisionDetails(std::optional<qint64> programmeId, std::optional<qint64> coordinatorId, QDate plannedStart,
                            const QString &text);

    enum class Outcome { Decided, AnswersSaved, Skipped, Refused };
    // Records the current item; on Refused, `message` says why (nothing was written).
    Outcome record(QString *message);

private:
    ReferralAssessment &editableDraft();
    ReferralAssessment initialDraft(const AgendaEntry &e) const;

    TeamFile &m_team;
    Meeting m_meeting;
    QList<AgendaEntry> m_entries;
    QHash<qint64, ReferralAssessment> m_drafts; // agenda item id -> draft
    int m_current = 0;
};

} // namespace samsyn

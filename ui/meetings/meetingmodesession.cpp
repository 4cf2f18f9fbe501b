// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingmodesession.h"

#include "meetings/decisionservice.h"
#include "storage/meetingrepository.h"
#include "storage/referralassessmentrepository.h"
#include "teamfile.h"
#include "util/error.h"

namespace samsyn {

MeetingModeSession::MeetingModeSession(TeamFile &team, qint64 meetingId) : m_team(team)
{
    m_meeting = MeetingRepository(team.database()).get(meetingId).value_or(Meeting{});
    m_entries = AgendaEntry::load(team.database(), meetingId);
    for (const AgendaEntry &e : std::as_const(m_entries)) {
        if (e.isReferral())
            m_drafts.insert(e.item.id, initialDraft(e));
    }
    // Start at the first item not yet decided: a meeting resumed after a break goes on.
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!isDone(i)) {
            m_current = i;
            break;
        }
    }
}

ReferralAssessment MeetingModeSession::initialDraft(const AgendaEntry &e) const
{
    ReferralAssessment a = e.assessment.value_or(ReferralAssessment{});
    a.agendaItemId = e.item.id;
    return a;
}

void MeetingModeSession::go(int index)
{
    if (index >= 0 && index < m_entries.size())
        m_current = index;
}

const ReferralAssessment &MeetingModeSession::draft() const
{
    static const ReferralAssessment none;
    const auto it = m_drafts.constFind(entry().item.id);
    return it == m_drafts.cend() ? none : *it;
}

ReferralAssessment &MeetingModeSession::editableDraft()
{
    return m_drafts[entry().item.id];
}

bool MeetingModeSession::isEditable() const
{
    return hasEntries() && entry().isReferral() && !entry().isDecided();
}

bool MeetingModeSession::isDirty(int index) const
{
    const AgendaEntry &e = m_entries.at(index);
    if (!e.isReferral() || e.isDecided())
        return false;
    return m_drafts.value(e.item.id) != initialDraft(e);
}

bool MeetingModeSession::anyDirty() const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (isDirty(i))
            return true;
    }
    return false;
}

bool MeetingModeSession::isDone(int index) const
{
    const AgendaEntry &e = m_entries.at(index);
    return e.isReferral() ? e.isDecided() : false;
}

int MeetingModeSession::doneCount() const
{
    int done = 0;
    for (int i = 0; i < m_entries.size(); ++i)
        done += isDone(i) ? 1 : 0;
    return done;
}

void MeetingModeSession::setAnswer(int question, Answer answer)
{
    if (isEditable() && question >= 0 && question < 3)
        editableDraft().answers[question] = answer;
}

void MeetingModeSession::setComment(int question, const QString &comment)
{
    if (isEditable() && question >= 0 && question < 3)
        editableDraft().comments[question] = comment.trimmed();
}

void MeetingModeSession::setDecision(DecisionKind kind)
{
    if (!isEditable())
        return;
    ReferralAssessment &a = editableDraft();
    a.decision = kind;
    const Referral &r = *entry().referral;
    if (!a.programmeId)
        a.programmeId = r.programmeId;
    if (!a.coordinatorId && entry().participant)
        a.coordinatorId = entry().participant->coordinatorId ? entry().participant->coordinatorId : m_team.currentMember();
    if (!a.plannedStart.isValid())
        a.plannedStart = m_meeting.date.addDays(7);
}

void MeetingModeSession::setDecisionDetails(std::optional<qint64> programmeId, std::optional<qint64> coordinatorId,
                                            QDate plannedStart, const QString &text)
{
    if (!isEditable())
        return;
    ReferralAssessment &a = editableDraft();
    a.programmeId = programmeId;
    a.coordinatorId = coordinatorId;
    a.plannedStart = plannedStart;
    a.recommendation = a.decision == DecisionKind::Decline ? text.trimmed() : QString();
    a.missing = a.decision == DecisionKind::Postpone ? text.trimmed() : QString();
}

MeetingModeSession::Outcome MeetingModeSession::record(QString *message)
{
    if (!isEditable())
        return Outcome::Skipped;
    ReferralAssessment a = draft();
    try {
        if (a.decision) {
            a.normalise();
            const QList<FieldProblem> problems = a.validate();
            if (!problems.isEmpty()) {
                *message = problems.first().message;
                return Outcome::Refused;
            }
            DecisionService(m_team).decide(a);
        } else {
            if (a == initialDraft(entry()))
                return Outcome::Skipped;
            DecisionService(m_team).saveAnswers(a);
        }
    } catch (const Error &e) {
        *message = e.message();
        return Outcome::Refused;
    }
    const auto stored = ReferralAssessmentRepository(m_team.database()).forItem(entry().item.id);
    m_entries[m_current].assessment = stored;
    m_drafts.insert(entry().item.id, initialDraft(entry()));
    return a.decision ? Outcome::Decided : Outcome::AnswersSaved;
}

} // namespace samsyn

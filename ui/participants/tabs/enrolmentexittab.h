// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

namespace samsyn {

class EnrolmentsPanel;
class ExitDocumentPanel;
class ExitForm;
class TeamFile;
class UserPrompts;
struct ChangeSet;

// The card's "Enrolment & exit" tab: the enrolments over the years on top (enrol, passive,
// active again) and the exit of the selected one below, with its follow-ups. One place for
// the stay from its start to its end (and its slutdokumentation, printed from here), which is where a coordinator looks when the 12-month
// limit comes up. Reloads when this participant's data changes (also through undo).
class EnrolmentExitTab : public QWidget
{
    Q_OBJECT

public:
    EnrolmentExitTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent = nullptr);

    EnrolmentsPanel *enrolments() const { return m_enrolments; }
    ExitForm *exitForm() const { return m_exit; }
    ExitDocumentPanel *exitDocument() const { return m_document; }

private:
    void onTeamChanged(const ChangeSet &changes);

    qint64 m_participantId;
    EnrolmentsPanel *m_enrolments;
    ExitForm *m_exit;
    ExitDocumentPanel *m_document;
};

} // namespace samsyn

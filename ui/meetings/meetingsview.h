// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace samsyn {

class AgendaEditor;
class AssessmentForm;
class CapacityPanel;
class MeetingDialog;
class MeetingModeWindow;
class MeetingSeriesDialog;
class TeamFile;
class UserPrompts;
struct ChangeSet;

// The Möten view: the meetings (upcoming first, then earlier ones), a new meeting or a
// season of them; the selected meeting's attendees and agenda (filled by the service,
// reordered, removed), the questions and decision for the selected referral item, and
// "Start meeting mode" (F5). The waiting list and capacity sit in a side panel. Borrows
// the TeamFile and the prompts.
class MeetingsView : public QWidget
{
    Q_OBJECT

public:
    MeetingsView(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);
    ~MeetingsView() override;

    void reloadMeetings();
    void selectMeeting(qint64 meetingId);
    std::optional<qint64> selectedMeeting() const;
    QString message() const;

    MeetingDialog *newMeeting();
    MeetingDialog *editMeeting();
    MeetingSeriesDialog *newSeries();
    // Opens meeting mode for the selected meeting; `fullScreen` false for tests.
    MeetingModeWindow *startMeetingMode(bool fullScreen = true);
    // Save as PDF (asks where through the prompts); true when written.
    bool saveProtocol();
    bool saveDecisionLetter();
    // Print preview of the selected meeting's protocol (Ctrl+P) or the chosen item's letter.
    bool printProtocol();
    bool printDecisionLetter();
    // The referral of the chosen agenda item, when it has been decided (it has a letter).
    std::optional<qint64> decidedReferral() const;

    AgendaEditor *agenda() const { return m_agenda; }
    AssessmentForm *assessmentForm() const { return m_form; }
    CapacityPanel *capacity() const { return m_capacity; }
    QListWidget *meetingList() const { return m_meetings; }

private:
    void showMeeting();
    void updateLetterButton();
    void showMessage(const QString &text, bool problem);
    void onChanged(const ChangeSet &changes);

    TeamFile &m_team;
    UserPrompts &m_prompts;
    QListWidget *m_meetings;
    QPushButton *m_new;
    QPushButton *m_series;
    QLabel *m_heading;
    QLabel *m_attendees;
    QLabel *m_message;
    QPushButton *m_edit;
    QPushButton *m_meetingMode;
    QPushButton *m_protocolPrint;
    QPushButton *m_protocolPdf;
    QPushButton *m_letterPrint;
    QPushButton *m_letterPdf;
    AgendaEditor *m_agenda;
    AssessmentForm *m_form;
    CapacityPanel *m_capacity;
    QWidget *m_details;
    QPointer<MeetingModeWindow> m_mode;
};

} // namespace samsyn

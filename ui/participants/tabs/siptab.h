// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/sipplan.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace samsyn {

class SipEditor;
class TeamFile;
class UserPrompts;
struct ChangeSet;

// The card's SIP tab: the plans over time on the left (every version, newest first), the
// chosen version on the right. The current version is edited in place and saved when an
// edit is finished (one undoable action each); "Follow-up" writes the next version and the
// old one stays as it was, shown read-only. A participant without a plan gets "New SIP".
// The version shown prints (preview, or a PDF) as it is; printing is logged under the
// participant like the CLI's.
class SipTab : public QWidget
{
    Q_OBJECT

public:
    SipTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent = nullptr);

    // Writes version 1 of a new plan (linked to the open enrolment, if any).
    bool createPlan(QDate meetingDate);
    // Saves the editor's content into the current version; false (message shown) when refused.
    bool saveCurrent();
    bool followUp(QDate date, const QString &logText);
    // Shows version `number` of plan `planId` (read-only unless current).
    void showVersion(qint64 planId, int number);
    // The version shown: print preview (logged when printed) and "Save as PDF" (asks where).
    bool printPreview();
    bool savePdf();

    SipEditor *editor() const { return m_editor; }
    QListWidget *versionList() const { return m_versions; }
    const SipVersion &shown() const { return m_shown; }

private:
    void reload();
    void onTeamChanged(const ChangeSet &changes);
    void askFollowUp();
    std::optional<qint64> openEnrollment() const;

    TeamFile &m_team;
    UserPrompts &m_prompts;
    qint64 m_participantId;
    SipVersion m_shown;
    QListWidget *m_versions;
    QPushButton *m_new;
    QPushButton *m_followUp;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QLabel *m_heading;
    QLabel *m_error;
    SipEditor *m_editor;
    QWidget *m_empty;
};

} // namespace samsyn

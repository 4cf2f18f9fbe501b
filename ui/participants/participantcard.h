// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTabWidget;

namespace samsyn {

class ParticipantOverviewTab;
class TeamFile;
class UserPrompts;

// One participant's card, a window of its own: a header (name, identity masked unless the
// list shows numbers, status) and tabs. Opening it is logged (access logging is required by
// law). Each tab is its own widget, put in its place with setTab(). Ctrl+Z / Ctrl+Shift+Z go to the team's undo stack. Closes itself
// when the participant is removed. Questions and file choices go through the prompts given
// (tests answer them); without, the card owns message-box prompts of its own.
class ParticipantCard : public QWidget
{
    Q_OBJECT

public:
    enum Tab { Overview, ReferralConsent, Sip, Notes, Attendance, Assessments, Exit, Log, TabCount };

    ParticipantCard(TeamFile &team, qint64 participantId, bool showIdentity, UserPrompts *prompts = nullptr,
                    QWidget *parent = nullptr);
    ~ParticipantCard() override;

    qint64 participantId() const { return m_id; }
    void setTab(Tab tab, QWidget *widget);
    QTabWidget *tabs() const { return m_tabs; }
    static QString tabTitle(Tab tab);
    // The tab a due-list line names ("sip", "exit", "enrollment", "consent", ...).
    static std::optional<Tab> tabForKey(const QString &key);
    // Shows that tab; false (and nothing changes) for an unknown key.
    bool selectTab(const QString &key);
    // Shows a place on the card: a tab key, optionally with the object name of a field and
    // the enrolment it belongs to ("overview/municipality", "enrollment/enrolOccupation@12",
    // "enrollment/exitReason@12"). A field of the start of an enrolment opens its correction
    // dialog, one of a recorded exit the exit correction; the field gets the cursor.
    bool openAt(const QString &place);
    // Ctrl+P: the print preview of what the current tab shows (the SIP version on the SIP tab,
    // the slutdokumentation on the exit tab). False when the tab has nothing to print.
    bool printCurrentTab();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader(const Participant &p);
    QWidget *placeholder() const;

    std::unique_ptr<UserPrompts> m_ownPrompts;
    TeamFile &m_team;
    qint64 m_id;
    bool m_showIdentity;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    ParticipantOverviewTab *m_overview;
};

} // namespace samsyn

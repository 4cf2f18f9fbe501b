// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "meetings/agendaentry.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace samsyn {

class TeamFile;
class UserPrompts;

// A meeting's agenda in order: fill it with every referral waiting for assessment (the
// service applies the consent gate and says who was left out), reorder with Up/Down or by
// dragging, remove, and add other business. Every change is one action through
// MeetingService. Decided items show a check mark and cannot be removed.
class AgendaEditor : public QWidget
{
    Q_OBJECT

public:
    AgendaEditor(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    const QList<AgendaEntry> &entries() const { return m_entries; }
    QListWidget *list() const { return m_list; }
    std::optional<AgendaEntry> currentEntry() const;
    void selectItem(qint64 itemId);

    void fill();
    void moveCurrent(int delta);
    void removeCurrent();
    void addOther(const QString &text);
    void reload();

Q_SIGNALS:
    void currentChanged();
    // A message for the view's status line (who was left off, a refusal).
    void message(const QString &text, bool problem);

private:
    void onRowsMoved();
    void updateButtons();

    TeamFile &m_team;
    UserPrompts &m_prompts;
    qint64 m_meetingId = 0;
    QList<AgendaEntry> m_entries;
    QListWidget *m_list;
    QPushButton *m_fill;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QLineEdit *m_otherText;
    QPushButton *m_addOther;
    bool m_reloading = false;
};

} // namespace samsyn

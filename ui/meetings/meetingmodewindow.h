// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "meetings/meetingmodesession.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace samsyn {

class MeetingModeStrip;
class TeamFile;
class UserPrompts;

// Meeting mode: the remissgrupp meeting on a projector. One agenda item at a time in large
// type on a dark background; the person shown by initials unless the chair reveals the
// name for that item (N); never a personnummer. Keyboard: 1/2/3 answer the focused
// question yes/no/unclear, Up/Down or Tab move between questions, C comments the focused
// question, D then 1-4 (or O/W/A/P) choose the decision, E edits its details, Enter records
// the item (one transaction through DecisionService) and moves on, Left/Right move between
// items, N reveals or hides the name, Esc leaves (asking first when answers are unsaved).
// The elapsed time per item and in total comes from an injectable millisecond counter.
class MeetingModeWindow : public QWidget
{
    Q_OBJECT

public:
    using Millis = std::function<qint64()>;

    // `elapsed` counts milliseconds from any start; a QElapsedTimer when not given.
    MeetingModeWindow(TeamFile &team, UserPrompts &prompts, qint64 meetingId, Millis elapsed = {}, QWidget *parent = nullptr);
    ~MeetingModeWindow() override;

    const MeetingModeSession &session() const { return m_session; }
    bool isNameRevealed() const { return m_revealed; }
    int focusedQuestion() const { return m_question; }
    // Every text the window shows right now (labels and fields), for tests.
    QStringList visibleTexts() const;
    QString clockText() const;
    QString messageText() const;
    MeetingModeStrip *strip() const { return m_strip; }
    void refreshClock();

Q_SIGNALS:
    // The window is closing; everything decided was saved item by item.
    void left();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void refresh();
    void goTo(int index);
    void moveQuestion(int delta);
    void chooseDecision(DecisionKind kind);
    void record();
    void editComment();
    void editDetails();
    void takeDetails();
    void backToKeys();
    void leave();
    void say(const QString &text, bool problem);
    void loadDetails();

    TeamFile &m_team;
    UserPrompts &m_prompts;
    MeetingModeSession m_session;
    Millis m_millis;
    QList<qint64> m_itemMillis;
    qint64 m_enteredAt = 0;
    qint64 m_startedAt = 0;
    int m_question = 0;
    bool m_awaitDecision = false;
    bool m_revealed = false;
    bool m_leaving = false;

    QLabel *m_title;
    QLabel *m_clock;
    QLabel *m_position;
    QLabel *m_heading;
    QLabel *m_subline;
    QLabel *m_reason;
    QList<QLabel *> m_questionLabels;
    QList<QList<QLabel *>> m_answerChips;
    QList<QLineEdit *> m_comments;
    QWidget *m_assessment;
    QLabel *m_decisionLabel;
    QList<QLabel *> m_decisionChips;
    QWidget *m_details;
    QComboBox *m_programme;
    QComboBox *m_coordinator;
    QDateEdit *m_start;
    QLineEdit *m_text;
    QLabel *m_recorded;
    QLabel *m_message;
    QLabel *m_help;
    MeetingModeStrip *m_strip;
    QTimer *m_timer;
};

} // namespace samsyn

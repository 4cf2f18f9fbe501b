// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace samsyn {

class UserPrompts;

class ParticipantCard;
class ParticipantProxyModel;
class ParticipantTableModel;
class TeamFile;

// The Deltagare view: search (name or personnummer, as you type), status filters, a
// "show personnummer" toggle, a count, "New participant" (Ctrl+N) and the table; Enter or
// a double-click opens the participant's card. Exited participants are hidden by default:
// the daily work is with current ones, and over the years exited people become the
// majority; the count says how many are hidden. Borrows the TeamFile; the main window owns
// this view.
class ParticipantsView : public QWidget
{
    Q_OBJECT

public:
    // `prompts` (optional) is handed to the cards this view opens, so their questions go
    // through the same injectable prompts as the rest of the window.
    explicit ParticipantsView(TeamFile &team, QWidget *parent = nullptr, UserPrompts *prompts = nullptr);
    ~ParticipantsView() override;

    void focusSearch();
    // Opens (or raises) the card of a participant; returns it.
    ParticipantCard *openCard(qint64 id);
    void newParticipant();

    ParticipantTableModel *model() const { return m_model; }
    ParticipantProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void openParticipant(qint64 id);

private:
    void applyFilter();
    void scheduleFilter();
    void updateCount();

    TeamFile &m_team;
    UserPrompts *m_prompts = nullptr;
    ParticipantTableModel *m_model;
    ParticipantProxyModel *m_proxy;
    QLineEdit *m_search;
    QList<QCheckBox *> m_statusBoxes;
    QCheckBox *m_showIdentity;
    QLabel *m_count;
    QPushButton *m_new;
    QTableView *m_table;
    QTimer *m_filterTimer;
    QHash<qint64, QPointer<ParticipantCard>> m_cards;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"
#include "participants/fieldfeedback.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace samsyn {

class IdentityEditor;
class TeamFile;
struct ChangeSet;

// The card's Översikt tab: every stored field of one participant, validated as the user
// types and saved through editParticipant() when an edit is committed (focus leaves the
// field, Return, or a choice is made), so each change is one undoable action. Invalid
// values are shown next to their field and never saved. Reloads when the participant
// changes (also through undo).
class ParticipantOverviewTab : public QWidget
{
    Q_OBJECT

public:
    ParticipantOverviewTab(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);

    const Participant &stored() const { return m_stored; }
    // Reads the participant again; false when it no longer exists.
    bool reload();

Q_SIGNALS:
    void participantChanged(const samsyn::Participant &participant);
    void participantRemoved();

private:
    using Apply = std::function<QList<FieldProblem>(Participant &)>;

    void buildForm();
    QLineEdit *addLine(const QString &field, const QString &label, QString Participant::*member);
    QComboBox *addCombo(const QString &field, const QString &label, const std::function<void(Participant &, QComboBox *)> &apply);
    void track(QWidget *widget, Apply apply);
    void validateAll();
    void commit(const Apply &apply);
    void load();
    void onTeamChanged(const ChangeSet &changes);

    TeamFile &m_team;
    qint64 m_id;
    Participant m_stored;
    FieldFeedback m_feedback;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    IdentityEditor *m_identity = nullptr;
    QCheckBox *m_protected = nullptr;
    QCheckBox *m_interpreter = nullptr;
    QListWidget *m_income = nullptr;
    QList<Apply> m_appliers;
    QList<std::function<void()>> m_loaders;
    bool m_loading = false;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "participants/fieldfeedback.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace samsyn {

class IdentityEditor;
class TeamFile;

// Asks for what a new participant needs (identity, names, municipality, coordinator,
// status), validates as the user types, and creates the participant through
// addParticipant() (undoable) when OK is pressed. Stays open with the message when the
// team file refuses (the identity exists already, say).
class NewParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewParticipantDialog(TeamFile &team, QWidget *parent = nullptr);

    qint64 createdId() const { return m_createdId; }

    void accept() override;

private:
    Participant candidate(QList<FieldProblem> *problems) const;
    void validate();

    TeamFile &m_team;
    FieldFeedback m_feedback;
    IdentityEditor *m_identity;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QComboBox *m_municipality;
    QComboBox *m_coordinator;
    QComboBox *m_status;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    qint64 m_createdId = 0;
};

} // namespace samsyn

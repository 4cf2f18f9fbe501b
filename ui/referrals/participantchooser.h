// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "participants/fieldfeedback.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace samsyn {

class IdentityEditor;
class TeamFile;

// The "who is referred" part of the referral dialog: an existing participant found by
// name or personnummer (masked in the list), or a new one created in the same action as
// the referral. Borrows the TeamFile.
class ParticipantChooser : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantChooser(TeamFile &team, QWidget *parent = nullptr);

    bool isNew() const;
    // The chosen existing participant, if any.
    std::optional<qint64> existingId() const;
    // The new participant as entered; `problems` gets what is wrong with it.
    Participant newParticipant(QList<FieldProblem> *problems) const;

    void chooseExisting(qint64 participantId);
    void chooseNew(const Participant &p);
    void showProblems(const QList<FieldProblem> &problems) { m_feedback.show(problems); }

Q_SIGNALS:
    void edited();

private:
    void fillList();

    TeamFile &m_team;
    FieldFeedback m_feedback;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    QStackedWidget *m_pages;
    QLineEdit *m_search;
    QListWidget *m_list;
    IdentityEditor *m_identity;
    QLineEdit *m_given;
    QLineEdit *m_family;
};

} // namespace samsyn

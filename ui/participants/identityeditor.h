// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace samsyn {

class FieldFeedback;

// Edits a participant's identity: a Swedish personnummer/samordningsnummer (gender and birth
// date then shown read-only, derived from the number) or an "other identity" such as a
// reservnummer (gender chosen, birth date typed). Shared by the new-participant dialog and
// the participant card.
class IdentityEditor : public QWidget
{
    Q_OBJECT

public:
    IdentityEditor(QDate today, FieldFeedback &feedback, QWidget *parent = nullptr);

    void setParticipant(const Participant &p);
    // Writes identity, kind, gender and birth date into `p`; returns problems that the
    // domain's validate() cannot see (an unreadable birth date).
    QList<FieldProblem> applyTo(Participant &p) const;

    QLineEdit *numberEdit() const { return m_number; }

Q_SIGNALS:
    void edited();    // while typing: validate
    void committed(); // editing finished or a choice made: save

private:
    void updateKindUi();
    void updateDerived();

    QDate m_today;
    QComboBox *m_kind;
    QLineEdit *m_number;
    QComboBox *m_gender;
    QLineEdit *m_birthDate;
    QLabel *m_derived;
    QWidget *m_otherBox;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/consultation.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace samsyn {

class TeamFile;

// A konsultation: a case officer brings a case for advice. No person is recorded, only the
// party, the case officer, the question and the team's advice. New or edited; saved
// through ReferralService on OK.
class ConsultationDialog : public QDialog
{
    Q_OBJECT

public:
    ConsultationDialog(TeamFile &team, const Consultation &consultation = {}, QWidget *parent = nullptr);

    void setConsultation(const Consultation &c);
    Consultation consultation() const;
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void validate();

    TeamFile &m_team;
    qint64 m_id;
    QDateEdit *m_date;
    QComboBox *m_party;
    QLineEdit *m_handler;
    QPlainTextEdit *m_question;
    QPlainTextEdit *m_advice;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    qint64 m_savedId = 0;
};

} // namespace samsyn

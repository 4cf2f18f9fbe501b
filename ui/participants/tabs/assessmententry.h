// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/assessmentrepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace samsyn {

class TeamFile;

// The form a rating is entered with, copied from the paper form: WHO-5's five item scores
// (labelled with the team's wording), KASAM-13/29 as item scores or a total, or a step of
// the team's step scale. add() writes it; the core scores it and refuses invalid values,
// and the message is shown here with the form left as typed.
class AssessmentEntry : public QWidget
{
    Q_OBJECT

public:
    AssessmentEntry(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);

    void setInstrument(Instrument instrument);
    void setDate(QDate date);
    void setWho5Items(const QList<int> &items);
    void setKasamItems(const QString &digits);
    void setKasamTotal(int total);
    void setStep(const QString &code);
    bool add();

private:
    QWidget *buildWho5();
    QWidget *buildKasam();
    QWidget *buildSteps();
    void updateKasamRange();

    TeamFile &m_team;
    qint64 m_participantId;
    QComboBox *m_instrument;
    QDateEdit *m_date;
    QStackedWidget *m_pages;
    QList<QSpinBox *> m_who5;
    QRadioButton *m_byItems = nullptr;
    QRadioButton *m_byTotal = nullptr;
    QLineEdit *m_kasamItems = nullptr;
    QSpinBox *m_kasamTotal = nullptr;
    QComboBox *m_step = nullptr;
    QLabel *m_error;
};

} // namespace samsyn

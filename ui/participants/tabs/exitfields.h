// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace samsyn {

class TeamFile;

// The fields of an exit (end date, reason, income and occupation after, extent, onward plan,
// handover, the person's own view, closer to work): shared by the exit form, which records
// an exit, and the dialog that corrects one. Emits edited() on every change.
class ExitFields : public QWidget
{
    Q_OBJECT

public:
    explicit ExitFields(TeamFile &team, QWidget *parent = nullptr);

    void showValues(const EnrollmentExit &exit);
    // The values of the fields; what the fields do not show (follow-ups) is left empty.
    EnrollmentExit values() const;
    void setEditable(bool editable);
    // For a caller that adds its own rows (a button, more dates).
    QFormLayout *form() const { return m_form; }

Q_SIGNALS:
    void edited();

private:
    QFormLayout *m_form;
    QDateEdit *m_endDate = nullptr;
    QComboBox *m_reason = nullptr;
    QListWidget *m_incomeAfter = nullptr;
    QComboBox *m_occupationAfter = nullptr;
    QSpinBox *m_extent = nullptr;
    QPlainTextEdit *m_onwardPlan = nullptr;
    QComboBox *m_handoverParty = nullptr;
    QLineEdit *m_handoverContact = nullptr;
    QCheckBox *m_sipContinues = nullptr;
    QPlainTextEdit *m_ownView = nullptr;
    QComboBox *m_readier = nullptr;
};

} // namespace samsyn

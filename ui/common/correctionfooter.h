// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace samsyn {

// The lower half of a correction dialog (exit, decision): what changes, the mandatory reason,
// the first problem that stands in the way (checked as the user types) and the buttons. The
// accept button is enabled only while there is no problem; the dialog decides what a problem
// is. The buttons accept and reject the dialog the footer is attached to.
class CorrectionFooter : public QWidget
{
    Q_OBJECT

public:
    // The footer's buttons accept and reject `dialog`.
    CorrectionFooter(const QString &acceptText, QDialog *dialog);

    QString reason() const;
    // The changed fields in words ("end date, exit reason"); empty hides the line.
    void setChanges(const QString &changes);
    // Empty: ready to accept.
    void setProblem(const QString &problem);
    // A refusal from the core after accepting, shown in red.
    void setError(const QString &message);
    // Runs the dialog's write; a samsyn::Error is shown with setError() and gives false.
    bool attempt(const std::function<void()> &write);
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *acceptButton() const;

Q_SIGNALS:
    void reasonEdited();

private:
    QPlainTextEdit *m_reason;
    QLabel *m_changes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace samsyn

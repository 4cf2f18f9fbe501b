// SPDX-License-Identifier: EUPL-1.2
#include "common/correctionfooter.h"

#include "util/error.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

CorrectionFooter::CorrectionFooter(const QString &acceptText, QDialog *dialog)
    : QWidget(dialog), m_reason(new QPlainTextEdit), m_changes(new QLabel), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setAccessibleName(tr("Reason for the correction"));
    m_reason->setPlaceholderText(tr("Why was the recorded value wrong? Kept with the correction and printed on the protocol."));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_changes->setObjectName(QStringLiteral("correctionChanges"));
    m_changes->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("correctionProblem"));
    m_problem->setWordWrap(true);
    acceptButton()->setText(acceptText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Reason for the correction (required):"));
    label->setBuddy(m_reason);
    layout->addWidget(m_changes);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CorrectionFooter::reasonEdited);
    connect(m_buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    setChanges(QString());
}

QString CorrectionFooter::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QPushButton *CorrectionFooter::acceptButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CorrectionFooter::setChanges(const QString &changes)
{
    m_changes->setText(tr("Changes: %1").arg(changes));
    m_changes->setVisible(!changes.isEmpty());
}

void CorrectionFooter::setProblem(const QString &problem)
{
    m_problem->setStyleSheet(QString());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    acceptButton()->setEnabled(problem.isEmpty());
}

void CorrectionFooter::setError(const QString &message)
{
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_problem->setText(message);
    m_problem->setVisible(true);
}

bool CorrectionFooter::attempt(const std::function<void()> &write)
{
    try {
        write();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

} // namespace samsyn

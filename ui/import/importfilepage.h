// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace samsyn {

struct ImportWizardState;

// Step 1: which file. Reads it when the user goes on, so a missing or unreadable file is
// said here and not three pages later.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizardState &state, QWidget *parent = nullptr);

    void setPath(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void choose();

    ImportWizardState &m_state;
    QLineEdit *m_path;
    QLabel *m_error;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace samsyn {

class SusExportWizard;

// Step 4 of the quarter-end export: the folder (asked through UserPrompts, the team file's
// folder at first) and "Write the files", which hands over to SusExport::write (all files
// or none, logged as export.sus). Shows the paths written and the format version; the
// wizard can finish once the files are written.
class SusSavePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SusSavePage(SusExportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    void chooseFolder();
    // Writes the files into the folder; false (with the reason told) when nothing was written.
    bool writeFiles();
    const QStringList &written() const { return m_written; }

private:
    void showFolder();

    SusExportWizard &m_wizard;
    QString m_folder;
    QStringList m_written;
    QLabel *m_folderLabel;
    QPushButton *m_write;
    QLabel *m_result;
};

} // namespace samsyn

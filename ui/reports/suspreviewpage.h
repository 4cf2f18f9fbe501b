// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace samsyn {

class SusExportWizard;

// Step 3 of the quarter-end export: the figures for Uppföljning Finsam in the form's order
// (per insats: kvinnor, män, totalt, from SusCounts, so they match the antal file) ready to
// be typed in, and the first rows of the deltagare file exactly as they will be written.
class SusPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 10;

    explicit SusPreviewPage(SusExportWizard &wizard);

    void initializePage() override;

    QTableWidget *counts() const { return m_counts; }
    QTableWidget *rows() const { return m_rows; }

private:
    void fillCounts();
    void fillRows();

    SusExportWizard &m_wizard;
    QTableWidget *m_counts;
    QLabel *m_countsNote;
    QLabel *m_rowsTitle;
    QTableWidget *m_rows;
};

} // namespace samsyn

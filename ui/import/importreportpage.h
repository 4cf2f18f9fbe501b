// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace samsyn {

struct ImportWizardState;

// Step 5: what was written, row by row (created and updated with their masked number,
// skipped and rejected with their reason), to keep or to fix the list by.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;

private:
    ImportWizardState &m_state;
    QLabel *m_summary;
    QTableWidget *m_rows;
};

} // namespace samsyn

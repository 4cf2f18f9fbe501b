// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace samsyn {

struct ImportWizardState;

// Step 2: how the file is read (encoding, separator) and how its values are meant (date
// form, what to do with people already in the team file), with the first 20 rows shown as
// they will be read, so broken å ä ö or one-column rows are seen before anything else.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    static constexpr int kPreviewRows = 20;

private:
    void reread();
    void refresh();

    ImportWizardState &m_state;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QComboBox *m_dates;
    QComboBox *m_duplicates;
    QLabel *m_detected;
    QTableWidget *m_preview;
};

} // namespace samsyn

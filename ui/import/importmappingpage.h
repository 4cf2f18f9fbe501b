// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "import/columnmapping.h"

#include <QMap>
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace samsyn {

struct ImportWizardState;

// Step 3: which column fills which field. Starts from the team's saved mapping (the columns
// this list has) or, the first time, from a guess on the column names; the import saves
// the final choice for next time.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // For tests and keyboard-less use: what the combo of `field` shows.
    QComboBox *combo(ImportField field) const { return m_combos.value(field); }

private:
    void update();

    ImportWizardState &m_state;
    QMap<ImportField, QComboBox *> m_combos;
    QLabel *m_source;
    QLabel *m_problems;
    bool m_filling = false;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "import/importwizardstate.h"

#include <QWizard>

namespace samsyn {

class TeamFile;

// Imports participants from an old Excel list: choose the file, check the encoding and
// separator on a preview, map the columns (guessed, or the team's saved mapping), look at
// the dry run, import in one action, read the report. A standalone widget borrowing the
// TeamFile; the main window opens it from its menu.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, FormatPage, MappingPage, PlanPage, ReportPage };

    explicit ImportWizard(TeamFile &team, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For the menu's "recent list" and for tests: fills the file page as if chosen.
    void setFilePath(const QString &path);
    const ImportWizardState &state() const { return m_state; }

private:
    ImportWizardState m_state;
};

} // namespace samsyn

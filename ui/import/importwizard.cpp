// SPDX-License-Identifier: EUPL-1.2
#include "import/importwizard.h"

#include "import/importfilepage.h"
#include "import/importformatpage.h"
#include "import/importmappingpage.h"
#include "import/importplanpage.h"
#include "import/importreportpage.h"

namespace samsyn {

ImportWizard::ImportWizard(TeamFile &team, QWidget *parent)
    : QWizard(parent)
    , m_state(team)
{
    setWindowTitle(tr("Import participants from a list"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(m_state));
    setPage(FormatPage, new ImportFormatPage(m_state));
    setPage(MappingPage, new ImportMappingPage(m_state));
    setPage(PlanPage, new ImportPlanPage(m_state));
    setPage(ReportPage, new ImportReportPage(m_state));
    resize(900, 620);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    static_cast<ImportFilePage *>(page(FilePage))->setPath(path);
}

} // namespace samsyn

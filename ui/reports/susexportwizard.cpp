// SPDX-License-Identifier: EUPL-1.2
#include "reports/susexportwizard.h"

#include "common/waitcursor.h"
#include "reports/susperiodpage.h"
#include "reports/suspreviewpage.h"
#include "reports/susproblemspage.h"
#include "reports/sussavepage.h"
#include "teamfile.h"
#include "util/clock.h"


namespace samsyn {

SusExportWizard::SusExportWizard(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : QWizard(parent)
    , m_team(team)
    , m_prompts(prompts)
    , m_period(new SusPeriodPage(team.clock().today(), this))
    , m_problems(new SusProblemsPage(*this))
    , m_preview(new SusPreviewPage(*this))
    , m_save(new SusSavePage(*this))
{
    setObjectName(QStringLiteral("susExportWizard"));
    setWindowTitle(tr("Quarter-end export (SUS)"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(PeriodPage, m_period);
    setPage(ProblemsPage, m_problems);
    setPage(PreviewPage, m_preview);
    setPage(SavePage, m_save);
    connect(m_problems, &SusProblemsPage::openParticipant, this, &SusExportWizard::openParticipant);
    resize(960, 640);
}

SusExportWizard::~SusExportWizard() = default;

Period SusExportWizard::period() const
{
    return m_period->period();
}

void SusExportWizard::setPeriod(const Period &period)
{
    m_period->setPeriod(period);
}

void SusExportWizard::readExport()
{
    const WaitCursor wait;
    m_export.emplace(SusExport::read(m_team.database(), period()));
}

bool SusExportWizard::allowIncomplete() const
{
    return m_problems->allowIncomplete();
}

void SusExportWizard::setAllowIncomplete(bool allow)
{
    m_problems->setAllowIncomplete(allow);
}

} // namespace samsyn

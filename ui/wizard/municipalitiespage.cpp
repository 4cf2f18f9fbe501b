// SPDX-License-Identifier: EUPL-1.2
#include "wizard/municipalitiespage.h"

#include "common/editabletable.h"
#include "domain/teamsettings.h"

#include <QVBoxLayout>

namespace samsyn {

MunicipalitiesPage::MunicipalitiesPage(QWidget *parent)
    : SetupPage(parent)
    , m_list(new EditableTable({tr("Municipality")}, tr("Municipalities"), this))
{
    setObjectName(QStringLiteral("municipalitiesPage"));
    setTitle(tr("Municipalities"));
    setSubTitle(tr("The municipalities whose residents the team serves. Each one is also a party of the "
                   "samordningsförbund."));
    m_list->setObjectName(QStringLiteral("municipalities"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
}

void MunicipalitiesPage::readInto(TeamSetup &setup) const
{
    setup.municipalities = m_list->texts();
}

void MunicipalitiesPage::showSetup(const TeamSetup &setup)
{
    m_list->setTexts(setup.municipalities);
}

} // namespace samsyn

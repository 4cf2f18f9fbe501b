// SPDX-License-Identifier: EUPL-1.2
#include "wizard/partiespage.h"

#include "common/editabletable.h"
#include "domain/teamsettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace samsyn {

PartiesPage::PartiesPage(QWidget *parent)
    : SetupPage(parent)
    , m_region(new QLineEdit(this))
    , m_others(new EditableTable({tr("Other party")}, tr("Other parties"), this))
{
    setObjectName(QStringLiteral("partiesPage"));
    setTitle(tr("Region and other parties"));
    setSubTitle(tr("Försäkringskassan and Arbetsförmedlingen are always parties. Name the region, and add any other "
                   "organisation that refers participants or has members in the team."));
    m_region->setObjectName(QStringLiteral("regionName"));
    m_region->setAccessibleName(tr("Region name"));
    m_region->setPlaceholderText(tr("e.g. Region Västerbotten"));
    m_others->setObjectName(QStringLiteral("otherParties"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Region:"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Other parties:"), this));
    layout->addWidget(m_others, 1);
}

void PartiesPage::readInto(TeamSetup &setup) const
{
    setup.regionName = m_region->text().trimmed();
    setup.otherParties = m_others->texts();
}

void PartiesPage::showSetup(const TeamSetup &setup)
{
    m_region->setText(setup.regionName);
    m_others->setTexts(setup.otherParties);
}

} // namespace samsyn

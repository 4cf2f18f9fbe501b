// SPDX-License-Identifier: EUPL-1.2
#include "settings/teamsettingsview.h"

#include "settings/codetablessection.h"
#include "settings/groupactivitiessection.h"
#include "settings/memberssection.h"
#include "settings/municipalitiessection.h"
#include "settings/partiessection.h"
#include "settings/programmessection.h"
#include "settings/teaminfosection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace samsyn {

TeamSettingsView::TeamSettingsView(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Team settings"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_tabs);

    auto add = [&](SettingsSection *section, const QString &tab, const QString &name) {
        section->setObjectName(name);
        m_tabs->addTab(section, tab);
    };
    add(new TeamInfoSection(team, prompts, this), tr("Team"), QStringLiteral("teamInfoSection"));
    add(new MunicipalitiesSection(team, prompts, this), tr("Municipalities"), QStringLiteral("municipalitiesSection"));
    add(new PartiesSection(team, prompts, this), tr("Parties"), QStringLiteral("partiesSection"));
    add(new MembersSection(team, prompts, this), tr("Members"), QStringLiteral("membersSection"));
    add(new ProgrammesSection(team, prompts, this), tr("Programmes"), QStringLiteral("programmesSection"));
    add(new GroupActivitiesSection(team, prompts, this), tr("Group activities"), QStringLiteral("groupActivitiesSection"));
    add(new CodeTablesSection(team, prompts, this), tr("Code tables"), QStringLiteral("codeTablesSection"));
}

SettingsSection *TeamSettingsView::section(int index) const
{
    return qobject_cast<SettingsSection *>(m_tabs->widget(index));
}

} // namespace samsyn

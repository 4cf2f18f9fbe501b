// SPDX-License-Identifier: EUPL-1.2
#include "shell/teamstatusbar.h"

#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>

namespace samsyn {

TeamStatusBar::TeamStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_path(new QLabel(this))
    , m_memberLabel(new QLabel(tr("Signed in:"), this))
    , m_member(new QComboBox(this))
    , m_backup(new QLabel(this))
    , m_demo(new QLabel(tr("DEMO"), this))
{
    m_path->setObjectName(QStringLiteral("statusPath"));
    m_path->setAccessibleName(tr("Team file"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_member->setObjectName(QStringLiteral("statusMember"));
    m_member->setAccessibleName(tr("Signed-in team member"));
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_memberLabel->setBuddy(m_member);
    m_backup->setObjectName(QStringLiteral("statusBackup"));
    m_backup->setAccessibleName(tr("Last backup"));
    m_demo->setObjectName(QStringLiteral("statusDemo"));
    m_demo->setAccessibleName(tr("Demo data marker"));
    m_demo->setToolTip(tr("This team file holds invented demo data."));
    m_demo->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; padding: 1px 8px; "
                                         "border-radius: 3px; }"));
    m_demo->setVisible(false);

    addWidget(m_path, 1);
    addPermanentWidget(m_demo);
    addPermanentWidget(m_memberLabel);
    addPermanentWidget(m_member);
    addPermanentWidget(m_backup);

    connect(m_member, &QComboBox::activated, this, [this](int index) {
        if (!m_team)
            return;
        const QVariant id = m_member->itemData(index);
        const std::optional<qint64> memberId = id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
        m_team->setCurrentMember(memberId);
        Q_EMIT memberChanged(memberId);
    });
    setTeam(nullptr);
}

void TeamStatusBar::setTeam(TeamFile *team)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_team = team;
    const bool open = team != nullptr;
    m_memberLabel->setVisible(open);
    m_member->setVisible(open);
    m_backup->setVisible(open);
    if (!open) {
        m_path->setText(tr("No team file open"));
        m_demo->setVisible(false);
        return;
    }
    m_path->setText(QDir::toNativeSeparators(team->path()));
    m_path->setToolTip(m_path->text());
    m_demo->setVisible(SettingsRepository(team->database()).teamInfo().demo);
    m_connections << connect(team, &TeamFile::backupTaken, this, [this] { showBackup(); });
    m_connections << connect(team, &TeamFile::changed, this, &TeamStatusBar::onTeamChanged);
    reloadMembers();
    showBackup();
}

void TeamStatusBar::onTeamChanged(const ChangeSet &changes)
{
    if (changes.touches(QStringLiteral("settings")) || changes.touches(QStringLiteral("all"))) {
        reloadMembers();
        m_demo->setVisible(SettingsRepository(m_team->database()).teamInfo().demo);
    }
}

void TeamStatusBar::reloadMembers()
{
    m_member->clear();
    m_member->addItem(tr("(nobody chosen)"));
    for (const Member &member : SettingsRepository(m_team->database()).members())
        m_member->addItem(member.name, member.id);
    const auto current = m_team->currentMember();
    const int index = current ? m_member->findData(*current) : 0;
    m_member->setCurrentIndex(qMax(0, index));
}

void TeamStatusBar::showBackup()
{
    const auto backup = m_team->lastBackup();
    m_backup->setText(backup ? tr("Last backup: %1").arg(backup->taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             : tr("No backup yet"));
}

} // namespace samsyn

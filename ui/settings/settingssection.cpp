// SPDX-License-Identifier: EUPL-1.2
#include "settings/settingssection.h"

#include "common/sectiontitle.h"
#include "shell/userprompts.h"
#include "teamfile.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

SettingsSection::SettingsSection(TeamFile &team, UserPrompts &prompts, const QString &title, const QString &explanation,
                                 QWidget *parent)
    : QWidget(parent)
    , m_team(team)
    , m_prompts(prompts)
    , m_title(title)
    , m_body(new QVBoxLayout)
    , m_buttons(new QHBoxLayout)
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Undo &changes"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(new SectionTitle(title, explanation, this));
    layout->addLayout(m_body, 1);
    layout->addLayout(m_buttons);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_revert);
    m_buttons->addWidget(m_save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save %1").arg(title));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setAccessibleName(tr("Undo unsaved changes to %1").arg(title));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &SettingsSection::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsSection::reload);
    connect(&m_team, &TeamFile::changed, this, &SettingsSection::onTeamChanged);
}

bool SettingsSection::isReadOnly() const
{
    return m_team.isReadOnly();
}

void SettingsSection::reload()
{
    m_loading = true;
    load();
    m_loading = false;
    m_dirty = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

void SettingsSection::markDirty()
{
    if (m_loading || isReadOnly())
        return;
    m_dirty = true;
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
}

bool SettingsSection::save()
{
    try {
        m_team.write(action(), [this](WriteContext &ctx) { store(ctx); });
    } catch (const Error &e) {
        m_prompts.error(this, tr("%1 could not be saved").arg(m_title),
                        e.message() + QStringLiteral("\n\n") + tr("Nothing was changed."), e.technicalDetail());
        return false;
    }
    reload();
    return true;
}

void SettingsSection::onTeamChanged(const ChangeSet &changes)
{
    if (!m_dirty && (changes.touches(QStringLiteral("settings")) || changes.touches(QStringLiteral("all"))))
        reload();
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "participants/settingscombos.h"

#include "domain/participant.h"
#include "storage/settingsrepository.h"

#include <QComboBox>
#include <QCoreApplication>

namespace samsyn::SettingsCombos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SettingsCombos)
};

void startEmpty(QComboBox *combo, const QString &emptyText)
{
    combo->clear();
    combo->addItem(emptyText);
}

} // namespace

void fillMunicipalities(QComboBox *combo, const SettingsRepository &settings)
{
    startEmpty(combo, Tr::tr("(not recorded)"));
    for (const Municipality &m : settings.municipalities())
        combo->addItem(m.name, m.id);
}

void fillMembers(QComboBox *combo, const SettingsRepository &settings)
{
    startEmpty(combo, Tr::tr("(none)"));
    for (const Member &m : settings.members())
        combo->addItem(m.name, m.id);
}

void fillCodes(QComboBox *combo, const SettingsRepository &settings, const QString &table)
{
    startEmpty(combo, Tr::tr("(not recorded)"));
    for (const CodeEntry &entry : settings.codes(table))
        combo->addItem(entry.displayLabel(), entry.code);
}

void fillStatuses(QComboBox *combo)
{
    combo->clear();
    for (ParticipantStatus status : ParticipantStatuses::all())
        combo->addItem(ParticipantStatuses::label(status), ParticipantStatuses::code(status));
}

std::optional<qint64> currentId(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

QString currentCode(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void select(QComboBox *combo, const QVariant &data)
{
    const int index = data.isValid() ? combo->findData(data) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace samsyn::SettingsCombos

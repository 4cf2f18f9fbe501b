// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QVariant>

#include <optional>

class QComboBox;

namespace samsyn {

class SettingsRepository;

// Fills the participant forms' choice lists from the team settings, each with an empty
// "not recorded" first entry; item data is the id (or code), invalid for the empty entry.
namespace SettingsCombos {
void fillMunicipalities(QComboBox *combo, const SettingsRepository &settings);
void fillMembers(QComboBox *combo, const SettingsRepository &settings);
void fillCodes(QComboBox *combo, const SettingsRepository &settings, const QString &table);
void fillStatuses(QComboBox *combo);

std::optional<qint64> currentId(const QComboBox *combo);
QString currentCode(const QComboBox *combo);
// Selects the entry with this data (the empty entry for an invalid QVariant).
void select(QComboBox *combo, const QVariant &data);
} // namespace SettingsCombos

} // namespace samsyn

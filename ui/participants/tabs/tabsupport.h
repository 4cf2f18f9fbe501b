// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/writepath.h"

#include <QDate>
#include <QString>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableView;

namespace samsyn {

class SettingsRepository;
class TeamFile;

// What the card's tabs share: today from the team's clock, one write with its error shown in
// place (bad input changes nothing and says why), and the small form widgets every tab uses
// the same way.
namespace TabSupport {

QDate today(const TeamFile &team);

// Runs one action through TeamFile::write. On failure the message goes to `error` (shown)
// and false is returned; on success `error` is hidden.
bool write(TeamFile &team, QLabel *error, const QString &action, const WritePath::Body &body,
           std::optional<qint64> participantId);

// A red, word-wrapped label that stays hidden until a write fails.
QLabel *errorLabel(const QString &objectName);
// An ISO date edit with a calendar popup.
QDateEdit *dateEdit(const QString &objectName, QDate date);
// Parties as a choice list, "(none)" first; item data is the id.
void fillParties(QComboBox *combo, const SettingsRepository &settings);
// A checkable list of the income-source codes, as high as its rows (max six).
QListWidget *incomeList(const SettingsRepository &settings, const QString &objectName);
void setChecked(QListWidget *list, const QStringList &codes);
QStringList checked(const QListWidget *list);
// A choice of attendance mark ('' = not marked, present, absent_notified, absent) set to
// `status`; the item data is the stored value.
QComboBox *attendanceCombo(const QString &status, const QString &accessibleName);

// Makes a short table exactly as high as its rows (at least `minRows`), so a list of two
// lines does not leave a large empty box.
void fitHeight(QTableView *table, int minRows = 2);

} // namespace TabSupport

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QWidget;

namespace samsyn {

// A date field that shows and takes ISO dates (2026-11-24) with a calendar pop-up, as
// every date in Samsyn is written; named for tests and screen readers.
QDateEdit *makeIsoDateEdit(const QString &objectName, const QString &accessibleName, QDate value,
                           QWidget *parent = nullptr);

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "common/isodateedit.h"

#include <QDateEdit>

namespace samsyn {

QDateEdit *makeIsoDateEdit(const QString &objectName, const QString &accessibleName, QDate value, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1990, 1, 1));
    edit->setMaximumDate(QDate(2099, 12, 31));
    edit->setDate(value);
    return edit;
}

} // namespace samsyn

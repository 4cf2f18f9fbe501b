// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/tabsupport.h"

#include "domain/teamsettings.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QHeaderView>
#include <QListWidget>
#include <QTableView>

#include <algorithm>

namespace samsyn::TabSupport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::TabSupport)
};

} // namespace

QDate today(const TeamFile &team)
{
    return team.clock().now().toLocalTime().date();
}

bool write(TeamFile &team, QLabel *error, const QString &action, const WritePath::Body &body,
           std::optional<qint64> participantId)
{
    try {
        team.write(action, body, participantId);
    } catch (const Error &e) {
        if (error) {
            error->setText(e.message());
            error->show();
        }
        return false;
    }
    if (error)
        error->hide();
    return true;
}

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a4262c;"));
    label->hide();
    return label;
}

QDateEdit *dateEdit(const QString &objectName, QDate date)
{
    auto *edit = new QDateEdit(date);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

QComboBox *attendanceCombo(const QString &status, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setAccessibleName(accessibleName);
    combo->setFrame(false);
    combo->addItem(Tr::tr("(not marked)"), QString());
    combo->addItem(Tr::tr("Present"), QStringLiteral("present"));
    combo->addItem(Tr::tr("Absent with notice"), QStringLiteral("absent_notified"));
    combo->addItem(Tr::tr("Absent"), QStringLiteral("absent"));
    combo->setCurrentIndex(std::max(0, combo->findData(status)));
    return combo;
}

void fillParties(QComboBox *combo, const SettingsRepository &settings)
{
    combo->clear();
    combo->addItem(Tr::tr("(none)"));
    for (const Party &p : settings.parties())
        combo->addItem(p.name, p.id);
}

QListWidget *incomeList(const SettingsRepository &settings, const QString &objectName)
{
    auto *list = new QListWidget;
    list->setObjectName(objectName);
    for (const CodeEntry &entry : settings.codes(CodeTable::IncomeSource)) {
        auto *item = new QListWidgetItem(entry.displayLabel(), list);
        item->setData(Qt::UserRole, entry.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (list->count() > 0)
        list->setFixedHeight(list->sizeHintForRow(0) * std::min(list->count(), 6) + 2 * list->frameWidth());
    return list;
}

void setChecked(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList checked(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    }
    return codes;
}

void fitHeight(QTableView *table, int minRows)
{
    const int rows = table->model() ? table->model()->rowCount() : 0;
    int height = std::max(0, minRows - rows) * table->verticalHeader()->defaultSectionSize();
    for (int row = 0; row < rows; ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + height + 2 * table->frameWidth() + 2);
}

} // namespace samsyn::TabSupport

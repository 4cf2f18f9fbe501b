// SPDX-License-Identifier: EUPL-1.2
#include "settings/groupactivitiessection.h"

#include "common/tablecells.h"
#include "participants/groupregisterdialog.h"
#include "storage/grouprepository.h"
#include "teamfile.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace samsyn {

namespace {
enum Column { Name, FirstDay, Time = FirstDay + 7, Active };
}

GroupActivitiesSection::GroupActivitiesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : SettingsTableSection(team, prompts, tr("Group activities"),
                           tr("Recurring group sessions, such as three mornings a week. Tick the days the group "
                              "meets. Participants join a group on the Attendance tab of their card. A group that "
                              "has ended is made inactive; its attendance stays."),
                           tr("&Add group activity"), parent),
      m_prompts(prompts)
{
    auto *takeAttendance = new QPushButton(tr("Take &attendance…"), this);
    takeAttendance->setObjectName(QStringLiteral("takeAttendance"));
    takeAttendance->setEnabled(!isReadOnly());
    buttonRow()->insertWidget(1, takeAttendance);
    connect(takeAttendance, &QPushButton::clicked, this, &GroupActivitiesSection::openRegister);
    reload();
}

void GroupActivitiesSection::load()
{
    QStringList headers{tr("Name")};
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        headers << locale.dayName(day, QLocale::ShortFormat);
    headers << tr("Time") << tr("Active");
    clearRows();
    setHeaders(headers);
    for (const GroupActivity &g : GroupRepository(team().database()).activities()) {
        const int row = cells::appendRow(table());
        cells::setRowId(table(), row, g.id);
        cells::setText(table(), row, Name, g.name);
        for (int day = 1; day <= 7; ++day)
            cells::setCheck(table(), row, FirstDay + day - 1, g.weekdays.contains(QString::number(day)));
        cells::setText(table(), row, Time, g.time);
        cells::setCheck(table(), row, Active, g.active);
    }
    finishRows();
    for (int day = 0; day < 7; ++day)
        table()->setColumnWidth(FirstDay + day, 56);
}

void GroupActivitiesSection::initRow(int row)
{
    for (int day = 0; day < 7; ++day)
        cells::setCheck(table(), row, FirstDay + day, false);
    cells::setCheck(table(), row, Active, true);
}

void GroupActivitiesSection::store(WriteContext &ctx)
{
    for (int row = 0; row < table()->rowCount(); ++row) {
        GroupActivity g;
        g.id = cells::rowId(table(), row);
        g.name = cells::text(table(), row, Name);
        for (int day = 1; day <= 7; ++day) {
            if (cells::check(table(), row, FirstDay + day - 1))
                g.weekdays += QString::number(day);
        }
        g.time = cells::text(table(), row, Time).trimmed();
        g.active = cells::check(table(), row, Active);
        GroupRepository::saveActivity(ctx, g);
    }
}

void GroupActivitiesSection::openRegister()
{
    if (hasUnsavedChanges() && !save())
        return; // the register needs the groups as they are on file
    const int row = table()->currentRow();
    GroupRegisterDialog dialog(team(), m_prompts, row >= 0 ? cells::rowId(table(), row) : 0, this);
    dialog.exec();
}

} // namespace samsyn

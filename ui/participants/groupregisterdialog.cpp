// SPDX-License-Identifier: EUPL-1.2
#include "participants/groupregisterdialog.h"

#include "participants/tabs/tabsupport.h"
#include "shell/userprompts.h"
#include "teamfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

GroupRegisterDialog::GroupRegisterDialog(TeamFile &team, UserPrompts &prompts, qint64 activityId, QWidget *parent)
    : QDialog(parent), m_team(team), m_prompts(prompts), m_group(new QComboBox), m_date(TabSupport::dateEdit(QStringLiteral("registerDate"), TabSupport::today(team))),
      m_hint(new QLabel), m_table(new QTableWidget(0, 2)), m_empty(new QLabel), m_error(TabSupport::errorLabel(QStringLiteral("registerError"))),
      m_saved(new QLabel), m_allPresent(new QPushButton(tr("All &present"))), m_save(new QPushButton(tr("&Save register")))
{
    setWindowTitle(tr("Attendance register"));
    setObjectName(QStringLiteral("groupRegister"));
    m_group->setObjectName(QStringLiteral("registerGroup"));
    m_group->setAccessibleName(tr("Group activity"));
    m_date->setAccessibleName(tr("Date of the session"));
    m_hint->setObjectName(QStringLiteral("registerHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setAccessibleName(tr("Members and their attendance"));
    m_table->setHorizontalHeaderLabels({tr("Participant"), tr("Attendance")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 220);
    m_empty->setObjectName(QStringLiteral("registerEmpty"));
    m_empty->setWordWrap(true);
    m_saved->setObjectName(QStringLiteral("registerSaved"));
    m_allPresent->setObjectName(QStringLiteral("allPresent"));
    m_save->setObjectName(QStringLiteral("saveRegister"));
    m_save->setDefault(true);

    m_activities = GroupRepository(team.database()).activities();
    for (const GroupActivity &g : m_activities) {
        if (g.active || g.id == activityId)
            m_group->addItem(g.name, g.id);
    }
    if (activityId != 0)
        m_group->setCurrentIndex(std::max(0, m_group->findData(activityId)));

    auto *choose = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group:"));
    groupLabel->setBuddy(m_group);
    choose->addWidget(groupLabel);
    choose->addWidget(m_group, 1);
    auto *dateLabel = new QLabel(tr("&Date:"));
    dateLabel->setBuddy(m_date);
    choose->addWidget(dateLabel);
    choose->addWidget(m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_allPresent, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addWidget(m_saved);
    layout->addWidget(buttons);
    resize(560, 520);

    connect(m_group, &QComboBox::currentIndexChanged, this, &GroupRegisterDialog::onSessionChosen);
    connect(m_date, &QDateEdit::dateChanged, this, &GroupRegisterDialog::onSessionChosen);
    connect(m_allPresent, &QPushButton::clicked, this, &GroupRegisterDialog::markAllPresent);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_dirty || m_prompts.confirm(this, tr("Attendance register"), tr("Close without saving the marks?"), tr("Close")))
            reject();
    });
    load();
}

void GroupRegisterDialog::setSession(qint64 activityId, QDate date)
{
    {
        const QSignalBlocker a(m_group);
        const QSignalBlocker b(m_date);
        m_group->setCurrentIndex(std::max(0, m_group->findData(activityId)));
        m_date->setDate(date);
    }
    onSessionChosen();
}

// Another group or day replaces the rows: marks not yet saved would be lost, so ask.
void GroupRegisterDialog::onSessionChosen()
{
    if (m_dirty && !m_prompts.confirm(this, tr("Attendance register"), tr("Discard the marks not yet saved?"), tr("Discard"))) {
        const QSignalBlocker a(m_group);
        const QSignalBlocker b(m_date);
        m_group->setCurrentIndex(std::max(0, m_group->findData(m_loadedActivity)));
        m_date->setDate(m_loadedDate);
        return;
    }
    load();
}

void GroupRegisterDialog::load()
{
    m_loadedActivity = m_group->currentData().toLongLong();
    m_loadedDate = m_date->date();
    m_roster = m_loadedActivity != 0 ? GroupRepository(m_team.database()).roster(m_loadedActivity, m_loadedDate) : QList<RosterLine>{};
    m_table->setRowCount(0);
    for (int row = 0; row < m_roster.size(); ++row) {
        const RosterLine &line = m_roster.at(row);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(line.name));
        QComboBox *combo = TabSupport::attendanceCombo(line.status, tr("Attendance of %1").arg(line.name));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_dirty = true;
            m_saved->clear();
        });
        m_table->setCellWidget(row, 1, combo);
    }
    if (m_activities.isEmpty())
        m_empty->setText(tr("The team has no group activity yet. Add one under Team, Group activities."));
    else if (m_roster.isEmpty())
        m_empty->setText(tr("Nobody belonged to this group on %1. Participants join a group on the Attendance tab of "
                            "their card.")
                             .arg(m_loadedDate.toString(Qt::ISODate)));
    else
        m_empty->clear();
    m_empty->setVisible(!m_empty->text().isEmpty());
    m_table->setVisible(!m_roster.isEmpty());
    m_allPresent->setEnabled(!m_roster.isEmpty());
    m_save->setEnabled(!m_roster.isEmpty() && !m_team.isReadOnly());
    m_hint->setText(dayHint());
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_error->hide();
    m_saved->clear();
    m_dirty = false;
}

QString GroupRegisterDialog::dayHint() const
{
    for (const GroupActivity &g : m_activities) {
        if (g.id != m_loadedActivity || g.weekdays.isEmpty())
            continue;
        if (g.weekdays.contains(QString::number(m_loadedDate.dayOfWeek())))
            return {};
        return tr("%1 does not usually meet on %2. Check the date before you save.")
            .arg(g.name, QLocale().dayName(m_loadedDate.dayOfWeek()));
    }
    return {};
}

void GroupRegisterDialog::setMark(int row, const QString &status)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1)))
        combo->setCurrentIndex(std::max(0, combo->findData(status)));
}

void GroupRegisterDialog::markAllPresent()
{
    // Only the unmarked: an absence already entered is not overwritten by a sweep.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        if (combo && combo->currentData().toString().isEmpty())
            combo->setCurrentIndex(combo->findData(QStringLiteral("present")));
    }
}

bool GroupRegisterDialog::save()
{
    QList<RegisterMark> marks;
    int present = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString status = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1))->currentData().toString();
        // Unmarked rows that were unmarked on file are left out: nothing to record.
        if (status.isEmpty() && m_roster.at(row).status.isEmpty())
            continue;
        marks << RegisterMark{m_roster.at(row).participantId, status};
        present += status == QLatin1String("present") ? 1 : 0;
    }
    if (marks.isEmpty()) {
        m_error->setText(tr("Mark at least one member before saving."));
        m_error->show();
        return false;
    }
    const qint64 activity = m_loadedActivity;
    const QDate date = m_loadedDate;
    if (!TabSupport::write(m_team, m_error, QStringLiteral("attendance.register"),
                           [&](WriteContext &ctx) { GroupRepository::recordSession(ctx, activity, date, marks); }, std::nullopt))
        return false;
    load();
    m_saved->setText(tr("Saved: %1 of %2 present.").arg(present).arg(m_roster.size()));
    return true;
}

int GroupRegisterDialog::rowCount() const
{
    return m_table->rowCount();
}

QString GroupRegisterDialog::rowName(int row) const
{
    return m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

} // namespace samsyn

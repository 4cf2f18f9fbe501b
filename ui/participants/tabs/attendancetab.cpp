// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/attendancetab.h"

#include "common/sectiontitle.h"
#include "participants/groupregisterdialog.h"
#include "participants/tabs/tabsupport.h"
#include "storage/attendancerepository.h"
#include "storage/grouprepository.h"
#include "teamfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samsyn {

namespace {

QTableWidget *readOnlyTable(const QStringList &headers, const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(objectName != QLatin1String("attendanceSessions"));
    return table;
}

} // namespace

AttendanceTab::AttendanceTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_participantId(participantId),
      m_groups(readOnlyTable({tr("Group activity"), tr("Days"), tr("Member from"), tr("Member until")}, QStringLiteral("attendanceGroups"),
                             tr("Group activities"))),
      m_joinActivity(new QComboBox), m_joinFrom(TabSupport::dateEdit(QStringLiteral("joinFrom"), TabSupport::today(team))),
      m_leaveOn(TabSupport::dateEdit(QStringLiteral("leaveOn"), TabSupport::today(team))),
      m_sessionActivity(new QComboBox), m_sessionDate(TabSupport::dateEdit(QStringLiteral("sessionDate"), TabSupport::today(team))),
      m_from(TabSupport::dateEdit(QStringLiteral("attendanceFrom"), TabSupport::today(team).addMonths(-3))),
      m_to(TabSupport::dateEdit(QStringLiteral("attendanceTo"), TabSupport::today(team))), m_rate(new QLabel),
      m_sessions(readOnlyTable({tr("Date"), tr("Group activity"), tr("Attendance")}, QStringLiteral("attendanceSessions"),
                               tr("Sessions"))),
      m_error(TabSupport::errorLabel(QStringLiteral("attendanceError")))
{
    m_joinActivity->setObjectName(QStringLiteral("joinActivity"));
    m_joinActivity->setAccessibleName(tr("Group to join"));
    m_joinFrom->setAccessibleName(tr("Member from"));
    m_sessionActivity->setObjectName(QStringLiteral("sessionActivity"));
    m_sessionActivity->setAccessibleName(tr("Group of the session"));
    m_sessionDate->setAccessibleName(tr("Date of the session"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period until"));
    m_rate->setObjectName(QStringLiteral("attendanceRate"));
    QFont big = m_rate->font();
    big.setBold(true);
    m_rate->setFont(big);
    m_rate->setWordWrap(true);

    auto *join = new QPushButton(tr("Join"));
    join->setObjectName(QStringLiteral("joinGroup"));
    auto *joinRow = new QHBoxLayout;
    joinRow->addWidget(new QLabel(tr("Join a group:")));
    joinRow->addWidget(m_joinActivity, 1);
    joinRow->addWidget(new QLabel(tr("from")));
    joinRow->addWidget(m_joinFrom);
    joinRow->addWidget(join);

    m_leaveOn->setAccessibleName(tr("Last day in the group"));
    auto *leave = new QPushButton(tr("Leave"));
    leave->setObjectName(QStringLiteral("leaveGroup"));
    auto *leaveRow = new QHBoxLayout;
    leaveRow->addWidget(new QLabel(tr("The selected group's last day:")));
    leaveRow->addWidget(m_leaveOn);
    leaveRow->addWidget(leave);
    leaveRow->addStretch(1);

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:")));
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to")));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);

    auto *add = new QPushButton(tr("Add session"));
    add->setObjectName(QStringLiteral("addSession"));
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(new QLabel(tr("A session was held:")));
    sessionRow->addWidget(m_sessionActivity, 1);
    sessionRow->addWidget(m_sessionDate);
    sessionRow->addWidget(add);
    auto *wholeGroup = new QPushButton(tr("Whole group…"));
    wholeGroup->setObjectName(QStringLiteral("openRegister"));
    wholeGroup->setToolTip(tr("Mark everyone in the group for that day at once"));
    sessionRow->addWidget(wholeGroup);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new SectionTitle(tr("Group activities")));
    layout->addWidget(m_groups);
    layout->addLayout(joinRow);
    layout->addLayout(leaveRow);
    layout->addSpacing(8);
    layout->addWidget(new SectionTitle(tr("Attendance"), tr("Absence with notice counts as absence in the rate; it is shown "
                                                           "separately.")));
    layout->addLayout(periodRow);
    layout->addWidget(m_rate);
    layout->addWidget(m_sessions, 1);
    layout->addLayout(sessionRow);
    layout->addWidget(m_error);
    content->setMaximumWidth(820);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(content, 1);
    outer->addStretch(0);

    connect(join, &QPushButton::clicked, this,
            [this] { joinGroup(m_joinActivity->currentData().toLongLong(), m_joinFrom->date()); });
    connect(leave, &QPushButton::clicked, this, [this] { leaveGroup(m_groups->currentRow(), m_leaveOn->date()); });
    connect(wholeGroup, &QPushButton::clicked, this, &AttendanceTab::openRegister);
    connect(add, &QPushButton::clicked, this,
            [this] { addSession(m_sessionActivity->currentData().toLongLong(), m_sessionDate->date()); });
    connect(m_from, &QDateEdit::dateChanged, this, &AttendanceTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AttendanceTab::reload);
    connect(&team, &TeamFile::changed, this, &AttendanceTab::onTeamChanged);
    reload();
}

QString AttendanceTab::weekdaysText(const QString &weekdays)
{
    QStringList days;
    const QLocale locale;
    for (const QChar c : weekdays)
        days << locale.dayName(c.digitValue(), QLocale::ShortFormat);
    return days.join(QStringLiteral(", "));
}

void AttendanceTab::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void AttendanceTab::reload()
{
    const AttendanceRepository repo(m_team.database());
    m_memberships = repo.memberships(m_participantId);
    m_groups->setRowCount(0);
    m_sessionActivity->clear();
    for (const GroupMembership &g : m_memberships) {
        const int row = m_groups->rowCount();
        m_groups->insertRow(row);
        const QString days = weekdaysText(g.weekdays) + (g.time.isEmpty() ? QString() : QStringLiteral(" ") + g.time);
        const QStringList cells{g.name, days, g.from.toString(Qt::ISODate), g.to.isValid() ? g.to.toString(Qt::ISODate) : tr("ongoing")};
        for (int c = 0; c < cells.size(); ++c)
            m_groups->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (m_sessionActivity->findData(g.activityId) < 0)
            m_sessionActivity->addItem(g.name, g.activityId);
    }
    m_groups->resizeColumnsToContents();
    TabSupport::fitHeight(m_groups, 1);
    m_joinActivity->clear();
    const QDate today = TabSupport::today(m_team);
    for (const GroupMembership &g : repo.activities()) {
        // A group the person is in now is not offered again.
        const bool member = std::any_of(m_memberships.cbegin(), m_memberships.cend(), [&](const GroupMembership &m) {
            return m.activityId == g.activityId && (!m.to.isValid() || m.to >= today);
        });
        if (member)
            continue;
        m_joinActivity->addItem(g.name + QStringLiteral(" (") + weekdaysText(g.weekdays) + QStringLiteral(")"), g.activityId);
    }

    m_rate->setText(rateText());
    const QList<SessionMark> sessions = repo.sessions(m_participantId, m_from->date(), m_to->date());
    m_sessions->setRowCount(0);
    for (const SessionMark &s : sessions) {
        const int row = m_sessions->rowCount();
        m_sessions->insertRow(row);
        m_sessions->setItem(row, 0, new QTableWidgetItem(s.date.toString(Qt::ISODate)));
        m_sessions->setItem(row, 1, new QTableWidgetItem(s.activity));
        QComboBox *combo = TabSupport::attendanceCombo(s.status, tr("Attendance on %1").arg(s.date.toString(Qt::ISODate)));
        const qint64 session = s.sessionId;
        connect(combo, &QComboBox::activated, this, [this, combo, session] {
            const QString status = combo->currentData().toString();
            if (!status.isEmpty())
                mark(session, status);
        });
        m_sessions->setCellWidget(row, 2, combo);
    }
    m_sessions->resizeColumnsToContents();
    m_sessions->setColumnWidth(1, std::max(m_sessions->columnWidth(1), 180));
    m_sessions->setColumnWidth(2, 220);
}

QString AttendanceTab::rateText() const
{
    const AttendanceRate r = AttendanceRepository(m_team.database()).rate(m_participantId, m_from->date(), m_to->date());
    const std::optional<double> percent = r.percent();
    if (!percent)
        return tr("No sessions in the period.");
    return tr("Attendance %1 %: present at %2 of %3 sessions (absent with notice %4, absent %5, not marked %6)")
        .arg(QLocale().toString(*percent, 'f', 0))
        .arg(r.present)
        .arg(r.sessions)
        .arg(r.absentNotified)
        .arg(r.absent)
        .arg(r.unmarked);
}

bool AttendanceTab::joinGroup(qint64 activityId, QDate from)
{
    if (activityId == 0) {
        m_error->setText(tr("The team has no group activity yet."));
        m_error->show();
        return false;
    }
    return TabSupport::write(m_team, m_error, QStringLiteral("attendance.join"),
                             [&](WriteContext &ctx) { AttendanceRepository::addMember(ctx, activityId, m_participantId, from); },
                             m_participantId);
}

bool AttendanceTab::leaveGroup(int row, QDate lastDay)
{
    if (row < 0 || row >= m_memberships.size()) {
        m_error->setText(tr("Select the group the person leaves in the list above."));
        m_error->show();
        return false;
    }
    const GroupMembership g = m_memberships.at(row);
    if (g.to.isValid()) {
        m_error->setText(tr("The person already left %1 on %2.").arg(g.name, g.to.toString(Qt::ISODate)));
        m_error->show();
        return false;
    }
    return TabSupport::write(m_team, m_error, QStringLiteral("attendance.leave"),
                             [&](WriteContext &ctx) { GroupRepository::endMembership(ctx, g.activityId, m_participantId, g.from, lastDay); },
                             m_participantId);
}

void AttendanceTab::openRegister()
{
    GroupRegisterDialog dialog(m_team, m_prompts, m_sessionActivity->currentData().toLongLong(), this);
    if (m_sessionActivity->count() > 0)
        dialog.setSession(m_sessionActivity->currentData().toLongLong(), m_sessionDate->date());
    dialog.exec();
}

bool AttendanceTab::addSession(qint64 activityId, QDate date)
{
    if (activityId == 0) {
        m_error->setText(tr("Join a group first; sessions belong to a group."));
        m_error->show();
        return false;
    }
    return TabSupport::write(m_team, m_error, QStringLiteral("attendance.session"),
                             [&](WriteContext &ctx) {
                                 AttendanceRepository::addSession(ctx, activityId, date);
                                 ctx.setParticipant(m_participantId);
                             },
                             m_participantId);
}

bool AttendanceTab::mark(qint64 sessionId, const QString &status)
{
    return TabSupport::write(m_team, m_error, QStringLiteral("attendance.mark"),
                             [&](WriteContext &ctx) { AttendanceRepository::mark(ctx, sessionId, m_participantId, status); },
                             m_participantId);
}

void AttendanceTab::onTeamChanged(const ChangeSet &changes)
{
    if (changes.participantIds.contains(m_participantId) || changes.touches(QStringLiteral("attendance"))
        || changes.touches(QStringLiteral("all")))
        reload();
}

} // namespace samsyn

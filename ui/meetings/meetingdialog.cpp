// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingdialog.h"

#include "common/editabletable.h"
#include "common/isodateedit.h"
#include "common/tablecells.h"
#include "meetings/meetingservice.h"
#include "participants/settingscombos.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTimeEdit>

namespace samsyn {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

MeetingDialog::MeetingDialog(TeamFile &team, const Meeting &meeting, QWidget *parent)
    : QDialog(parent), m_team(team), m_saved(meeting),
      m_date(makeIsoDateEdit(QStringLiteral("meetingDate"), tr("Date"), meeting.date)), m_time(new QTimeEdit),
      m_place(new QLineEdit), m_chair(new QComboBox), m_members(new QListWidget),
      m_guests(new EditableTable({tr("Guest"), tr("Organisation")}, tr("Guests"))), m_error(new QLabel)
{
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(meeting.id ? tr("Meeting") : tr("New meeting"));
    m_time->setObjectName(QStringLiteral("meetingTime"));
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_place->setObjectName(QStringLiteral("meetingPlace"));
    m_place->setAccessibleName(tr("Place"));
    m_chair->setObjectName(QStringLiteral("meetingChair"));
    m_chair->setAccessibleName(tr("Chair"));
    m_members->setObjectName(QStringLiteral("meetingMembers"));
    m_members->setAccessibleName(tr("Team members attending"));
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    const SettingsRepository settings(team.database());
    SettingsCombos::fillMembers(m_chair, settings);
    for (const Member &m : settings.members()) {
        const auto party = m.partyId ? settings.party(*m.partyId) : std::nullopt;
        auto *item = new QListWidgetItem(party ? tr("%1 (%2)").arg(m.name, party->name) : m.name, m_members);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kIdRole, m.id);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Start time:"), m_time);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Chair:"), m_chair);
    form->addRow(tr("Team members:"), m_members);
    form->addRow(tr("Guests:"), m_guests);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMeeting(meeting);
    resize(600, 640);
}

void MeetingDialog::setMeeting(const Meeting &meeting)
{
    m_date->setDate(meeting.date);
    m_time->setTime(meeting.startTime);
    m_place->setText(meeting.place);
    SettingsCombos::select(m_chair, meeting.chairId ? QVariant(*meeting.chairId) : QVariant());
    for (int i = 0; i < m_members->count(); ++i)
        m_members->item(i)->setCheckState(Qt::Unchecked);
    m_guests->clear();
    for (const MeetingAttendee &a : meeting.attendees) {
        if (a.memberId) {
            for (int i = 0; i < m_members->count(); ++i) {
                if (m_members->item(i)->data(kIdRole).toLongLong() == *a.memberId)
                    m_members->item(i)->setCheckState(Qt::Checked);
            }
        } else {
            const int row = m_guests->addRow();
            cells::setText(m_guests->table(), row, 0, a.guestName);
            cells::setText(m_guests->table(), row, 1, a.guestOrganisation);
        }
    }
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_saved;
    m.date = m_date->date();
    m.startTime = m_time->time();
    m.place = m_place->text().trimmed();
    m.chairId = SettingsCombos::currentId(m_chair);
    m.attendees.clear();
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            m.attendees << MeetingAttendee{m_members->item(i)->data(kIdRole).toLongLong(), {}, {}};
    }
    for (int row = 0; row < m_guests->table()->rowCount(); ++row) {
        const QString name = cells::text(m_guests->table(), row, 0).trimmed();
        if (!name.isEmpty())
            m.attendees << MeetingAttendee{std::nullopt, name, cells::text(m_guests->table(), row, 1).trimmed()};
    }
    return m;
}

void MeetingDialog::accept()
{
    Meeting m = meeting();
    try {
        MeetingService(m_team).save(m);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    m_saved = m;
    QDialog::accept();
}

} // namespace samsyn

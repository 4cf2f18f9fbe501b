// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingseriesdialog.h"

#include "common/isodateedit.h"
#include "meetings/meetingservice.h"
#include "participants/settingscombos.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>

namespace samsyn {

MeetingSeriesDialog::MeetingSeriesDialog(TeamFile &team, QWidget *parent)
    : QDialog(parent), m_team(team), m_weekday(new QComboBox), m_interval(new QSpinBox),
      m_first(makeIsoDateEdit(QStringLiteral("seriesFirst"), tr("First date"), team.clock().today())),
      m_last(makeIsoDateEdit(QStringLiteral("seriesLast"), tr("Last date"), team.clock().today().addMonths(6))),
      m_time(new QTimeEdit(QTime(9, 0))), m_place(new QLineEdit), m_chair(new QComboBox), m_preview(new QLabel),
      m_error(new QLabel)
{
    setObjectName(QStringLiteral("meetingSeriesDialog"));
    setWindowTitle(tr("New season of meetings"));
    m_weekday->setObjectName(QStringLiteral("seriesWeekday"));
    m_weekday->setAccessibleName(tr("Weekday"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_weekday->setCurrentIndex(Qt::Tuesday - 1);
    m_interval->setObjectName(QStringLiteral("seriesInterval"));
    m_interval->setAccessibleName(tr("Every how many weeks"));
    m_interval->setRange(1, 12);
    m_interval->setValue(3);
    m_time->setObjectName(QStringLiteral("seriesTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_place->setObjectName(QStringLiteral("seriesPlace"));
    m_place->setAccessibleName(tr("Place"));
    m_chair->setObjectName(QStringLiteral("seriesChair"));
    m_chair->setAccessibleName(tr("Chair"));
    m_preview->setObjectName(QStringLiteral("seriesPreview"));
    m_preview->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    const SettingsRepository settings(team.database());
    SettingsCombos::fillMembers(m_chair, settings);
    if (team.currentMember())
        SettingsCombos::select(m_chair, QVariant(*team.currentMember()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Every (weeks):"), m_interval);
    form->addRow(tr("On:"), m_weekday);
    form->addRow(tr("From:"), m_first);
    form->addRow(tr("Until:"), m_last);
    form->addRow(tr("At:"), m_time);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Chair:"), m_chair);
    form->addRow(m_preview);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingSeriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &MeetingSeriesDialog::updatePreview);
    connect(m_interval, &QSpinBox::valueChanged, this, &MeetingSeriesDialog::updatePreview);
    connect(m_first, &QDateEdit::dateChanged, this, &MeetingSeriesDialog::updatePreview);
    connect(m_last, &QDateEdit::dateChanged, this, &MeetingSeriesDialog::updatePreview);
    updatePreview();
    resize(480, sizeHint().height());
}

void MeetingSeriesDialog::setSeries(const MeetingSeries &s)
{
    m_weekday->setCurrentIndex(m_weekday->findData(s.weekday));
    m_interval->setValue(s.intervalWeeks);
    m_first->setDate(s.firstDate);
    m_last->setDate(s.lastDate);
    m_time->setTime(s.startTime);
    m_place->setText(s.place);
    SettingsCombos::select(m_chair, s.chairId ? QVariant(*s.chairId) : QVariant());
}

MeetingSeries MeetingSeriesDialog::series() const
{
    MeetingSeries s;
    s.weekday = m_weekday->currentData().toInt();
    s.intervalWeeks = m_interval->value();
    s.firstDate = m_first->date();
    s.lastDate = m_last->date();
    s.startTime = m_time->time();
    s.place = m_place->text().trimmed();
    s.chairId = SettingsCombos::currentId(m_chair);
    return s;
}

void MeetingSeriesDialog::updatePreview()
{
    const QList<QDate> dates = MeetingService::seriesDates(series());
    if (dates.isEmpty()) {
        m_preview->setText(tr("No meeting falls between these dates."));
        return;
    }
    m_preview->setText(tr("%n meeting(s), from %1 to %2.", nullptr, int(dates.size()))
                           .arg(dates.first().toString(Qt::ISODate), dates.last().toString(Qt::ISODate)));
}

void MeetingSeriesDialog::accept()
{
    try {
        m_created = MeetingService(m_team).createSeries(series());
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/enrolmentdialog.h"

#include "participants/settingscombos.h"
#include "participants/tabs/tabsupport.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

EnrolmentDialog::EnrolmentDialog(TeamFile &team, qint64 participantId, QWidget *parent)
    : QDialog(parent), m_team(team), m_participantId(participantId), m_programme(new QComboBox),
      m_start(TabSupport::dateEdit(QStringLiteral("enrolStart"), TabSupport::today(team))),
      m_plannedEnd(TabSupport::dateEdit(QStringLiteral("enrolPlannedEnd"), QDate())), m_coordinator(new QComboBox),
      m_method(new QComboBox), m_registration(new QComboBox), m_income(nullptr), m_occupation(new QComboBox),
      m_education(new QComboBox), m_supportTime(new QComboBox), m_error(TabSupport::errorLabel(QStringLiteral("enrolError")))
{
    setWindowTitle(tr("Enrol in a programme"));
    const SettingsRepository settings(team.database());
    const std::optional<Participant> p = ParticipantRepository(team.database()).get(participantId);

    m_programme->setObjectName(QStringLiteral("enrolProgramme"));
    for (const Programme &programme : settings.programmes())
        m_programme->addItem(programme.name, programme.id);
    m_coordinator->setObjectName(QStringLiteral("enrolCoordinator"));
    SettingsCombos::fillMembers(m_coordinator, settings);
    const std::optional<qint64> coordinator = p && p->coordinatorId ? p->coordinatorId : team.currentMember();
    SettingsCombos::select(m_coordinator, coordinator ? QVariant(*coordinator) : QVariant());
    m_method->setObjectName(QStringLiteral("enrolMethod"));
    SettingsCombos::fillCodes(m_method, settings, QStringLiteral("enrollment_method"));
    m_registration->setObjectName(QStringLiteral("enrolRegistration"));
    m_registration->addItem(tr("Consents to registration for the national follow-up"), QStringLiteral("consent"));
    m_registration->addItem(tr("Anonymous: no consent to registration"), QStringLiteral("anonymous_no_consent"));
    m_registration->addItem(tr("Anonymous: protected identity"), QStringLiteral("anonymous_protected"));
    if (p && p->protectedIdentity)
        m_registration->setCurrentIndex(2);

    m_income = TabSupport::incomeList(settings, QStringLiteral("enrolIncome"));
    m_occupation->setObjectName(QStringLiteral("enrolOccupation"));
    SettingsCombos::fillCodes(m_occupation, settings, CodeTable::Occupation);
    m_education->setObjectName(QStringLiteral("enrolEducation"));
    SettingsCombos::fillCodes(m_education, settings, CodeTable::Education);
    m_supportTime->setObjectName(QStringLiteral("enrolSupportTime"));
    SettingsCombos::fillCodes(m_supportTime, settings, CodeTable::PublicSupportTime);
    if (p) {
        // The situation at start is usually what the record says today.
        TabSupport::setChecked(m_income, p->incomeSources);
        SettingsCombos::select(m_occupation, p->occupation.isEmpty() ? QVariant() : QVariant(p->occupation));
        SettingsCombos::select(m_education, p->education.isEmpty() ? QVariant() : QVariant(p->education));
        SettingsCombos::select(m_supportTime, p->supportTime.isEmpty() ? QVariant() : QVariant(p->supportTime));
    }

    auto *form = new QFormLayout;
    const auto row = [form](const QString &label, QWidget *field) {
        field->setAccessibleName(QString(label).remove(QLatin1Char(':')));
        form->addRow(label, field);
    };
    row(tr("Programme:"), m_programme);
    row(tr("Start date:"), m_start);
    row(tr("Planned end:"), m_plannedEnd);
    row(tr("Coordinator:"), m_coordinator);
    row(tr("Method:"), m_method);
    row(tr("Registration:"), m_registration);
    row(tr("Income sources at start:"), m_income);
    row(tr("Occupation at start:"), m_occupation);
    row(tr("Education:"), m_education);
    row(tr("Time in public support:"), m_supportTime);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Enrol"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_programme, &QComboBox::currentIndexChanged, this, &EnrolmentDialog::updatePlannedEnd);
    connect(m_start, &QDateEdit::dateChanged, this, &EnrolmentDialog::updatePlannedEnd);
    connect(m_plannedEnd, &QDateEdit::editingFinished, this, [this] { m_plannedEndTouched = true; });
    updatePlannedEnd();
}

EnrolmentDialog::EnrolmentDialog(TeamFile &team, const Enrollment &existing, QWidget *parent)
    : EnrolmentDialog(team, existing.participantId, parent)
{
    m_editId = existing.id;
    setWindowTitle(tr("Correct the enrolment"));
    m_ok->setText(tr("Save changes"));
    fill(existing);
}

void EnrolmentDialog::fill(const Enrollment &e)
{
    m_plannedEndTouched = true; // the recorded planned end stays unless the user changes it
    SettingsCombos::select(m_programme, QVariant(e.programmeId));
    m_programme->setEnabled(false);
    m_programme->setToolTip(tr("The programme of an enrolment cannot change; end it and enrol in the other one."));
    m_start->setDate(e.startDate);
    m_plannedEnd->setDate(e.plannedEnd);
    SettingsCombos::select(m_coordinator, e.coordinatorId ? QVariant(*e.coordinatorId) : QVariant());
    SettingsCombos::select(m_method, e.method.isEmpty() ? QVariant() : QVariant(e.method));
    m_registration->setCurrentIndex(std::max(0, m_registration->findData(e.registration)));
    TabSupport::setChecked(m_income, e.incomeAtStart);
    SettingsCombos::select(m_occupation, e.occupation.isEmpty() ? QVariant() : QVariant(e.occupation));
    SettingsCombos::select(m_education, e.education.isEmpty() ? QVariant() : QVariant(e.education));
    SettingsCombos::select(m_supportTime, e.supportTime.isEmpty() ? QVariant() : QVariant(e.supportTime));
}

void EnrolmentDialog::focusField(const QString &objectName)
{
    if (auto *field = findChild<QWidget *>(objectName))
        field->setFocus(Qt::OtherFocusReason);
}

void EnrolmentDialog::updatePlannedEnd()
{
    if (m_plannedEndTouched)
        return;
    const auto programme = SettingsRepository(m_team.database()).programme(m_programme->currentData().toLongLong());
    const int months = programme && programme->maxMonths > 0 ? programme->maxMonths : 12;
    const QSignalBlocker block(m_plannedEnd);
    m_plannedEnd->setDate(m_start->date().addMonths(months));
}

Enrollment EnrolmentDialog::enrollment() const
{
    Enrollment e;
    e.id = m_editId;
    e.participantId = m_participantId;
    e.programmeId = m_programme->currentData().toLongLong();
    e.coordinatorId = SettingsCombos::currentId(m_coordinator);
    e.startDate = m_start->date();
    e.plannedEnd = m_plannedEnd->date();
    e.method = SettingsCombos::currentCode(m_method);
    e.registration = m_registration->currentData().toString();
    e.incomeAtStart = TabSupport::checked(m_income);
    e.occupation = SettingsCombos::currentCode(m_occupation);
    e.education = SettingsCombos::currentCode(m_education);
    e.supportTime = SettingsCombos::currentCode(m_supportTime);
    return e;
}

bool EnrolmentDialog::save()
{
    Enrollment e = enrollment();
    if (m_programme->count() == 0) {
        m_error->setText(tr("The team has no programme yet: add one under Team first."));
        m_error->show();
        return false;
    }
    if (isEdit())
        return TabSupport::write(m_team, m_error, QStringLiteral("enrollment.update"),
                                 [&e](WriteContext &ctx) { EnrollmentRepository::updateStart(ctx, e); }, m_participantId);
    const bool ok = TabSupport::write(m_team, m_error, QStringLiteral("enrollment.create"),
                                      [&e](WriteContext &ctx) { EnrollmentRepository::enrol(ctx, e); }, m_participantId);
    if (ok)
        m_createdId = e.id;
    return ok;
}

void EnrolmentDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace samsyn

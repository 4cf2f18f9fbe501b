// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/exitform.h"

#include "participants/settingscombos.h"
#include "participants/tabs/tabsupport.h"
#include "storage/enrollmentrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace samsyn {

namespace {

QPlainTextEdit *textBox(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

ExitForm::ExitForm(TeamFile &team, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_participantId(participantId), m_heading(new QLabel),
      m_error(TabSupport::errorLabel(QStringLiteral("exitError")))
{
    m_heading->setObjectName(QStringLiteral("exitHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(buildExitFields());
    layout->addWidget(m_error);
    layout->addWidget(buildFollowups());
    layout->addStretch(1);
    setEnrollment(std::nullopt);
}

QWidget *ExitForm::buildExitFields()
{
    const SettingsRepository settings(m_team.database());
    m_fields = new QWidget;
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    const auto row = [form](const QString &label, QWidget *field) {
        field->setAccessibleName(QString(label).remove(QLatin1Char(':')));
        form->addRow(label, field);
    };
    m_endDate = TabSupport::dateEdit(QStringLiteral("exitEndDate"), TabSupport::today(m_team));
    row(tr("End date:"), m_endDate);
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("exitReason"));
    SettingsCombos::fillCodes(m_reason, settings, CodeTable::ExitReason);
    m_reason->setItemText(0, tr("(choose a reason)"));
    row(tr("Exit reason:"), m_reason);
    m_incomeAfter = TabSupport::incomeList(settings, QStringLiteral("exitIncomeAfter"));
    row(tr("Income sources after:"), m_incomeAfter);
    m_occupationAfter = new QComboBox;
    m_occupationAfter->setObjectName(QStringLiteral("exitOccupationAfter"));
    SettingsCombos::fillCodes(m_occupationAfter, settings, CodeTable::Occupation);
    row(tr("Occupation after:"), m_occupationAfter);
    m_extent = new QSpinBox;
    m_extent->setObjectName(QStringLiteral("exitExtent"));
    m_extent->setRange(-1, 100);
    m_extent->setSpecialValueText(tr("(not recorded)"));
    m_extent->setSuffix(tr(" %"));
    m_extent->setValue(-1);
    row(tr("Extent of work or studies:"), m_extent);
    m_onwardPlan = textBox(QStringLiteral("exitOnwardPlan"));
    row(tr("Onward plan:"), m_onwardPlan);
    m_handoverParty = new QComboBox;
    m_handoverParty->setObjectName(QStringLiteral("exitHandoverParty"));
    TabSupport::fillParties(m_handoverParty, settings);
    row(tr("Handed over to:"), m_handoverParty);
    m_handoverContact = new QLineEdit;
    m_handoverContact->setObjectName(QStringLiteral("exitHandoverContact"));
    row(tr("Contact there:"), m_handoverContact);
    m_sipContinues = new QCheckBox(tr("The SIP continues after the exit"));
    m_sipContinues->setObjectName(QStringLiteral("exitSipContinues"));
    form->addRow(QString(), m_sipContinues);
    m_ownView = textBox(QStringLiteral("exitOwnView"));
    row(tr("The person's own view:"), m_ownView);
    m_readier = new QComboBox;
    m_readier->setObjectName(QStringLiteral("exitReadier"));
    m_readier->addItem(tr("(not answered)"));
    m_readier->addItem(tr("Yes"), true);
    m_readier->addItem(tr("No"), false);
    row(tr("Closer to work or studies, in their own view:"), m_readier);
    m_record = new QPushButton(tr("Record exit"));
    m_record->setObjectName(QStringLiteral("recordExit"));
    form->addRow(QString(), m_record);
    connect(m_record, &QPushButton::clicked, this, &ExitForm::recordExit);
    return m_fields;
}

QGroupBox *ExitForm::buildFollowups()
{
    m_followupBox = new QGroupBox(tr("Follow-ups after exit"));
    m_followupBox->setObjectName(QStringLiteral("exitFollowups"));
    auto *grid = new QGridLayout(m_followupBox);
    grid->addWidget(new QLabel(tr("Due")), 0, 1);
    grid->addWidget(new QLabel(tr("Done on")), 0, 2);
    grid->addWidget(new QLabel(tr("Result")), 0, 3);
    for (int i = 0; i < 2; ++i) {
        Followup &f = m_followups[i];
        const QString n = QString::number(i + 1);
        f.due = new QLabel;
        f.done = TabSupport::dateEdit(QStringLiteral("followupDone") + n, TabSupport::today(m_team));
        f.done->setAccessibleName(tr("Follow-up %1 done on").arg(n));
        f.result = new QLineEdit;
        f.result->setObjectName(QStringLiteral("followupResult") + n);
        f.result->setAccessibleName(tr("Follow-up %1 result").arg(n));
        f.result->setPlaceholderText(tr("e.g. still working 50 %, no support needed"));
        f.record = new QPushButton(tr("Record"));
        f.record->setObjectName(QStringLiteral("recordFollowup") + n);
        grid->addWidget(new QLabel(i == 0 ? tr("First follow-up") : tr("Second follow-up")), i + 1, 0);
        grid->addWidget(f.due, i + 1, 1);
        grid->addWidget(f.done, i + 1, 2);
        grid->addWidget(f.result, i + 1, 3);
        grid->addWidget(f.record, i + 1, 4);
        connect(f.record, &QPushButton::clicked, this, [this, i] { recordFollowup(i + 1); });
    }
    grid->setColumnStretch(3, 1);
    return m_followupBox;
}

void ExitForm::setEnrollment(const std::optional<Enrollment> &enrollment)
{
    m_enrollment = enrollment;
    m_error->hide();
    m_fields->setVisible(enrollment.has_value());
    m_followupBox->setVisible(enrollment && enrollment->exit);
    if (!enrollment) {
        m_heading->setText(tr("No enrolment yet. Enrol the participant in a programme above; the exit is recorded here."));
        return;
    }
    const auto programme = SettingsRepository(m_team.database()).programme(enrollment->programmeId);
    const QString name = programme ? programme->name : QString();
    if (!enrollment->exit) {
        m_heading->setText(tr("Exit from %1 (enrolled %2)").arg(name, enrollment->startDate.toString(Qt::ISODate)));
        EnrollmentExit blank;
        blank.endDate = TabSupport::today(m_team);
        showValues(blank);
        setEditable(true);
        return;
    }
    m_heading->setText(tr("Exited %1 on %2").arg(name, enrollment->exit->endDate.toString(Qt::ISODate)));
    showValues(*enrollment->exit);
    setEditable(false);
    const EnrollmentExit &x = *enrollment->exit;
    const QDate due[2] = {x.followup1Due, x.followup2Due};
    const QDate done[2] = {x.followup1Done, x.followup2Done};
    const QString result[2] = {x.followup1Result, x.followup2Result};
    for (int i = 0; i < 2; ++i) {
        Followup &f = m_followups[i];
        f.due->setText(due[i].toString(Qt::ISODate));
        f.done->setDate(done[i].isValid() ? done[i] : std::max(TabSupport::today(m_team), x.endDate));
        f.result->setText(result[i]);
        f.record->setText(done[i].isValid() ? tr("Update") : tr("Record"));
    }
}

void ExitForm::showValues(const EnrollmentExit &x)
{
    m_endDate->setDate(x.endDate);
    SettingsCombos::select(m_reason, x.reason.isEmpty() ? QVariant() : QVariant(x.reason));
    TabSupport::setChecked(m_incomeAfter, x.incomeAfter);
    SettingsCombos::select(m_occupationAfter, x.occupationAfter.isEmpty() ? QVariant() : QVariant(x.occupationAfter));
    m_extent->setValue(x.extentPercent.value_or(-1));
    m_onwardPlan->setPlainText(x.onwardPlan);
    SettingsCombos::select(m_handoverParty, x.handoverPartyId ? QVariant(*x.handoverPartyId) : QVariant());
    m_handoverContact->setText(x.handoverContact);
    m_sipContinues->setChecked(x.sipContinues);
    m_ownView->setPlainText(x.ownView);
    m_readier->setCurrentIndex(!x.readier ? 0 : (*x.readier ? 1 : 2));
}

void ExitForm::setEditable(bool editable)
{
    // Texts stay readable and selectable when recorded; choices are simply disabled.
    m_onwardPlan->setReadOnly(!editable);
    m_ownView->setReadOnly(!editable);
    m_handoverContact->setReadOnly(!editable);
    for (QWidget *w : {static_cast<QWidget *>(m_endDate), static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_incomeAfter),
                       static_cast<QWidget *>(m_occupationAfter), static_cast<QWidget *>(m_extent),
                       static_cast<QWidget *>(m_handoverParty), static_cast<QWidget *>(m_sipContinues),
                       static_cast<QWidget *>(m_readier)})
        w->setEnabled(editable);
    m_record->setVisible(editable);
}

EnrollmentExit ExitForm::values() const
{
    EnrollmentExit x;
    x.endDate = m_endDate->date();
    x.reason = SettingsCombos::currentCode(m_reason);
    x.incomeAfter = TabSupport::checked(m_incomeAfter);
    x.occupationAfter = SettingsCombos::currentCode(m_occupationAfter);
    if (m_extent->value() >= 0)
        x.extentPercent = m_extent->value();
    x.onwardPlan = m_onwardPlan->toPlainText();
    x.handoverPartyId = SettingsCombos::currentId(m_handoverParty);
    x.handoverContact = m_handoverContact->text();
    x.sipContinues = m_sipContinues->isChecked();
    x.ownView = m_ownView->toPlainText();
    if (m_readier->currentData().isValid())
        x.readier = m_readier->currentData().toBool();
    return x;
}

bool ExitForm::recordExit()
{
    if (!m_enrollment || m_enrollment->exit)
        return false;
    const qint64 id = m_enrollment->id;
    const EnrollmentExit x = values();
    return TabSupport::write(m_team, m_error, QStringLiteral("enrollment.exit"),
                             [&](WriteContext &ctx) { EnrollmentRepository::exit(ctx, id, x); }, m_participantId);
}

bool ExitForm::recordFollowup(int which)
{
    if (!m_enrollment || !m_enrollment->exit || (which != 1 && which != 2))
        return false;
    const qint64 id = m_enrollment->id;
    const Followup &f = m_followups[which - 1];
    const QDate done = f.done->date();
    const QString result = f.result->text();
    return TabSupport::write(m_team, m_error, QStringLiteral("enrollment.exit_followup"),
                             [&](WriteContext &ctx) { EnrollmentRepository::recordFollowup(ctx, id, which, done, result); },
                             m_participantId);
}

} // namespace samsyn

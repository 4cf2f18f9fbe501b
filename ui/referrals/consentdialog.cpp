// SPDX-License-Identifier: EUPL-1.2
#include "referrals/consentdialog.h"

#include "common/isodateedit.h"
#include "participants/settingscombos.h"
#include "referrals/referralservice.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>

namespace samsyn {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

ConsentDialog::ConsentDialog(TeamFile &team, qint64 participantId, QWidget *parent)
    : QDialog(parent), m_team(team), m_participantId(participantId), m_parties(new QListWidget),
      m_purpose(new QComboBox), m_given(makeIsoDateEdit(QStringLiteral("givenOn"), tr("Given on"), team.clock().today())),
      m_written(new QRadioButton(tr("Written"))), m_oral(new QRadioButton(tr("Oral"))), m_recordedBy(new QComboBox),
      m_validUntil(makeIsoDateEdit(QStringLiteral("validUntil"), tr("Valid until"), team.clock().today().addYears(1))),
      m_note(new QLineEdit), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("consentDialog"));
    setStyleSheet(FieldFeedback::styleSheet());
    const auto person = ParticipantRepository(team.database()).get(participantId);
    setWindowTitle(tr("Consent for %1").arg(person ? person->displayName() : QString()));
    m_parties->setObjectName(QStringLiteral("consentParties"));
    m_parties->setAccessibleName(tr("Parties the consent covers"));
    m_parties->setMaximumHeight(150);
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_written->setObjectName(QStringLiteral("consentWritten"));
    m_oral->setObjectName(QStringLiteral("consentOral"));
    m_recordedBy->setObjectName(QStringLiteral("recordedBy"));
    m_recordedBy->setAccessibleName(tr("Recorded by"));
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_note->setAccessibleName(tr("Note"));
    m_error->setProperty("problem", true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record consent"));

    const SettingsRepository settings(team.database());
    for (const Party &party : settings.parties()) {
        auto *item = new QListWidgetItem(party.name, m_parties);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kIdRole, party.id);
    }
    for (ConsentPurpose purpose : {ConsentPurpose::InformationExchange, ConsentPurpose::Sip, ConsentPurpose::FollowUpRegistration})
        m_purpose->addItem(ConsentCodes::label(purpose), int(purpose));
    SettingsCombos::fillMembers(m_recordedBy, settings);
    if (team.currentMember())
        SettingsCombos::select(m_recordedBy, QVariant(*team.currentMember()));
    auto *formGroup = new QButtonGroup(this);
    formGroup->addButton(m_written);
    formGroup->addButton(m_oral);
    m_written->setChecked(true);
    m_recordedBy->setEnabled(false);

    auto *formRow = new QHBoxLayout;
    formRow->addWidget(m_written);
    formRow->addWidget(m_oral);
    formRow->addWidget(new QLabel(tr("recorded by")));
    formRow->addWidget(m_feedback.wrap(QStringLiteral("recordedBy"), m_recordedBy), 1);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Parties:"), m_feedback.wrap(QStringLiteral("parties"), m_parties));
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("Given on:"), m_feedback.wrap(QStringLiteral("givenOn"), m_given));
    form->addRow(tr("Form:"), formRow);
    form->addRow(tr("Valid until:"), m_feedback.wrap(QStringLiteral("validUntil"), m_validUntil));
    form->addRow(tr("Note:"), m_feedback.wrap(QStringLiteral("note"), m_note));
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_oral, &QRadioButton::toggled, m_recordedBy, &QWidget::setEnabled);
    connect(m_oral, &QRadioButton::toggled, this, &ConsentDialog::validate);
    connect(m_recordedBy, &QComboBox::currentIndexChanged, this, &ConsentDialog::validate);
    connect(m_parties, &QListWidget::itemChanged, this, &ConsentDialog::validate);
    connect(m_given, &QDateEdit::dateChanged, this, &ConsentDialog::validate);
    connect(m_validUntil, &QDateEdit::dateChanged, this, &ConsentDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

void ConsentDialog::setConsent(const Consent &c)
{
    for (int i = 0; i < m_parties->count(); ++i) {
        QListWidgetItem *item = m_parties->item(i);
        item->setCheckState(c.partyIds.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_purpose->setCurrentIndex(m_purpose->findData(int(c.purpose)));
    m_given->setDate(c.givenOn);
    (c.form == ConsentForm::Oral ? m_oral : m_written)->setChecked(true);
    SettingsCombos::select(m_recordedBy, c.recordedBy ? QVariant(*c.recordedBy) : QVariant());
    m_validUntil->setDate(c.validUntil);
    m_note->setText(c.note);
    validate();
}

Consent ConsentDialog::consent() const
{
    Consent c;
    c.participantId = m_participantId;
    c.purpose = static_cast<ConsentPurpose>(m_purpose->currentData().toInt());
    c.givenOn = m_given->date();
    c.form = m_oral->isChecked() ? ConsentForm::Oral : ConsentForm::Written;
    if (c.form == ConsentForm::Oral)
        c.recordedBy = SettingsCombos::currentId(m_recordedBy);
    c.validUntil = m_validUntil->date();
    c.note = m_note->text().trimmed();
    for (int i = 0; i < m_parties->count(); ++i) {
        if (m_parties->item(i)->checkState() == Qt::Checked)
            c.partyIds << m_parties->item(i)->data(kIdRole).toLongLong();
    }
    return c;
}

void ConsentDialog::validate()
{
    const QList<FieldProblem> problems = consent().validate(m_team.clock().today());
    QList<FieldProblem> shown;
    for (const FieldProblem &p : problems) {
        if (p.field != QStringLiteral("parties")) // nothing ticked yet is where everyone starts
            shown << p;
    }
    m_feedback.show(shown);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void ConsentDialog::accept()
{
    Consent c = consent();
    const QList<FieldProblem> problems = c.validate(m_team.clock().today());
    if (!problems.isEmpty()) {
        m_feedback.show(problems);
        return;
    }
    try {
        m_savedId = ReferralService(m_team).recordConsent(c);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace samsyn

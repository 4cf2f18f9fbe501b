// SPDX-License-Identifier: EUPL-1.2
#include "referrals/referraldialog.h"

#include "common/isodateedit.h"
#include "participants/settingscombos.h"
#include "referrals/attachmentlisteditor.h"
#include "referrals/participantchooser.h"
#include "referrals/referralservice.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

namespace {

QPlainTextEdit *textBox(const QString &name, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    return edit;
}

QLineEdit *lineBox(const QString &name, const QString &accessibleName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ReferralDialog::ReferralDialog(TeamFile &team, std::optional<qint64> participantId, QWidget *parent)
    : QDialog(parent), m_team(team)
{
    m_chooser = new ParticipantChooser(team);
    build();
    setWindowTitle(tr("New referral"));
    if (participantId)
        m_chooser->chooseExisting(*participantId);
    validate();
}

ReferralDialog::ReferralDialog(TeamFile &team, const Referral &existing, QWidget *parent)
    : QDialog(parent), m_team(team), m_existing(existing)
{
    const auto p = ParticipantRepository(team.database()).get(existing.participantId);
    setWindowTitle(tr("Referral for %1").arg(p ? p->displayName() : QString()));
    build();
    setReferral(existing);
    validate();
}

void ReferralDialog::build()
{
    setObjectName(QStringLiteral("referralDialog"));
    setStyleSheet(FieldFeedback::styleSheet());
    m_received = makeIsoDateEdit(QStringLiteral("receivedOn"), tr("Date received"), m_team.clock().today());
    m_party = new QComboBox;
    m_party->setObjectName(QStringLiteral("referringParty"));
    m_party->setAccessibleName(tr("Referring party"));
    m_handlerName = lineBox(QStringLiteral("handlerName"), tr("Case officer's name"));
    m_handlerPhone = lineBox(QStringLiteral("handlerPhone"), tr("Case officer's phone"));
    m_handlerEmail = lineBox(QStringLiteral("handlerEmail"), tr("Case officer's e-mail"));
    m_reason = textBox(QStringLiteral("reason"), tr("Reason for the referral"));
    m_tried = textBox(QStringLiteral("triedAlready"), tr("What the party has tried already"));
    m_wish = textBox(QStringLiteral("ownWish"), tr("The person's own wish"));
    m_income = new QComboBox;
    m_income->setObjectName(QStringLiteral("incomeSource"));
    m_income->setAccessibleName(tr("Income source at referral"));
    m_occupation = new QComboBox;
    m_occupation->setObjectName(QStringLiteral("occupation"));
    m_occupation->setAccessibleName(tr("Occupation at referral"));
    m_contacts = textBox(QStringLiteral("currentContacts"), tr("Current contacts with care and agencies"));
    m_attachments = new AttachmentListEditor;
    m_programme = new QComboBox;
    m_programme->setObjectName(QStringLiteral("programme"));
    m_programme->setAccessibleName(tr("Programme"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("referralError"));
    m_error->setProperty("problem", true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("Save") : tr("Register"));

    const SettingsRepository settings(m_team.database());
    m_party->addItem(tr("(choose)"));
    for (const Party &party : settings.parties())
        m_party->addItem(party.name, party.id);
    m_programme->addItem(tr("(not chosen yet)"));
    for (const Programme &programme : settings.programmes())
        m_programme->addItem(programme.name, programme.id);
    SettingsCombos::fillCodes(m_income, settings, CodeTable::IncomeSource);
    SettingsCombos::fillCodes(m_occupation, settings, CodeTable::Occupation);

    auto *who = new QGroupBox(tr("Who is referred"));
    auto *whoLayout = new QVBoxLayout(who);
    if (m_chooser)
        whoLayout->addWidget(m_feedback.wrap(QStringLiteral("participant"), m_chooser));
    else
        whoLayout->addWidget(new QLabel(windowTitle()));

    auto *from = new QGroupBox(tr("From"));
    auto *fromForm = new QFormLayout(from);
    fromForm->addRow(tr("Received:"), m_feedback.wrap(QStringLiteral("receivedOn"), m_received));
    fromForm->addRow(tr("Referring party:"), m_feedback.wrap(QStringLiteral("referringParty"), m_party));
    fromForm->addRow(tr("Case officer:"), m_feedback.wrap(QStringLiteral("handlerName"), m_handlerName));
    fromForm->addRow(tr("Phone:"), m_feedback.wrap(QStringLiteral("handlerPhone"), m_handlerPhone));
    fromForm->addRow(tr("E-mail:"), m_feedback.wrap(QStringLiteral("handlerEmail"), m_handlerEmail));
    fromForm->addRow(tr("Programme:"), m_programme);

    auto *situation = new QGroupBox(tr("The situation"));
    auto *situationForm = new QFormLayout(situation);
    situationForm->addRow(tr("Reason:"), m_reason);
    situationForm->addRow(tr("Tried already:"), m_tried);
    situationForm->addRow(tr("Own wish:"), m_wish);
    situationForm->addRow(tr("Income source:"), m_income);
    situationForm->addRow(tr("Occupation:"), m_occupation);
    situationForm->addRow(tr("Current contacts:"), m_contacts);
    situationForm->addRow(tr("Attachments:"), m_feedback.wrap(QStringLiteral("attachments"), m_attachments));
    m_feedback.alias(QStringLiteral("text"), QStringLiteral("attachments"));

    auto *left = new QVBoxLayout;
    left->addWidget(who);
    left->addWidget(from);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(situation, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_chooser)
        connect(m_chooser, &ParticipantChooser::edited, this, &ReferralDialog::validate);
    connect(m_party, &QComboBox::currentIndexChanged, this, &ReferralDialog::validate);
    connect(m_received, &QDateEdit::dateChanged, this, &ReferralDialog::validate);
    resize(1100, 720);
}

void ReferralDialog::setReferral(const Referral &r)
{
    m_received->setDate(r.receivedOn);
    SettingsCombos::select(m_party, r.referringPartyId > 0 ? QVariant(r.referringPartyId) : QVariant());
    m_handlerName->setText(r.handlerName);
    m_handlerPhone->setText(r.handlerPhone);
    m_handlerEmail->setText(r.handlerEmail);
    m_reason->setPlainText(r.reason);
    m_tried->setPlainText(r.triedAlready);
    m_wish->setPlainText(r.ownWish);
    SettingsCombos::select(m_income, r.incomeSource.isEmpty() ? QVariant() : QVariant(r.incomeSource));
    SettingsCombos::select(m_occupation, r.occupation.isEmpty() ? QVariant() : QVariant(r.occupation));
    m_contacts->setPlainText(r.currentContacts);
    m_attachments->setNames(r.attachments);
    SettingsCombos::select(m_programme, r.programmeId ? QVariant(*r.programmeId) : QVariant());
}

Referral ReferralDialog::referral() const
{
    Referral r = m_existing.value_or(Referral{});
    if (m_chooser)
        r.participantId = m_chooser->existingId().value_or(0);
    r.receivedOn = m_received->date();
    r.referringPartyId = SettingsCombos::currentId(m_party).value_or(0);
    r.handlerName = m_handlerName->text().trimmed();
    r.handlerPhone = m_handlerPhone->text().trimmed();
    r.handlerEmail = m_handlerEmail->text().trimmed();
    r.reason = m_reason->toPlainText().trimmed();
    r.triedAlready = m_tried->toPlainText().trimmed();
    r.ownWish = m_wish->toPlainText().trimmed();
    r.incomeSource = SettingsCombos::currentCode(m_income);
    r.occupation = SettingsCombos::currentCode(m_occupation);
    r.currentContacts = m_contacts->toPlainText().trimmed();
    r.attachments = m_attachments->names();
    r.programmeId = SettingsCombos::currentId(m_programme);
    return r;
}

QString ReferralDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ReferralDialog::validate()
{
    QList<FieldProblem> problems;
    Referral r = referral();
    const bool creatingPerson = m_chooser && m_chooser->isNew();
    if (creatingPerson) {
        QList<FieldProblem> personProblems;
        m_chooser->newParticipant(&personProblems);
        // Untouched empty fields are not shouted about; the button waits for them.
        m_chooser->showProblems({});
        if (!personProblems.isEmpty())
            problems << FieldProblem{QStringLiteral("person"), {}};
        r.participantId = 1; // the person is checked on its own
    }
    for (const FieldProblem &p : r.validate(m_team.clock().today())) {
        if (p.field == QStringLiteral("participant"))
            problems << FieldProblem{QStringLiteral("person"), {}};
        else
            problems << p;
    }
    QList<FieldProblem> shown;
    for (const FieldProblem &p : problems) {
        if (!p.message.isEmpty() && p.field != QStringLiteral("referringParty"))
            shown << p;
    }
    m_feedback.show(shown);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void ReferralDialog::accept()
{
    Referral r = referral();
    QList<FieldProblem> problems;
    Participant person;
    const bool creatingPerson = m_chooser && m_chooser->isNew();
    if (creatingPerson) {
        person = m_chooser->newParticipant(&problems);
        m_chooser->showProblems(problems);
    } else if (r.participantId <= 0) {
        problems << FieldProblem{QStringLiteral("participant"), tr("Choose the participant, or create a new one.")};
    }
    if (creatingPerson)
        r.participantId = 1; // set by the service when the person is created
    for (const FieldProblem &p : r.validate(m_team.clock().today()))
        problems << p;
    if (!problems.isEmpty()) {
        m_feedback.show(problems);
        m_error->setText(problems.first().message);
        m_error->show();
        return;
    }
    try {
        ReferralService service(m_team);
        if (m_existing) {
            service.update(r);
            m_savedId = r.id;
        } else {
            if (creatingPerson)
                r.participantId = 0;
            m_savedId = service.create(r, creatingPerson ? &person : nullptr);
        }
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace samsyn

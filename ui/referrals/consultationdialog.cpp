// SPDX-License-Identifier: EUPL-1.2
#include "referrals/consultationdialog.h"

#include "common/isodateedit.h"
#include "participants/settingscombos.h"
#include "referrals/referralservice.h"
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
#include <QPlainTextEdit>
#include <QPushButton>

namespace samsyn {

ConsultationDialog::ConsultationDialog(TeamFile &team, const Consultation &consultation, QWidget *parent)
    : QDialog(parent), m_team(team), m_id(consultation.id),
      m_date(makeIsoDateEdit(QStringLiteral("consultationDate"), tr("Date"), team.clock().today())), m_party(new QComboBox),
      m_handler(new QLineEdit), m_question(new QPlainTextEdit), m_advice(new QPlainTextEdit), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("consultationDialog"));
    setWindowTitle(m_id ? tr("Consultation") : tr("New consultation"));
    m_party->setObjectName(QStringLiteral("consultationParty"));
    m_party->setAccessibleName(tr("Party"));
    m_handler->setObjectName(QStringLiteral("consultationHandler"));
    m_handler->setAccessibleName(tr("Case officer"));
    m_question->setObjectName(QStringLiteral("consultationQuestion"));
    m_question->setAccessibleName(tr("Question"));
    m_question->setTabChangesFocus(true);
    m_advice->setObjectName(QStringLiteral("consultationAdvice"));
    m_advice->setAccessibleName(tr("The team's advice"));
    m_advice->setTabChangesFocus(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_party->addItem(tr("(choose)"));
    for (const Party &party : SettingsRepository(team.database()).parties())
        m_party->addItem(party.name, party.id);

    auto *note = new QLabel(tr("No person is recorded for a consultation: describe the case without names or "
                               "personnummer."));
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Party:"), m_party);
    form->addRow(tr("Case officer:"), m_handler);
    form->addRow(tr("Question:"), m_question);
    form->addRow(tr("Advice:"), m_advice);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConsultationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_party, &QComboBox::currentIndexChanged, this, &ConsultationDialog::validate);
    connect(m_question, &QPlainTextEdit::textChanged, this, &ConsultationDialog::validate);
    if (m_id)
        setConsultation(consultation);
    validate();
    resize(560, 520);
}

void ConsultationDialog::setConsultation(const Consultation &c)
{
    m_id = c.id;
    m_date->setDate(c.heldOn);
    SettingsCombos::select(m_party, c.partyId > 0 ? QVariant(c.partyId) : QVariant());
    m_handler->setText(c.handlerName);
    m_question->setPlainText(c.question);
    m_advice->setPlainText(c.advice);
}

Consultation ConsultationDialog::consultation() const
{
    Consultation c;
    c.id = m_id;
    c.heldOn = m_date->date();
    c.partyId = SettingsCombos::currentId(m_party).value_or(0);
    c.handlerName = m_handler->text().trimmed();
    c.question = m_question->toPlainText().trimmed();
    c.advice = m_advice->toPlainText().trimmed();
    return c;
}

void ConsultationDialog::validate()
{
    const Consultation c = consultation();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(c.partyId > 0 && !c.question.isEmpty());
}

void ConsultationDialog::accept()
{
    Consultation c = consultation();
    try {
        m_savedId = ReferralService(m_team).recordConsultation(c);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace samsyn

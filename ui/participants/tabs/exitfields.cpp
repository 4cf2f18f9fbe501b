// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/exitfields.h"

#include "participants/settingscombos.h"
#include "participants/tabs/tabsupport.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

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

ExitFields::ExitFields(TeamFile &team, QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    const SettingsRepository settings(team.database());
    m_form->setContentsMargins(0, 0, 0, 0);
    const auto row = [this](const QString &label, QWidget *field) {
        field->setAccessibleName(QString(label).remove(QLatin1Char(':')));
        m_form->addRow(label, field);
    };
    m_endDate = TabSupport::dateEdit(QStringLiteral("exitEndDate"), TabSupport::today(team));
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
    m_form->addRow(QString(), m_sipContinues);
    m_ownView = textBox(QStringLiteral("exitOwnView"));
    row(tr("The person's own view:"), m_ownView);
    m_readier = new QComboBox;
    m_readier->setObjectName(QStringLiteral("exitReadier"));
    m_readier->addItem(tr("(not answered)"));
    m_readier->addItem(tr("Yes"), true);
    m_readier->addItem(tr("No"), false);
    row(tr("Closer to work or studies, in their own view:"), m_readier);

    connect(m_endDate, &QDateEdit::dateChanged, this, &ExitFields::edited);
    for (QComboBox *combo : {m_reason, m_occupationAfter, m_handoverParty, m_readier})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExitFields::edited);
    connect(m_incomeAfter, &QListWidget::itemChanged, this, &ExitFields::edited);
    connect(m_extent, &QSpinBox::valueChanged, this, &ExitFields::edited);
    connect(m_onwardPlan, &QPlainTextEdit::textChanged, this, &ExitFields::edited);
    connect(m_ownView, &QPlainTextEdit::textChanged, this, &ExitFields::edited);
    connect(m_handoverContact, &QLineEdit::textChanged, this, &ExitFields::edited);
    connect(m_sipContinues, &QCheckBox::toggled, this, &ExitFields::edited);
}

void ExitFields::showValues(const EnrollmentExit &x)
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

void ExitFields::setEditable(bool editable)
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
}

EnrollmentExit ExitFields::values() const
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

} // namespace samsyn

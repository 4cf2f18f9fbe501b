// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/sipfollowupdialog.h"

#include "participants/tabs/tabsupport.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

SipFollowupDialog::SipFollowupDialog(QDate today, int currentVersion, QWidget *parent)
    : QDialog(parent), m_date(TabSupport::dateEdit(QStringLiteral("followupDate"), today)), m_text(new QPlainTextEdit)
{
    setWindowTitle(tr("SIP follow-up"));
    auto *explanation = new QLabel(tr("The follow-up writes version %1 of the plan from version %2. Version %2 is kept "
                                      "unchanged and can still be read and printed.")
                                       .arg(currentVersion + 1)
                                       .arg(currentVersion));
    explanation->setWordWrap(true);
    m_date->setAccessibleName(tr("Follow-up date"));
    m_text->setObjectName(QStringLiteral("followupText"));
    m_text->setAccessibleName(tr("What the follow-up found"));
    m_text->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Date of the follow-up:"), m_date);
    form->addRow(tr("What the follow-up found:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write version %1").arg(currentVersion + 1));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate SipFollowupDialog::date() const
{
    return m_date->date();
}

QString SipFollowupDialog::logText() const
{
    return m_text->toPlainText();
}

} // namespace samsyn

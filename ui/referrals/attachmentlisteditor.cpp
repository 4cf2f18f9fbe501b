// SPDX-License-Identifier: EUPL-1.2
#include "referrals/attachmentlisteditor.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace samsyn {

AttachmentListEditor::AttachmentListEditor(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_name(new QLineEdit), m_add(new QPushButton(tr("Add"))),
      m_remove(new QPushButton(tr("Remove")))
{
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setMaximumHeight(90);
    m_name->setObjectName(QStringLiteral("attachmentName"));
    m_name->setAccessibleName(tr("Attachment name"));
    m_name->setPlaceholderText(tr("e.g. Läkarintyg 2026-10-12"));
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_remove, 1, 1, Qt::AlignTop);

    connect(m_add, &QPushButton::clicked, this, &AttachmentListEditor::addTyped);
    connect(m_name, &QLineEdit::returnPressed, this, &AttachmentListEditor::addTyped);
    connect(m_name, &QLineEdit::textChanged, this, &AttachmentListEditor::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentListEditor::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        updateButtons();
    });
    updateButtons();
}

QStringList AttachmentListEditor::names() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString name = m_list->item(i)->text().trimmed();
        if (!name.isEmpty())
            result << name;
    }
    return result;
}

void AttachmentListEditor::setNames(const QStringList &names)
{
    m_list->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

void AttachmentListEditor::addTyped()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || names().contains(name))
        return;
    auto *item = new QListWidgetItem(name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_name->clear();
    updateButtons();
}

void AttachmentListEditor::updateButtons()
{
    m_add->setEnabled(!m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace samsyn

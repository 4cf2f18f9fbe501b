// SPDX-License-Identifier: EUPL-1.2
#include "participants/fieldfeedback.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace samsyn {

QWidget *FieldFeedback::wrap(const QString &field, QWidget *editor)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *message = new QLabel(box);
    message->setObjectName(field + QStringLiteral("Problem"));
    message->setProperty("problem", true);
    message->setWordWrap(true);
    message->hide();
    layout->addWidget(message);
    m_slots.insert(field, Slot{editor, message});
    return box;
}

void FieldFeedback::alias(const QString &field, const QString &shownAt)
{
    m_aliases.insert(field, shownAt);
}

void FieldFeedback::show(const QList<FieldProblem> &problems)
{
    m_current.clear();
    for (const FieldProblem &problem : problems) {
        const QString key = m_aliases.value(problem.field, problem.field);
        QString &text = m_current[key];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + problem.message;
    }
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        const Slot &slot = it.value();
        if (!slot.editor || !slot.message)
            continue;
        const QString text = m_current.value(it.key());
        slot.message->setText(text);
        slot.message->setVisible(!text.isEmpty());
        slot.editor->setAccessibleDescription(text);
        if (slot.editor->property("invalid").toBool() != !text.isEmpty()) {
            slot.editor->setProperty("invalid", !text.isEmpty());
            slot.editor->style()->unpolish(slot.editor);
            slot.editor->style()->polish(slot.editor);
        }
    }
}

QString FieldFeedback::styleSheet()
{
    return QStringLiteral("*[invalid=\"true\"] { border: 1px solid #c62828; background: #fff4f4; }"
                          "QLabel[problem=\"true\"] { color: #b71c1c; }");
}

} // namespace samsyn

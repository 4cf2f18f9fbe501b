// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QHash>
#include <QList>
#include <QPointer>

class QLabel;
class QWidget;

namespace samsyn {

// Shows validation problems next to the fields they belong to: a message under the field
// and an "invalid" property that the form's style sheet draws as a red-ish frame. Used by
// the new-participant dialog and the participant card. Widgets belong to their form.
class FieldFeedback
{
public:
    // Wraps `editor` with a hidden message label below it; returns the container to put in
    // the form. Several field keys may share one editor (see alias()).
    QWidget *wrap(const QString &field, QWidget *editor);
    void alias(const QString &field, const QString &shownAt);

    void show(const QList<FieldProblem> &problems);
    bool hasProblem(const QString &field) const { return m_current.contains(field); }

    static QString styleSheet();

private:
    struct Slot
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
    };
    QHash<QString, Slot> m_slots;
    QHash<QString, QString> m_aliases;
    QHash<QString, QString> m_current;
};

} // namespace samsyn

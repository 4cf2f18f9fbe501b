// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace samsyn {

// The names of the documents that came with a referral (the documents stay with the
// party; Samsyn keeps only their names): type a name and press Add or Return; Remove
// takes the selected one away; double-click edits a name.
class AttachmentListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentListEditor(QWidget *parent = nullptr);

    QStringList names() const;
    void setNames(const QStringList &names);
    // Adds the typed name (trimmed, not empty, not twice).
    void addTyped();

private:
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace samsyn

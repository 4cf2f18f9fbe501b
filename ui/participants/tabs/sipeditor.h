// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/sipplan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace samsyn {

class EditableTable;
class TeamFile;

// The content of one SIP version as a form, in the order the printed plan reads: what
// matters to the person and their goals, needs, who does what by when, what the person and
// others do, who holds the overall responsibility, consent, the next follow-up and the
// meeting's participants. It only edits: `committed()` says an edit is finished (a field
// left, a choice made, a row added or removed) and the owner saves version(). Shown
// read-only for a superseded version.
class SipEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SipEditor(TeamFile &team, QWidget *parent = nullptr);

    void setVersion(const SipVersion &version, bool editable);
    // The form's content; rows left completely empty are skipped. Problems a form can see
    // itself (an unreadable date) are appended to `problems`.
    SipVersion version(QStringList *problems = nullptr) const;

    EditableTable *goals() const { return m_goals; }
    EditableTable *actions() const { return m_actions; }
    EditableTable *participants() const { return m_participants; }

Q_SIGNALS:
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *addText(const QString &objectName, const QString &accessibleName, const QString &placeholder);
    void onEdited();
    void fillRowChoices(EditableTable *table, int row, const QList<QVariant> &values);
    void connectCombos();

    TeamFile &m_team;
    SipVersion m_loaded;
    bool m_loading = false;
    QDateEdit *m_meetingDate;
    QDateEdit *m_nextFollowup;
    QCheckBox *m_consent;
    QComboBox *m_leadParty;
    QLineEdit *m_leadContact;
    QPlainTextEdit *m_ownDescription = nullptr;
    QPlainTextEdit *m_needs = nullptr;
    QPlainTextEdit *m_ownActions = nullptr;
    QPlainTextEdit *m_othersActions = nullptr;
    EditableTable *m_goals;
    EditableTable *m_actions;
    EditableTable *m_participants;
    QList<QWidget *> m_inputs;
};

} // namespace samsyn

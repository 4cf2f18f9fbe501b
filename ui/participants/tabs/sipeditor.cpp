// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/sipeditor.h"

#include "common/editabletable.h"
#include "common/tablecells.h"
#include "participants/settingscombos.h"
#include "participants/tabs/tabsupport.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

enum GoalColumn { GoalText, GoalReached };
enum ActionColumn { ActionWhat, ActionParty, ActionContact, ActionStart, ActionDue, ActionStatus };
enum PersonColumn { PersonName, PersonOrganisation, PersonRole, PersonKind };

cells::Choices reachedChoices()
{
    return {{SipEditor::tr("Not assessed"), QStringLiteral("not_assessed")},
            {SipEditor::tr("Not reached"), QStringLiteral("not")},
            {SipEditor::tr("Partly reached"), QStringLiteral("partly")},
            {SipEditor::tr("Reached"), QStringLiteral("fully")}};
}

cells::Choices statusChoices()
{
    return {{SipEditor::tr("Planned"), QStringLiteral("planned")},
            {SipEditor::tr("Ongoing"), QStringLiteral("ongoing")},
            {SipEditor::tr("Done"), QStringLiteral("done")},
            {SipEditor::tr("Cancelled"), QStringLiteral("cancelled")}};
}

cells::Choices kindChoices()
{
    return {{SipEditor::tr("The person"), QStringLiteral("person")},
            {SipEditor::tr("Relative"), QStringLiteral("relative")},
            {SipEditor::tr("Team member"), QStringLiteral("team_member")},
            {SipEditor::tr("Case officer"), QStringLiteral("case_officer")}};
}

cells::Choices partyChoices(const SettingsRepository &settings)
{
    cells::Choices choices{{SipEditor::tr("(none)"), QVariant()}};
    for (const Party &p : settings.parties())
        choices << qMakePair(p.name, QVariant(p.id));
    return choices;
}

bool rowEmpty(const QTableWidget *table, int row)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        if (!table->cellWidget(row, c) && !cells::text(table, row, c).isEmpty())
            return false;
    }
    return true;
}

QDate cellDate(const QTableWidget *table, int row, int column, QStringList *problems)
{
    const QString text = cells::text(table, row, column);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() && problems)
        problems->append(SipEditor::tr("Action %1: \"%2\" is not a date; write it as yyyy-MM-dd.").arg(row + 1).arg(text));
    return date;
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

SipEditor::SipEditor(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_meetingDate(TabSupport::dateEdit(QStringLiteral("sipMeetingDate"), QDate())),
      m_nextFollowup(TabSupport::dateEdit(QStringLiteral("sipNextFollowup"), QDate())),
      m_consent(new QCheckBox(tr("The person has consented to the SIP"))), m_leadParty(new QComboBox), m_leadContact(new QLineEdit),
      m_goals(new EditableTable({tr("Goal"), tr("Reached")}, tr("Goals"))),
      m_actions(new EditableTable({tr("What"), tr("Responsible party"), tr("Contact"), tr("Start"), tr("By when"), tr("Status")},
                                  tr("Actions"))),
      m_participants(new EditableTable({tr("Name"), tr("Organisation"), tr("Role"), tr("Taking part as")}, tr("Meeting participants")))
{
    const SettingsRepository settings(team.database());
    m_meetingDate->setAccessibleName(tr("Meeting date"));
    m_nextFollowup->setAccessibleName(tr("Next follow-up"));
    m_consent->setObjectName(QStringLiteral("sipConsent"));
    m_leadParty->setObjectName(QStringLiteral("sipLeadParty"));
    m_leadParty->setAccessibleName(tr("Overall responsibility"));
    TabSupport::fillParties(m_leadParty, settings);
    m_leadContact->setObjectName(QStringLiteral("sipLeadContact"));
    m_leadContact->setAccessibleName(tr("Contact person of the responsible party"));
    m_goals->setObjectName(QStringLiteral("sipGoals"));
    m_actions->setObjectName(QStringLiteral("sipActions"));
    m_participants->setObjectName(QStringLiteral("sipParticipants"));
    m_goals->table()->horizontalHeader()->setSectionResizeMode(GoalReached, QHeaderView::ResizeToContents);
    QHeaderView *actionHeader = m_actions->table()->horizontalHeader();
    actionHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    actionHeader->setSectionResizeMode(ActionWhat, QHeaderView::Stretch);
    actionHeader->setSectionResizeMode(ActionContact, QHeaderView::Stretch);
    for (EditableTable *t : {m_goals, m_actions, m_participants})
        connect(t, &EditableTable::edited, this, [t] { TabSupport::fitHeight(t->table()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    top->addRow(tr("Meeting date:"), m_meetingDate);
    layout->addLayout(top);
    layout->addWidget(heading(tr("What matters to me (in my own words)")));
    m_ownDescription = addText(QStringLiteral("sipOwnDescription"), tr("What matters to me"), tr("The person's own description"));
    layout->addWidget(m_ownDescription);
    layout->addWidget(heading(tr("My goals")));
    layout->addWidget(m_goals);
    layout->addWidget(heading(tr("Needs")));
    m_needs = addText(QStringLiteral("sipNeeds"), tr("Needs"), QString());
    layout->addWidget(m_needs);
    layout->addWidget(heading(tr("Who does what, by when")));
    layout->addWidget(m_actions);
    layout->addWidget(heading(tr("What I do myself")));
    m_ownActions = addText(QStringLiteral("sipOwnActions"), tr("What I do myself"), QString());
    layout->addWidget(m_ownActions);
    layout->addWidget(heading(tr("What others do (Försäkringskassan, Arbetsförmedlingen, …)")));
    m_othersActions = addText(QStringLiteral("sipOthersActions"), tr("What others do"), QString());
    layout->addWidget(m_othersActions);
    layout->addWidget(heading(tr("Responsibility and follow-up")));
    auto *bottom = new QFormLayout;
    bottom->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_leadContact->setMinimumWidth(320);
    bottom->addRow(tr("Overall responsibility:"), m_leadParty);
    bottom->addRow(tr("Contact person:"), m_leadContact);
    bottom->addRow(QString(), m_consent);
    bottom->addRow(tr("Next follow-up:"), m_nextFollowup);
    layout->addLayout(bottom);
    layout->addWidget(heading(tr("Taking part in the meeting")));
    layout->addWidget(m_participants);

    connect(m_goals, &EditableTable::rowAdded, this, [this](int row) { fillRowChoices(m_goals, row, {}); });
    connect(m_actions, &EditableTable::rowAdded, this, [this](int row) { fillRowChoices(m_actions, row, {}); });
    connect(m_participants, &EditableTable::rowAdded, this, [this](int row) { fillRowChoices(m_participants, row, {}); });
    for (EditableTable *t : {m_goals, m_actions, m_participants})
        connect(t, &EditableTable::edited, this, &SipEditor::onEdited);
    connect(m_meetingDate, &QDateEdit::editingFinished, this, &SipEditor::onEdited);
    connect(m_nextFollowup, &QDateEdit::editingFinished, this, &SipEditor::onEdited);
    connect(m_consent, &QCheckBox::clicked, this, &SipEditor::onEdited);
    connect(m_leadParty, &QComboBox::activated, this, &SipEditor::onEdited);
    connect(m_leadContact, &QLineEdit::editingFinished, this, &SipEditor::onEdited);
    m_inputs = {m_meetingDate, m_nextFollowup, m_consent, m_leadParty};
}

QPlainTextEdit *SipEditor::addText(const QString &objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
    edit->installEventFilter(this);
    return edit;
}

bool SipEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit *>(watched))
        onEdited();
    return QWidget::eventFilter(watched, event);
}

void SipEditor::onEdited()
{
    if (!m_loading)
        Q_EMIT committed();
}

void SipEditor::fillRowChoices(EditableTable *table, int row, const QList<QVariant> &values)
{
    const auto value = [&values](int i, const QVariant &fallback) { return i < values.size() ? values.at(i) : fallback; };
    QTableWidget *t = table->table();
    if (table == m_goals) {
        cells::setChoice(t, row, GoalReached, reachedChoices(), value(0, QStringLiteral("not_assessed")), tr("Reached"));
    } else if (table == m_actions) {
        cells::setChoice(t, row, ActionParty, partyChoices(SettingsRepository(m_team.database())), value(0, QVariant()),
                         tr("Responsible party"));
        cells::setChoice(t, row, ActionStatus, statusChoices(), value(1, QStringLiteral("planned")), tr("Status"));
    } else {
        cells::setChoice(t, row, PersonKind, kindChoices(), value(0, QStringLiteral("team_member")), tr("Taking part as"));
    }
    connectCombos();
}

void SipEditor::connectCombos()
{
    for (EditableTable *table : {m_goals, m_actions, m_participants}) {
        for (QComboBox *combo : table->table()->findChildren<QComboBox *>())
            connect(combo, &QComboBox::activated, this, &SipEditor::onEdited, Qt::UniqueConnection);
    }
}

void SipEditor::setVersion(const SipVersion &v, bool editable)
{
    m_loading = true;
    m_loaded = v;
    m_meetingDate->setDate(v.meetingDate);
    m_nextFollowup->setDate(v.nextFollowup.isValid() ? v.nextFollowup : v.meetingDate);
    m_consent->setChecked(v.consentGiven);
    SettingsCombos::select(m_leadParty, v.leadPartyId ? QVariant(*v.leadPartyId) : QVariant());
    m_leadContact->setText(v.leadContact);
    m_ownDescription->setPlainText(v.ownDescription);
    m_needs->setPlainText(v.needs);
    m_ownActions->setPlainText(v.ownActions);
    m_othersActions->setPlainText(v.othersActions);

    m_goals->clear();
    for (const SipGoal &g : v.goals) {
        const int row = cells::appendRow(m_goals->table());
        cells::setText(m_goals->table(), row, GoalText, g.text);
        fillRowChoices(m_goals, row, {g.reached});
    }
    m_actions->clear();
    for (const SipAction &a : v.actions) {
        QTableWidget *t = m_actions->table();
        const int row = cells::appendRow(t);
        cells::setText(t, row, ActionWhat, a.what);
        cells::setText(t, row, ActionContact, a.contact);
        cells::setText(t, row, ActionStart, a.start.toString(Qt::ISODate));
        cells::setText(t, row, ActionDue, a.due.toString(Qt::ISODate));
        fillRowChoices(m_actions, row, {a.partyId ? QVariant(*a.partyId) : QVariant(), a.status});
    }
    m_participants->clear();
    for (const SipMeetingParticipant &p : v.participants) {
        QTableWidget *t = m_participants->table();
        const int row = cells::appendRow(t);
        cells::setText(t, row, PersonName, p.name);
        cells::setText(t, row, PersonOrganisation, p.organisation);
        cells::setText(t, row, PersonRole, p.role);
        fillRowChoices(m_participants, row, {p.kind});
    }
    for (EditableTable *table : {m_goals, m_actions, m_participants})
        TabSupport::fitHeight(table->table());

    // A superseded version is a record of what was agreed: readable, never editable.
    for (QPlainTextEdit *text : {m_ownDescription, m_needs, m_ownActions, m_othersActions})
        text->setReadOnly(!editable);
    m_leadContact->setReadOnly(!editable);
    m_meetingDate->setReadOnly(!editable);
    m_nextFollowup->setReadOnly(!editable);
    for (QWidget *w : std::as_const(m_inputs)) {
        if (!qobject_cast<QDateEdit *>(w))
            w->setEnabled(editable);
    }
    for (EditableTable *table : {m_goals, m_actions, m_participants}) {
        table->table()->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
        for (QComboBox *combo : table->table()->findChildren<QComboBox *>())
            combo->setEnabled(editable);
        for (QPushButton *button : table->findChildren<QPushButton *>())
            button->setVisible(editable);
    }
    m_loading = false;
}

SipVersion SipEditor::version(QStringList *problems) const
{
    SipVersion v = m_loaded;
    v.meetingDate = m_meetingDate->date();
    v.nextFollowup = m_nextFollowup->date();
    v.consentGiven = m_consent->isChecked();
    v.leadPartyId = SettingsCombos::currentId(m_leadParty);
    v.leadContact = m_leadContact->text();
    v.ownDescription = m_ownDescription->toPlainText();
    v.needs = m_needs->toPlainText();
    v.ownActions = m_ownActions->toPlainText();
    v.othersActions = m_othersActions->toPlainText();

    v.goals.clear();
    const QTableWidget *goals = m_goals->table();
    for (int row = 0; row < goals->rowCount(); ++row) {
        if (!rowEmpty(goals, row))
            v.goals << SipGoal{cells::text(goals, row, GoalText), cells::choice(goals, row, GoalReached).toString()};
    }
    v.actions.clear();
    const QTableWidget *actions = m_actions->table();
    for (int row = 0; row < actions->rowCount(); ++row) {
        if (rowEmpty(actions, row))
            continue;
        const QVariant party = cells::choice(actions, row, ActionParty);
        v.actions << SipAction{cells::text(actions, row, ActionWhat),
                               party.isValid() ? std::optional<qint64>(party.toLongLong()) : std::nullopt,
                               cells::text(actions, row, ActionContact),
                               cellDate(actions, row, ActionStart, problems),
                               cellDate(actions, row, ActionDue, problems),
                               cells::choice(actions, row, ActionStatus).toString()};
    }
    v.participants.clear();
    const QTableWidget *people = m_participants->table();
    for (int row = 0; row < people->rowCount(); ++row) {
        if (!rowEmpty(people, row))
            v.participants << SipMeetingParticipant{cells::text(people, row, PersonName), cells::text(people, row, PersonOrganisation),
                                                    cells::text(people, row, PersonRole),
                                                    cells::choice(people, row, PersonKind).toString()};
    }
    return v;
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "meetings/agendaeditor.h"

#include "meetings/meetingservice.h"
#include "shell/userprompts.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "teamfile.h"
#include "util/error.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

namespace {
constexpr int kItemRole = Qt::UserRole + 1;
}

AgendaEditor::AgendaEditor(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_list(new QListWidget),
      m_fill(new QPushButton(tr("Fill with waiting referrals"))), m_up(new QPushButton(tr("Up"))),
      m_down(new QPushButton(tr("Down"))), m_remove(new QPushButton(tr("Remove"))), m_otherText(new QLineEdit),
      m_addOther(new QPushButton(tr("Add")))
{
    m_list->setObjectName(QStringLiteral("agendaList"));
    m_list->setAccessibleName(tr("Agenda"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAlternatingRowColors(true);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 3px 2px; }"));
    m_fill->setObjectName(QStringLiteral("fillAgenda"));
    m_up->setObjectName(QStringLiteral("agendaUp"));
    m_up->setAccessibleName(tr("Move the item up"));
    m_down->setObjectName(QStringLiteral("agendaDown"));
    m_down->setAccessibleName(tr("Move the item down"));
    m_remove->setObjectName(QStringLiteral("agendaRemove"));
    m_otherText->setObjectName(QStringLiteral("otherBusiness"));
    m_otherText->setAccessibleName(tr("Other business"));
    m_otherText->setPlaceholderText(tr("Other business, e.g. Planning of the spring"));
    m_addOther->setObjectName(QStringLiteral("addOtherBusiness"));

    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *other = new QHBoxLayout;
    other->addWidget(m_otherText, 1);
    other->addWidget(m_addOther);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0);
    layout->addLayout(side, 0, 1);
    layout->addLayout(other, 1, 0);
    layout->addWidget(m_fill, 1, 1);

    connect(m_fill, &QPushButton::clicked, this, &AgendaEditor::fill);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &AgendaEditor::removeCurrent);
    connect(m_addOther, &QPushButton::clicked, this, [this] { addOther(m_otherText->text()); });
    connect(m_otherText, &QLineEdit::returnPressed, this, [this] { addOther(m_otherText->text()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        if (!m_reloading)
            Q_EMIT currentChanged();
    });
    // A drop has finished moving the row when rowsMoved arrives; the order is then read back.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &AgendaEditor::onRowsMoved, Qt::QueuedConnection);
    updateButtons();
}

void AgendaEditor::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void AgendaEditor::reload()
{
    const std::optional<AgendaEntry> current = currentEntry();
    m_reloading = true;
    m_entries = m_meetingId ? AgendaEntry::load(m_team.database(), m_meetingId) : QList<AgendaEntry>{};
    m_list->clear();
    int number = 1;
    for (const AgendaEntry &e : std::as_const(m_entries)) {
        QString text = tr("%1. %2: %3").arg(number++).arg(AgendaEntry::kindLabel(e.item.kind), e.title());
        if (!e.party.isEmpty())
            text += tr(" (%1)").arg(e.party);
        if (e.isDecided())
            text = QStringLiteral("✓ ") + text + QStringLiteral(" – ") + DecisionCodes::label(*e.assessment->decision);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kItemRole, e.item.id);
    }
    m_reloading = false;
    if (current)
        selectItem(current->item.id);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
    Q_EMIT currentChanged();
}

std::optional<AgendaEntry> AgendaEditor::currentEntry() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    const qint64 id = m_list->item(row)->data(kItemRole).toLongLong();
    for (const AgendaEntry &e : m_entries) {
        if (e.item.id == id)
            return e;
    }
    return std::nullopt;
}

void AgendaEditor::selectItem(qint64 itemId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kItemRole).toLongLong() == itemId) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void AgendaEditor::updateButtons()
{
    const int row = m_list->currentRow();
    const bool writable = m_meetingId && !m_team.isReadOnly();
    const auto entry = currentEntry();
    m_up->setEnabled(writable && row > 0);
    m_down->setEnabled(writable && row >= 0 && row < m_list->count() - 1);
    m_remove->setEnabled(writable && entry && !entry->isDecided());
    m_fill->setEnabled(writable);
    m_addOther->setEnabled(writable);
    m_list->setDragEnabled(writable);
}

void AgendaEditor::fill()
{
    try {
        const MeetingService::FillResult result = MeetingService(m_team).fillAgenda(m_meetingId);
        QString text = result.added.isEmpty() ? tr("No referral was waiting to be added.")
                                              : tr("%n referral(s) added to the agenda.", nullptr, int(result.added.size()));
        if (!result.missingConsent.isEmpty()) {
            QStringList names;
            for (qint64 id : result.missingConsent) {
                const auto r = ReferralRepository(m_team.database()).get(id);
                const auto p = r ? ParticipantRepository(m_team.database()).get(r->participantId) : std::nullopt;
                if (p)
                    names << p->displayName();
            }
            text += QLatin1Char(' ')
                + tr("Left off for lack of a valid consent to information exchange: %1.").arg(names.join(QStringLiteral(", ")));
        }
        Q_EMIT message(text, !result.missingConsent.isEmpty());
    } catch (const Error &e) {
        Q_EMIT message(e.message(), true);
    }
    reload();
}

void AgendaEditor::moveCurrent(int delta)
{
    const auto entry = currentEntry();
    const int target = m_list->currentRow() + delta;
    if (!entry || target < 0 || target >= m_list->count())
        return;
    try {
        MeetingService(m_team).moveItem(entry->item.id, target);
    } catch (const Error &e) {
        Q_EMIT message(e.message(), true);
    }
    reload();
}

void AgendaEditor::onRowsMoved()
{
    // Exactly one item moved: the one whose removal makes the old and the new order equal.
    QList<qint64> before;
    for (const AgendaEntry &e : std::as_const(m_entries))
        before << e.item.id;
    QList<qint64> after;
    for (int i = 0; i < m_list->count(); ++i)
        after << m_list->item(i)->data(kItemRole).toLongLong();
    if (before == after || before.size() != after.size())
        return;
    for (int i = 0; i < after.size(); ++i) {
        QList<qint64> a = after;
        QList<qint64> b = before;
        a.removeAt(i);
        b.removeOne(after.at(i));
        if (a == b) {
            try {
                MeetingService(m_team).moveItem(after.at(i), i);
            } catch (const Error &e) {
                Q_EMIT message(e.message(), true);
            }
            reload();
            selectItem(after.at(i));
            return;
        }
    }
    reload();
}

void AgendaEditor::removeCurrent()
{
    const auto entry = currentEntry();
    if (!entry)
        return;
    if (!m_prompts.confirm(this, tr("Remove from the agenda"),
                           tr("Remove \"%1\" from the agenda? A referral goes back among those waiting for assessment.")
                               .arg(entry->title()),
                           tr("Remove")))
        return;
    try {
        MeetingService(m_team).removeItem(entry->item.id);
    } catch (const Error &e) {
        Q_EMIT message(e.message(), true);
    }
    reload();
}

void AgendaEditor::addOther(const QString &text)
{
    if (text.trimmed().isEmpty() || !m_meetingId)
        return;
    AgendaItem item;
    item.meetingId = m_meetingId;
    item.kind = AgendaKind::Other;
    item.position = -1;
    item.text = text.trimmed();
    try {
        MeetingService(m_team).addItem(item);
        m_otherText->clear();
    } catch (const Error &e) {
        Q_EMIT message(e.message(), true);
    }
    reload();
    selectItem(item.id);
}

} // namespace samsyn

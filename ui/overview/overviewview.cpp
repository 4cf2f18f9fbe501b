// SPDX-License-Identifier: EUPL-1.2
#include "overview/overviewview.h"

#include "common/sectiontitle.h"
#include "storage/participantrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

constexpr int kParticipantRole = Qt::UserRole;
constexpr int kTabRole = Qt::UserRole + 1;
constexpr int kOverdueRole = Qt::UserRole + 2;

// The groups Översikt always shows, in the order of the work: what is late for a person
// first, team-level figures last. Kinds a later rule adds get a group of their own after these.
const QStringList kGroups{QStringLiteral("sip_followup"),       QStringLiteral("past_planned_end"),
                          QStringLiteral("exit_followup"),      QStringLiteral("consent_expiring"),
                          QStringLiteral("consent_withdrawn"),  QStringLiteral("referral_waiting"),
                          QStringLiteral("referral_no_consent"), QStringLiteral("next_meeting"),
                          QStringLiteral("capacity")};

} // namespace

OverviewView::OverviewView(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_today(new QLabel), m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("overviewView"));
    m_today->setObjectName(QStringLiteral("overviewToday"));
    m_tree->setObjectName(QStringLiteral("dueTree"));
    m_tree->setAccessibleName(tr("What is due"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Date"), tr("Participant"), tr("What is due")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(1, 260);
    m_tree->setItemsExpandable(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new SectionTitle(tr("Overview"), tr("What needs doing. Enter or a double-click opens the participant "
                                                          "at the right tab.")));
    layout->addWidget(m_today);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(&team, &TeamFile::changed, this, &OverviewView::refresh);
    refresh();
}

QString OverviewView::groupTitle(const QString &kind)
{
    if (kind == QLatin1String("sip_followup"))
        return tr("SIP follow-ups due or overdue");
    if (kind == QLatin1String("past_planned_end"))
        return tr("Enrolled past the planned end");
    if (kind == QLatin1String("exit_followup"))
        return tr("Follow-ups after exit");
    if (kind == QLatin1String("capacity"))
        return tr("Capacity");
    if (kind == QLatin1String("consent_expiring"))
        return tr("Consents that expire within 30 days");
    if (kind == QLatin1String("consent_withdrawn"))
        return tr("Consents withdrawn in the last 30 days");
    if (kind == QLatin1String("referral_waiting"))
        return tr("Referrals waiting for a meeting");
    if (kind == QLatin1String("referral_no_consent"))
        return tr("Referrals that cannot be assessed without consent");
    if (kind == QLatin1String("next_meeting"))
        return tr("Next meeting");
    return kind;
}

void OverviewView::refresh()
{
    const QDate today = m_team.clock().now().toLocalTime().date();
    m_today->setText(tr("Today, %1").arg(today.toString(Qt::ISODate)));
    const QList<DueItem> items = DueList::compute(m_team.database(), today);
    QStringList kinds = kGroups;
    for (const DueItem &item : items) {
        if (!kinds.contains(item.kind))
            kinds.insert(kinds.size() - 1, item.kind); // before capacity, which stays last
    }

    const ParticipantRepository participants(m_team.database());
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 id) {
        if (!names.contains(id)) {
            const auto p = participants.get(id);
            names.insert(id, p ? tr("%1 (%2)").arg(p->displayName(), p->maskedIdentity()) : QString());
        }
        return names.value(id);
    };

    m_tree->clear();
    const QColor warning(0x8a, 0x4b, 0x00);
    const QColor warningBackground(0xfd, 0xf3, 0xe1);
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const QString &kind : std::as_const(kinds)) {
        auto *group = new QTreeWidgetItem(m_tree);
        group->setFirstColumnSpanned(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        int count = 0;
        for (const DueItem &due : items) {
            if (due.kind != kind)
                continue;
            ++count;
            auto *line = new QTreeWidgetItem(group);
            line->setText(0, due.participantId ? due.date.toString(Qt::ISODate) : QString());
            line->setText(1, due.participantId ? nameOf(*due.participantId) : QString());
            line->setText(2, due.text);
            line->setData(0, kParticipantRole, due.participantId ? QVariant(*due.participantId) : QVariant());
            line->setData(0, kTabRole, due.tab);
            const bool overdue = due.participantId && due.date < today;
            line->setData(0, kOverdueRole, overdue);
            if (overdue) {
                for (int c = 0; c < 3; ++c) {
                    line->setForeground(c, warning);
                    line->setBackground(c, warningBackground);
                }
            }
            if (due.participantId)
                line->setToolTip(2, tr("Enter or double-click opens the participant card"));
        }
        group->setSizeHint(0, QSize(0, m_tree->fontMetrics().height() * 2));
        group->setText(0, count > 0 ? tr("%1 (%2)").arg(groupTitle(kind)).arg(count) : groupTitle(kind));
        if (count == 0) {
            auto *none = new QTreeWidgetItem(group);
            none->setText(2, tr("Nothing due"));
            none->setForeground(2, m_tree->palette().color(QPalette::PlaceholderText));
            none->setFlags(Qt::ItemIsEnabled);
        }
    }
    m_tree->expandAll();
}

bool OverviewView::activate(QTreeWidgetItem *item)
{
    if (!item)
        return false;
    const QVariant participant = item->data(0, kParticipantRole);
    if (!participant.isValid())
        return false;
    Q_EMIT openParticipant(participant.toLongLong(), item->data(0, kTabRole).toString());
    return true;
}

} // namespace samsyn

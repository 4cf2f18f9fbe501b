// SPDX-License-Identifier: EUPL-1.2
#include "models/participanttablemodel.h"

#include "models/participantfilter.h"
#include "teamfile.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace samsyn {

namespace {

// Ranks are spread out so that one inserted or renamed participant usually fits between
// its neighbours without renumbering (and so without touching every other row).
constexpr qint64 kRankGap = 1024;

} // namespace

ParticipantTableModel::ParticipantTableModel(TeamFile &team, QObject *parent)
    : QAbstractTableModel(parent), m_team(team), m_collator(QLocale(QLocale::Swedish, QLocale::Sweden))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    connect(&team, &TeamFile::changed, this, &ParticipantTableModel::onChanged);
    reload();
}

ParticipantTableModel::~ParticipantTableModel() = default;

void ParticipantTableModel::reload()
{
    beginResetModel();
    const QList<ParticipantRow> rows = ParticipantRepository(m_team.database()).rows();
    m_entries.clear();
    m_sortKeys.clear();
    m_entries.reserve(static_cast<size_t>(rows.size()));
    m_sortKeys.reserve(static_cast<size_t>(rows.size()));
    for (const ParticipantRow &row : rows) {
        m_entries.push_back(makeEntry(row));
        m_sortKeys.push_back(sortKeyOf(row));
    }
    rankAll();
    rankTexts();
    rebuildRowIndex();
    endResetModel();
}

ParticipantTableModel::Entry ParticipantTableModel::makeEntry(const ParticipantRow &row) const
{
    return Entry{row, ParticipantFilter::searchKey(row), 0};
}

QCollatorSortKey ParticipantTableModel::sortKeyOf(const ParticipantRow &row) const
{
    return m_collator.sortKey(row.familyName + QStringLiteral(", ") + row.givenName);
}

void ParticipantTableModel::rankAll()
{
    std::vector<size_t> order(m_entries.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) {
        const int c = m_sortKeys[a].compare(m_sortKeys[b]);
        return c != 0 ? c < 0 : m_entries[a].row.id < m_entries[b].row.id;
    });
    for (size_t i = 0; i < order.size(); ++i)
        m_entries[order[i]].nameRank = static_cast<qint64>(i + 1) * kRankGap;
}

// Gives entry `index` a rank between its neighbours in Swedish order; false when there is
// no room left and everything must be renumbered.
bool ParticipantTableModel::placeRank(size_t index)
{
    qint64 below = 0;
    qint64 above = std::numeric_limits<qint64>::max();
    const QCollatorSortKey &key = m_sortKeys[index];
    const qint64 id = m_entries[index].row.id;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (i == index)
            continue;
        const int c = m_sortKeys[i].compare(key);
        const bool before = c != 0 ? c < 0 : m_entries[i].row.id < id;
        if (before)
            below = std::max(below, m_entries[i].nameRank);
        else
            above = std::min(above, m_entries[i].nameRank);
    }
    if (above == std::numeric_limits<qint64>::max())
        above = below + 2 * kRankGap;
    if (above - below < 2)
        return false;
    m_entries[index].nameRank = below + (above - below) / 2;
    return true;
}

void ParticipantTableModel::rankTexts()
{
    QSet<QString> texts;
    for (const Entry &e : m_entries)
        texts << e.row.coordinator << e.row.municipality;
    QStringList sorted(texts.begin(), texts.end());
    std::sort(sorted.begin(), sorted.end(), [this](const QString &a, const QString &b) { return m_collator.compare(a, b) < 0; });
    m_textRank.clear();
    for (int i = 0; i < sorted.size(); ++i)
        m_textRank.insert(sorted.at(i), i);
}

void ParticipantTableModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(static_cast<qsizetype>(m_entries.size()));
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_rowOf.insert(m_entries[i].row.id, static_cast<int>(i));
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString ParticipantTableModel::identityText(const ParticipantRow &row) const
{
    const auto number = Personnummer::fromStored(row.identityKind, row.identity);
    if (!number)
        return row.identity.left(2) + QStringLiteral("****");
    if (m_masked || row.protectedIdentity)
        return number->masked();
    return number->isSwedish() ? number->twelveWithDash() : number->canonical();
}

qint64 ParticipantTableModel::sortValue(int row, int column) const
{
    const Entry &e = entry(row);
    // Secondary order is always the name, so equal statuses or coordinators list alphabetically.
    switch (column) {
    case Status:
        return (static_cast<qint64>(e.row.status) << 40) + e.nameRank;
    case Coordinator:
        return (textRank(e.row.coordinator) << 40) + e.nameRank;
    case Municipality:
        return (textRank(e.row.municipality) << 40) + e.nameRank;
    default:
        return e.nameRank;
    }
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return QString(e.row.familyName + QStringLiteral(", ") + e.row.givenName);
        case Identity:
            return identityText(e.row);
        case Status:
            return ParticipantStatuses::label(e.row.status);
        case Coordinator:
            return e.row.coordinator;
        case Municipality:
            return e.row.municipality;
        default:
            return {};
        }
    case IdRole:
        return e.row.id;
    case StatusRole:
        return ParticipantStatuses::code(e.row.status);
    case SortRole:
        if (index.column() == Identity)
            return e.row.identity;
        return sortValue(index.row(), index.column());
    case SearchKeyRole:
        return e.searchKey;
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Identity:
        return tr("Personnummer");
    case Status:
        return tr("Status");
    case Coordinator:
        return tr("Coordinator");
    case Municipality:
        return tr("Municipality");
    default:
        return {};
    }
}

void ParticipantTableModel::setMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, Identity), index(rowCount() - 1, Identity), {Qt::DisplayRole, Qt::ToolTipRole});
}

void ParticipantTableModel::onChanged(const ChangeSet &changes)
{
    // Member and municipality names are shown in every row.
    if (changes.touches(QStringLiteral("all")) || changes.touches(QStringLiteral("settings"))
        || changes.participantIds.size() > kIncrementalLimit) {
        reload();
        return;
    }
    if (!changes.touches(QStringLiteral("participants")))
        return;
    for (qint64 id : changes.participantIds)
        refreshParticipant(id);
}

void ParticipantTableModel::refreshParticipant(qint64 id)
{
    const std::optional<ParticipantRow> fresh = ParticipantRepository(m_team.database()).row(id);
    const int existing = rowOf(id);
    if (!fresh) {
        if (existing < 0)
            return;
        beginRemoveRows({}, existing, existing);
        m_entries.erase(m_entries.begin() + existing);
        m_sortKeys.erase(m_sortKeys.begin() + existing);
        rebuildRowIndex();
        endRemoveRows();
        return;
    }
    size_t at = 0;
    if (existing < 0) {
        const int row = rowCount();
        beginInsertRows({}, row, row);
        m_entries.push_back(makeEntry(*fresh));
        m_sortKeys.push_back(sortKeyOf(*fresh));
        m_rowOf.insert(id, row);
        at = static_cast<size_t>(row);
    } else {
        at = static_cast<size_t>(existing);
        m_entries[at] = makeEntry(*fresh);
        m_sortKeys[at] = sortKeyOf(*fresh);
    }
    const bool newText = !m_textRank.contains(fresh->coordinator) || !m_textRank.contains(fresh->municipality);
    const bool fits = placeRank(at);
    if (!fits)
        rankAll();
    if (newText)
        rankTexts();
    if (existing < 0)
        endInsertRows();
    const int row = static_cast<int>(at);
    if (!fits || newText)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
    else
        Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "participants/participantproxymodel.h"

#include "models/participanttablemodel.h"

namespace samsyn {

ParticipantProxyModel::ParticipantProxyModel(ParticipantTableModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setSortRole(ParticipantTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ParticipantProxyModel::setFilter(const ParticipantFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ParticipantProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const ParticipantTableModel::Entry &entry = m_model->entry(sourceRow);
    return m_filter.matches(entry.searchKey, entry.row.status);
}

bool ParticipantProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column == ParticipantTableModel::Identity)
        return m_model->entry(left.row()).row.identity < m_model->entry(right.row()).row.identity;
    return m_model->sortValue(left.row(), column) < m_model->sortValue(right.row(), column);
}

} // namespace samsyn

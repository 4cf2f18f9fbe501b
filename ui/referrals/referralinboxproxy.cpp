// SPDX-License-Identifier: EUPL-1.2
#include "referrals/referralinboxproxy.h"

#include "referrals/referralinboxmodel.h"

#include <QDate>

namespace samsyn {

ReferralInboxProxy::ReferralInboxProxy(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Swedish, QLocale::Sweden))
{
    setSortRole(ReferralInboxModel::SortRole);
}

void ReferralInboxProxy::setStatuses(const QSet<ReferralStatus> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

bool ReferralInboxProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_statuses.contains(static_cast<ReferralStatus>(index.data(ReferralInboxModel::StatusRole).toInt()));
}

bool ReferralInboxProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ReferralInboxModel::SortRole);
    const QVariant b = right.data(ReferralInboxModel::SortRole);
    if (a.typeId() == QMetaType::QDate)
        return a.toDate() < b.toDate();
    if (a.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return m_collator.compare(a.toString(), b.toString()) < 0;
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/referral.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace samsyn {

// Filters the referral inbox by status and sorts it; names sort the Swedish way (Å Ä Ö
// after Z), dates by date.
class ReferralInboxProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReferralInboxProxy(QObject *parent = nullptr);

    void setStatuses(const QSet<ReferralStatus> &statuses);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<ReferralStatus> m_statuses;
    QCollator m_collator;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "models/participantfilter.h"

#include <QSortFilterProxyModel>

namespace samsyn {

class ParticipantTableModel;

// Filters the Deltagare table with ParticipantFilter and sorts it by the model's precomputed
// ranks, reading the model's entries directly: no QVariant per row, so a keystroke over
// 100,000 participants stays quick.
class ParticipantProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ParticipantProxyModel(ParticipantTableModel *model, QObject *parent = nullptr);

    void setFilter(const ParticipantFilter &filter);
    const ParticipantFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ParticipantTableModel *m_model;
    ParticipantFilter m_filter;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/participantrepository.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace samsyn {

class TeamFile;
struct ChangeSet;

// The Deltagare list as a table over ParticipantRepository::rows(): loads the light rows in
// one query and precomputes, per row, a folded search key and a Swedish collation rank, so
// that filtering and sorting 100,000 participants never touches the database. Follows the
// team file's changed() signal: a few participants are refreshed row by row, anything
// larger resets. Borrows the TeamFile, which must outlive it.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Later work adds programme, start and next SIP before Count.
    enum Column { Name, Identity, Status, Coordinator, Municipality, Count };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,    // the status code ("active")
        SortRole,      // qint64 for every column except Identity (its canonical text)
        SearchKeyRole, // ParticipantFilter::searchKey
    };

    // One row with what the list derives from it.
    struct Entry
    {
        ParticipantRow row;
        QString searchKey;
        qint64 nameRank = 0; // Swedish order of "Family, Given": Å Ä Ö after Z
    };

    explicit ParticipantTableModel(TeamFile &team, QObject *parent = nullptr);
    ~ParticipantTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Personnummer shown as YYYYMMDD-**** (default) or in full; a protected identity stays masked.
    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }

    // Direct access for proxies that filter or sort all rows (no QVariant per call).
    const Entry &entry(int row) const { return m_entries[static_cast<size_t>(row)]; }
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }
    qint64 sortValue(int row, int column) const;

    // Reads everything again (also called for large or unknown changes).
    void reload();

    // Above this many changed participants a reset is cheaper than row-by-row updates.
    static constexpr int kIncrementalLimit = 50;

private:
    void onChanged(const ChangeSet &changes);
    void refreshParticipant(qint64 id);
    Entry makeEntry(const ParticipantRow &row) const;
    QCollatorSortKey sortKeyOf(const ParticipantRow &row) const;
    void rankAll();
    bool placeRank(size_t index);
    void rebuildRowIndex();
    void rankTexts();
    qint64 textRank(const QString &text) const { return m_textRank.value(text, 0); }
    QString identityText(const ParticipantRow &row) const;

    TeamFile &m_team;
    QCollator m_collator;
    std::vector<Entry> m_entries;
    std::vector<QCollatorSortKey> m_sortKeys; // parallel to m_entries
    QHash<qint64, int> m_rowOf;
    QHash<QString, qint64> m_textRank; // coordinator and municipality names in Swedish order
    bool m_masked = true;
};

} // namespace samsyn

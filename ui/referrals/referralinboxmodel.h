// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/referral.h"
#include "referrals/consentstate.h"

#include <QAbstractTableModel>
#include <QList>

namespace samsyn {

class TeamFile;
struct ChangeSet;

// The Remisser inbox: every referral with the person's name, masked personnummer, the
// referring party, programme, status and the state of the information-exchange consent
// (the gate for assessment). Reloads when referrals, consents, meetings or participants
// change. Borrows the TeamFile.
class ReferralInboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, Name, Identity, Party, Programme, Status, Consent, Count };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ParticipantIdRole,
        StatusRole,  // int(ReferralStatus)
        SortRole,    // a value that sorts the column the Swedish way
    };

    struct Row
    {
        Referral referral;
        QString name;
        QString identity; // masked
        QString party;
        QString programme;
        ConsentState consent;
    };

    explicit ReferralInboxModel(TeamFile &team, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &row(int r) const { return m_rows.at(r); }
    int rowOf(qint64 referralId) const;
    void reload();

private:
    void onChanged(const ChangeSet &changes);

    TeamFile &m_team;
    QList<Row> m_rows;
};

} // namespace samsyn

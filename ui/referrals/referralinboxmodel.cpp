// SPDX-License-Identifier: EUPL-1.2
#include "referrals/referralinboxmodel.h"

#include "storage/consentrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace samsyn {

ReferralInboxModel::ReferralInboxModel(TeamFile &team, QObject *parent)
    : QAbstractTableModel(parent), m_team(team)
{
    connect(&team, &TeamFile::changed, this, &ReferralInboxModel::onChanged);
    reload();
}

void ReferralInboxModel::onChanged(const ChangeSet &changes)
{
    for (const char *area : {"referrals", "consents", "meetings", "participants", "settings", "all"}) {
        if (changes.touches(QLatin1String(area))) {
            reload();
            return;
        }
    }
}

void ReferralInboxModel::reload()
{
    Database &db = m_team.database();
    const SettingsRepository settings(db);
    QHash<qint64, QString> parties;
    for (const samsyn::Party &p : settings.parties(true))
        parties.insert(p.id, p.name);
    QHash<qint64, QString> programmes;
    for (const samsyn::Programme &p : settings.programmes(true))
        programmes.insert(p.id, p.name);

    const QDate today = m_team.clock().today();
    const ParticipantRepository participants(db);
    const ConsentRepository consents(db);
    QHash<qint64, std::pair<Participant, ConsentState>> people;
    QList<Row> rows;
    const QList<Referral> all = ReferralRepository(db).withStatus({ReferralStatus::Received, ReferralStatus::OnAgenda,
                                                                   ReferralStatus::Postponed, ReferralStatus::Decided,
                                                                   ReferralStatus::Withdrawn});
    for (const Referral &r : all) {
        auto person = people.find(r.participantId);
        if (person == people.end()) {
            const Participant p = participants.get(r.participantId).value_or(Participant{});
            person = people.insert(r.participantId,
                                   {p, ConsentState::of(consents.forParticipant(r.participantId), today)});
        }
        Row row;
        row.referral = r;
        row.name = person->first.sortName();
        row.identity = person->first.maskedIdentity();
        row.party = parties.value(r.referringPartyId);
        row.programme = r.programmeId ? programmes.value(*r.programmeId) : QString();
        row.consent = person->second;
        rows << row;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ReferralInboxModel::rowOf(qint64 referralId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).referral.id == referralId)
            return r;
    }
    return -1;
}

int ReferralInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ReferralInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.referral.id;
    case ParticipantIdRole:
        return row.referral.participantId;
    case StatusRole:
        return int(row.referral.status);
    case SortRole:
        switch (index.column()) {
        case Received:
            return row.referral.receivedOn;
        case Status:
            return int(row.referral.status);
        case Consent:
            return int(row.consent.kind);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        // The gate: a referral that cannot be assessed stands out.
        if (index.column() == Consent && row.consent.kind != ConsentState::Valid)
            return QBrush(QColor(0xb0, 0x3a, 0x12));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Received:
            return row.referral.receivedOn.toString(Qt::ISODate);
        case Name:
            return row.name;
        case Identity:
            return row.identity;
        case Party:
            return row.party;
        case Programme:
            return row.programme;
        case Status:
            return ReferralStatuses::label(row.referral.status);
        case Consent:
            return row.consent.label();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReferralInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Name:
        return tr("Name");
    case Identity:
        return tr("Personnummer");
    case Party:
        return tr("Referring party");
    case Programme:
        return tr("Programme");
    case Status:
        return tr("Status");
    case Consent:
        return tr("Consent");
    default:
        return {};
    }
}

} // namespace samsyn

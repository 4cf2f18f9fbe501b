// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/meeting.h"

#include <QCoreApplication>
#include <QList>
#include <QTime>
#include <QPair>
#include <QDate>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// Meetings with their attendees, series and agenda items. Business rules (the consent gate,
// auto-fill, recurrence) are in MeetingService; this class only keeps rows consistent.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MeetingRepository)

public:
    explicit MeetingRepository(Database &db) : m_db(db) {}

    std::optional<Meeting> get(qint64 id) const;
    // The first meeting on `date` (by start time).
    std::optional<Meeting> onDate(QDate date) const;
    // The first meeting on or after `date`.
    std::optional<Meeting> nextFrom(QDate date) const;
    QList<Meeting> between(QDate from, QDate to) const;

    QList<AgendaItem> agenda(qint64 meetingId) const;
    std::optional<AgendaItem> agendaItem(qint64 id) const;
    // Agenda items of the referral, oldest meeting first.
    QList<AgendaItem> itemsForReferral(qint64 referralId) const;
    // The referral's agenda items not yet decided, in meetings on or after `from` (all when
    // null), with their meeting's date.
    QList<QPair<qint64, QDate>> undecidedItemsForReferral(qint64 referralId, QDate from) const;
    bool hasMeetingAt(QDate date, QTime time) const;
    bool isOnAgenda(qint64 meetingId, qint64 referralId) const;

    // Insert when id is 0, update otherwise (attendees are replaced); returns the id.
    static qint64 save(WriteContext &ctx, Meeting &meeting);
    static qint64 insertSeries(WriteContext &ctx, const MeetingSeries &series);
    // Appends at the end when position < 0; returns the id.
    static qint64 addAgendaItem(WriteContext &ctx, AgendaItem &item);
    static void removeAgendaItem(WriteContext &ctx, qint64 itemId);
    // Moves an item to `position` (0-based) and renumbers the rest of the agenda.
    static void moveAgendaItem(WriteContext &ctx, qint64 itemId, int position);

private:
    QList<Meeting> select(const QString &where, const QVariantList &values) const;
    QList<AgendaItem> selectItems(const QString &where, const QVariantList &values) const;
    static void renumber(WriteContext &ctx, const QList<qint64> &orderedIds);

    Database &m_db;
};

} // namespace samsyn

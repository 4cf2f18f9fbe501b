// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/participantrepository.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace samsyn {

// Decides whether a participant matches what the user typed in a search field and the
// statuses ticked beside it. Pure: no model, no widgets, so the Deltagare proxy, reports
// and the CLI share one rule. A query is split into words; every word must occur in the
// row's search key. Case and diacritics are ignored ("ostlund" finds "Östlund"), and a word
// made of digits and separators ("900101-1234") is compared on its digits only.
class ParticipantFilter
{
public:
    ParticipantFilter() = default;
    ParticipantFilter(const QString &query, const QSet<ParticipantStatus> &statuses);

    // Lower-case, NFD-decomposed, combining marks dropped.
    static QString fold(QStringView text);
    // What a row is searched by: folded "family given", the identity's digits, and for an
    // Other identity its folded text. Precomputed once per row by the model.
    static QString searchKey(const ParticipantRow &row);

    bool isEmptyQuery() const { return m_words.isEmpty(); }
    bool acceptsStatus(ParticipantStatus status) const { return m_statuses.contains(status); }
    bool matchesKey(const QString &searchKey) const;
    bool matches(const QString &searchKey, ParticipantStatus status) const
    {
        return acceptsStatus(status) && matchesKey(searchKey);
    }
    // Convenience for one row (computes its key): for tests and small lists.
    bool matches(const ParticipantRow &row) const { return matches(searchKey(row), row.status); }

    const QSet<ParticipantStatus> &statuses() const { return m_statuses; }

private:
    QStringList m_words;
    QSet<ParticipantStatus> m_statuses;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace samsyn {

// Something that happened to a participant on the way (started studies, an internship, help
// with housing, ...), tagged with a code of the team-editable 'event_category' table. The
// outcome table counts individuals per category. Plain value; ParticipantEventRepository
// reads and writes it.
struct ParticipantEvent
{
    static inline const QString kCategoryTable = QStringLiteral("event_category");

    qint64 id = 0;
    qint64 participantId = 0;
    std::optional<qint64> enrollmentId; // the stay it happened in, when known
    QString category;                   // code of 'event_category'
    QDate date;
    std::optional<qint64> noteId; // the note that tells about it

    friend bool operator==(const ParticipantEvent &, const ParticipantEvent &) = default;
};

} // namespace samsyn

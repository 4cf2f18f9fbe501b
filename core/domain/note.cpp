// SPDX-License-Identifier: EUPL-1.2
#include "domain/note.h"

namespace samsyn {

QString NoteKinds::code(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Individual: return QStringLiteral("individual");
    case NoteKind::Phone: return QStringLiteral("phone");
    case NoteKind::WorkplaceVisit: return QStringLiteral("workplace_visit");
    case NoteKind::Group: return QStringLiteral("group");
    case NoteKind::PartyContact: return QStringLiteral("party_contact");
    }
    return QStringLiteral("individual");
}

std::optional<NoteKind> NoteKinds::fromCode(const QString &code)
{
    for (NoteKind kind : all()) {
        if (NoteKinds::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString NoteKinds::label(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Individual: return tr("Individual meeting");
    case NoteKind::Phone: return tr("Phone call");
    case NoteKind::WorkplaceVisit: return tr("Workplace visit");
    case NoteKind::Group: return tr("Group");
    case NoteKind::PartyContact: return tr("Contact with a party");
    }
    return {};
}

QList<NoteKind> NoteKinds::all()
{
    return {NoteKind::Individual, NoteKind::Phone, NoteKind::WorkplaceVisit, NoteKind::Group, NoteKind::PartyContact};
}

QStringList Note::problems(QDate today) const
{
    QStringList result;
    if (!date.isValid())
        result << tr("A note needs the date of the contact.");
    else if (today.isValid() && date > today)
        result << tr("A note cannot be dated after today: it records something that happened.");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        result << tr("Write what the note is about; an empty note is not saved.");
    else if (trimmed.size() > kMaxText)
        result << tr("A note can be at most %1 characters; split a longer one into several notes.").arg(kMaxText);
    return result;
}

} // namespace samsyn

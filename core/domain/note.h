// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

// What kind of contact a note records; the codes are the schema's (participant_notes.kind).
enum class NoteKind { Individual, Phone, WorkplaceVisit, Group, PartyContact };

struct NoteKinds
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::NoteKinds)
public:
    static QString code(NoteKind kind);
    static std::optional<NoteKind> fromCode(const QString &code);
    static QString label(NoteKind kind);
    static QList<NoteKind> all();
};

// One anteckning: a dated entry about a contact or meeting with the participant, written by a
// team member. Plain value; NoteRepository reads and writes it.
struct Note
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Note)
public:
    static constexpr int kMaxText = 10000;

    qint64 id = 0;
    qint64 participantId = 0;
    QDate date;
    NoteKind kind = NoteKind::Individual;
    std::optional<qint64> authorId;
    QString text;
    QDateTime createdAt;

    // The rules a form can check before saving (a note is never dated after `today`); empty
    // when fine.
    QStringList problems(QDate today) const;
};

// Which notes to list: a kind and a period (inclusive; an invalid date leaves that end open).
struct NoteFilter
{
    std::optional<NoteKind> kind;
    QDate from;
    QDate to;
};

} // namespace samsyn

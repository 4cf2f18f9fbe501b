// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

class Database;

// Turns what an old list says ("åsele kommun", "Karin Koordinator", "Försörjningsstöd", "FK")
// into the team's ids and codes. Matching ignores case and diacritics; a text that matches
// nothing, or two things, gives a problem sentence instead of a guess. Reads the settings
// once, so planning a 10,000-row file does not query per cell.
class ImportLookups
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ImportLookups)

public:
    explicit ImportLookups(Database &db);

    // Each returns nullopt and sets `problem` when the text is not found or is ambiguous.
    std::optional<qint64> municipality(const QString &text, QString *problem) const;
    std::optional<qint64> member(const QString &text, QString *problem) const;
    std::optional<qint64> party(const QString &text, QString *problem) const;
    std::optional<qint64> programme(const QString &text, QString *problem) const;
    std::optional<QString> code(const QString &table, const QString &text, QString *problem) const;
    std::optional<ParticipantStatus> status(const QString &text, QString *problem) const;

private:
    // folded name -> id; kAmbiguous when two entries fold to the same text.
    using Index = QHash<QString, qint64>;
    static constexpr qint64 kAmbiguous = -1;
    static void add(Index &index, const QString &name, qint64 id);
    static std::optional<qint64> find(const Index &index, const QString &key, const QString &text, const QString &what,
                                      const QStringList &known, QString *problem);

    Index m_municipalities;
    Index m_members;
    Index m_parties;
    Index m_programmes;
    QStringList m_municipalityNames;
    QStringList m_memberNames;
    QStringList m_partyNames;
    QStringList m_programmeNames;
    QHash<QString, QHash<QString, QString>> m_codes; // table -> folded code/label -> code
};

} // namespace samsyn

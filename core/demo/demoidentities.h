// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/gender.h"
#include "domain/personnummer.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QRandomGenerator>

#include <optional>
#include <vector>

namespace samsyn {

// Hands out demo identities without repeats: Skatteverket's test personnummer and
// samordningsnummer (compiled in as resources), drawn by birth year so a person gets the age
// the story needs. When the lists run dry it invents healthcare-style reservnummer
// ("RES-0000001"), which are of the Other kind and cannot collide with a real number.
class DemoIdentities
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DemoIdentities)

public:
    struct Identity
    {
        Personnummer number;
        Gender gender;
        QDate birthDate;
    };

    DemoIdentities();

    // A number born in `year`, else the nearest year within [minYear, maxYear]; samordningsnummer
    // when `coordination` is asked and available. Falls back to a reservnummer with a birth
    // date in `year`.
    Identity take(int year, int minYear, int maxYear, bool coordination, QRandomGenerator &random);

    int reservnummerUsed() const { return m_reserve; }

    static QStringList load(const QString &resource);

private:
    using Pool = QMap<int, std::vector<Personnummer>>; // birth year -> unused numbers
    static Pool group(const QStringList &numbers, Personnummer::Kind kind);
    static std::optional<Personnummer> takeFrom(Pool &pool, int year, int minYear, int maxYear, QRandomGenerator &random);

    Pool m_personnummer;
    Pool m_samordningsnummer;
    int m_reserve = 0;
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "demo/demoidentities.h"

#include "util/error.h"

#include <QFile>

namespace samsyn {

DemoIdentities::DemoIdentities()
    : m_personnummer(group(load(QStringLiteral(":/samsyn/data/testpersonnummer.txt")), Personnummer::Kind::Personnummer))
    , m_samordningsnummer(group(load(QStringLiteral(":/samsyn/data/testsamordningsnummer.txt")),
                                Personnummer::Kind::Samordningsnummer))
{
}

QStringList DemoIdentities::load(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Internal, tr("The list of test identity numbers is missing from this build."));
    QStringList numbers;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString number = QString::fromLatin1(line.trimmed());
        if (!number.isEmpty())
            numbers << number;
    }
    return numbers;
}

DemoIdentities::Pool DemoIdentities::group(const QStringList &numbers, Personnummer::Kind kind)
{
    Pool pool;
    for (const QString &text : numbers) {
        if (const auto number = Personnummer::fromStored(kind, text))
            pool[number->birthDate().year()].push_back(*number);
    }
    return pool;
}

std::optional<Personnummer> DemoIdentities::takeFrom(Pool &pool, int year, int minYear, int maxYear, QRandomGenerator &random)
{
    // The wanted year first, then outwards, so ages stay near what was asked.
    for (int distance = 0; distance <= maxYear - minYear; ++distance) {
        for (const int candidate : {year - distance, year + distance}) {
            if (candidate < minYear || candidate > maxYear)
                continue;
            auto it = pool.find(candidate);
            if (it == pool.end() || it->empty())
                continue;
            std::vector<Personnummer> &numbers = *it;
            const std::size_t index = random.bounded(quint32(numbers.size()));
            Personnummer number = numbers[index];
            numbers[index] = numbers.back();
            numbers.pop_back();
            return number;
        }
    }
    return std::nullopt;
}

DemoIdentities::Identity DemoIdentities::take(int year, int minYear, int maxYear, bool coordination, QRandomGenerator &random)
{
    std::optional<Personnummer> number;
    if (coordination)
        number = takeFrom(m_samordningsnummer, year, minYear, maxYear, random);
    if (!number)
        number = takeFrom(m_personnummer, year, minYear, maxYear, random);
    if (!number)
        number = takeFrom(m_samordningsnummer, year, minYear, maxYear, random);
    if (number)
        return Identity{*number, number->gender().value_or(Gender::Female), number->birthDate()};

    const QString text = QStringLiteral("RES-%1").arg(++m_reserve, 7, 10, QLatin1Char('0'));
    const Gender gender = random.bounded(2) ? Gender::Male : Gender::Female;
    const QDate birth = QDate(year, 1, 1).addDays(random.bounded(365));
    return Identity{*Personnummer::other(text).value, gender, birth};
}

} // namespace samsyn

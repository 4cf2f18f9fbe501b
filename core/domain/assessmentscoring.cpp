// SPDX-License-Identifier: EUPL-1.2
#include "domain/assessmentscoring.h"

#include "util/error.h"

#include <cstdlib>

namespace samsyn {

QString AssessmentScoring::code(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Who5:
        return QStringLiteral("who5");
    case Instrument::Kasam13:
        return QStringLiteral("kasam13");
    case Instrument::Kasam29:
        return QStringLiteral("kasam29");
    case Instrument::Steps:
        break;
    }
    return QStringLiteral("steps");
}

std::optional<Instrument> AssessmentScoring::fromCode(const QString &text)
{
    for (Instrument i : {Instrument::Who5, Instrument::Kasam13, Instrument::Kasam29, Instrument::Steps}) {
        if (code(i) == text)
            return i;
    }
    return std::nullopt;
}

QString AssessmentScoring::label(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Who5:
        return tr("WHO-5");
    case Instrument::Kasam13:
        return tr("KASAM-13");
    case Instrument::Kasam29:
        return tr("KASAM-29");
    case Instrument::Steps:
        break;
    }
    return tr("Step scale");
}

int AssessmentScoring::itemCount(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Who5:
        return 5;
    case Instrument::Kasam13:
        return 13;
    case Instrument::Kasam29:
        return 29;
    case Instrument::Steps:
        break;
    }
    return 0;
}

int AssessmentScoring::minItem(Instrument instrument)
{
    return instrument == Instrument::Who5 ? 0 : 1;
}

int AssessmentScoring::maxItem(Instrument instrument)
{
    return instrument == Instrument::Who5 ? 5 : 7;
}

int AssessmentScoring::minTotal(Instrument instrument)
{
    return itemCount(instrument) * minItem(instrument);
}

int AssessmentScoring::maxTotal(Instrument instrument)
{
    return itemCount(instrument) * maxItem(instrument);
}

QList<int> AssessmentScoring::kasam13Reversed()
{
    return {1, 2, 3, 7, 10};
}

QList<int> AssessmentScoring::kasam29DefaultReversed()
{
    return {1, 4, 5, 6, 7, 11, 13, 14, 16, 20, 23, 25, 27};
}

int AssessmentScoring::total(Instrument instrument, const QList<int> &items, const QList<int> &reversed)
{
    if (instrument == Instrument::Steps)
        throw Error(ErrorCode::Validation, tr("The step scale has no item scores."));
    if (items.size() != itemCount(instrument))
        throw Error(ErrorCode::Validation, tr("%1 needs %2 item scores, not %3.")
                                               .arg(label(instrument)).arg(itemCount(instrument)).arg(items.size()));
    int sum = 0;
    for (int i = 0; i < items.size(); ++i) {
        const int answer = items.at(i);
        if (answer < minItem(instrument) || answer > maxItem(instrument))
            throw Error(ErrorCode::Validation, tr("Item %1 of %2 must be between %3 and %4.")
                                                   .arg(i + 1).arg(label(instrument)).arg(minItem(instrument)).arg(maxItem(instrument)));
        const bool reverse = instrument != Instrument::Who5 && reversed.contains(i + 1);
        sum += reverse ? minItem(instrument) + maxItem(instrument) - answer : answer;
    }
    return sum;
}

int AssessmentScoring::checkedTotal(Instrument instrument, int value)
{
    if (instrument == Instrument::Steps || value < minTotal(instrument) || value > maxTotal(instrument))
        throw Error(ErrorCode::Validation, tr("A %1 total must be between %2 and %3.")
                                               .arg(label(instrument)).arg(minTotal(instrument)).arg(maxTotal(instrument)));
    return value;
}

bool AssessmentScoring::who5ChangeMarked(int rawFrom, int rawTo)
{
    return std::abs(who5Percent(rawTo) - who5Percent(rawFrom)) >= 10;
}

QString AssessmentScoring::itemsText(const QList<int> &items)
{
    QString text;
    for (int item : items)
        text += QString::number(item);
    return text;
}

QList<int> AssessmentScoring::itemsFrom(const QString &text)
{
    QList<int> items;
    for (QChar c : text)
        items << c.digitValue();
    return items;
}

QList<int> AssessmentScoring::parseItemList(const QString &text, int count)
{
    QList<int> result;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > count)
            throw Error(ErrorCode::Validation, tr("Item number %1 is not between 1 and %2.").arg(part.trimmed()).arg(count));
        if (!result.contains(n))
            result << n;
    }
    return result;
}

} // namespace samsyn

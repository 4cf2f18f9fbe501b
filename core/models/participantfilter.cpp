// SPDX-License-Identifier: EUPL-1.2
#include "models/participantfilter.h"

#include "storage/participantrepository.h"

namespace samsyn {

namespace {

bool isNumberWord(QStringView word)
{
    bool digit = false;
    for (QChar c : word) {
        if (c.isDigit())
            digit = true;
        else if (c != QLatin1Char('-') && c != QLatin1Char('+'))
            return false;
    }
    return digit;
}

QString digitsOf(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

ParticipantFilter::ParticipantFilter(const QString &query, const QSet<ParticipantStatus> &statuses)
    : m_statuses(statuses)
{
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        m_words << (isNumberWord(word) ? digitsOf(word) : fold(word));
}

QString ParticipantFilter::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    }
    return result.toCaseFolded();
}

QString ParticipantFilter::searchKey(const ParticipantRow &row)
{
    // '\n' cannot be typed into a one-line search field, so a word never spans two parts.
    QString key = fold(QString(row.familyName + QLatin1Char(' ') + row.givenName)) + QLatin1Char('\n')
                  + digitsOf(row.identity);
    if (row.identityKind == Personnummer::Kind::Other)
        key += QLatin1Char('\n') + fold(row.identity);
    return key;
}

bool ParticipantFilter::matchesKey(const QString &searchKey) const
{
    for (const QString &word : m_words) {
        if (!searchKey.contains(word))
            return false;
    }
    return true;
}

} // namespace samsyn

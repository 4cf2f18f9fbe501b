// SPDX-License-Identifier: EUPL-1.2
#include "domain/identitymasking.h"

#include "domain/participant.h"

#include <QRegularExpression>
#include <QStringList>

namespace samsyn {

namespace {

// "Anna-Karin Öberg Lind" -> Anna, Karin, Öberg, Lind. One letter says nothing and would
// mask every lone "A" in the text.
QStringList nameParts(const Participant &p)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    QStringList parts;
    for (const QString &name : {p.givenName, p.familyName}) {
        for (const QString &part : name.split(separators, Qt::SkipEmptyParts)) {
            if (part.size() >= 2 && !parts.contains(part, Qt::CaseInsensitive))
                parts << part;
        }
    }
    // Longer first, so "Annika" is masked before a part "Ann" could match inside it.
    std::sort(parts.begin(), parts.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return parts;
}

QString maskName(const QString &text, const QString &part)
{
    // \b does not see å, ä, ö as word characters without Unicode properties.
    const QRegularExpression word(QStringLiteral("(?<![\\w])%1(s)?(?![\\w])").arg(QRegularExpression::escape(part)),
                                  QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
    const QString initial = part.at(0).toUpper();
    QString result;
    qsizetype from = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(from, m.capturedStart() - from);
        result += initial + (m.capturedLength(1) > 0 ? QStringLiteral(":s") : QStringLiteral("."));
        from = m.capturedEnd();
    }
    return result + text.mid(from);
}

} // namespace

QString IdentityMasking::mask(const QString &text, const Participant &person)
{
    QString result = text;
    for (const QString &part : nameParts(person))
        result = maskName(result, part);
    return maskNumbers(result);
}

QString IdentityMasking::maskNumbers(const QString &text)
{
    QString result = text;
    // YYMMDD-NNNN, YYYYMMDDNNNN and the forms between, with - + or a space before the last four.
    static const QRegularExpression number(QStringLiteral("(?<!\\d)(\\d{2})?\\d{6}[-+ ]?\\d{4}(?!\\d)"));
    result.replace(number, QStringLiteral("******-****"));
    return result;
}

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#include "import/importtext.h"

namespace samsyn::importtext {

QString fold(const QString &text)
{
    const QString decomposed = text.simplified().toLower().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    }
    return result;
}

QString foldKey(const QString &text)
{
    QString result;
    for (QChar c : fold(text)) {
        if (c.isLetterOrNumber())
            result += c;
    }
    return result;
}

} // namespace samsyn::importtext

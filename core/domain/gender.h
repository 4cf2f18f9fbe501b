// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace samsyn {

// Legal gender as the personnummer and SUS know it: the only two values the national
// follow-up counts (domain.md). Stored as 'F' / 'M'.
enum class Gender { Female, Male };

struct GenderText
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::GenderText)
public:
    static QString code(Gender g) { return g == Gender::Female ? QStringLiteral("F") : QStringLiteral("M"); }
    static std::optional<Gender> fromCode(const QString &code)
    {
        if (code == QLatin1String("F"))
            return Gender::Female;
        if (code == QLatin1String("M"))
            return Gender::Male;
        return std::nullopt;
    }
    static QString label(Gender g) { return g == Gender::Female ? tr("Woman") : tr("Man"); }
};

} // namespace samsyn

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace samsyn {

// Maps an enum to the stable text code stored in the team file and back. Each enum keeps
// one constexpr table, so the codes live next to the CHECK constraint they mirror.
template<typename E>
struct EnumCode
{
    E value;
    const char *code;
};

template<typename E, std::size_t N>
QString enumToCode(const std::array<EnumCode<E>, N> &table, E value)
{
    for (const EnumCode<E> &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.code);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> enumFromCode(const std::array<EnumCode<E>, N> &table, QStringView code)
{
    for (const EnumCode<E> &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace samsyn

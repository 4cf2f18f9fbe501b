// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target for Personnummer::parse() and other(): the input bytes are decoded as
// UTF-8 (invalid sequences become U+FFFD, as with any text the app reads) and every
// invariant in personnummer_invariants.h must hold. See CMakeLists.txt for how to run it.
#include "personnummer_invariants.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(const QString &violation, const char *where)
{
    if (violation.isEmpty())
        return;
    std::fprintf(stderr, "%s: %s\n", where, violation.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(QByteArrayView(data, static_cast<qsizetype>(size)));
    // One fixed reference keeps runs reproducible; the second sits just before a century
    // turn, where the 10-digit century rule is most fragile.
    require(samsyn::fuzz::parseInvariantViolation(input, QDate(2026, 11, 24)), "parse (2026-11-24)");
    require(samsyn::fuzz::parseInvariantViolation(input, QDate(1999, 12, 31)), "parse (1999-12-31)");
    require(samsyn::fuzz::otherInvariantViolation(input), "other");
    return 0;
}

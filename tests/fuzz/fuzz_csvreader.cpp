// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target for CsvReader::read() (every encoding and separator) and DateParser::parse()
// on every cell: the invariants in csv_invariants.h must hold. See CMakeLists.txt for how to run it.
#include "csv_invariants.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString violation = samsyn::fuzz::csvInvariantViolation(bytes);
    if (!violation.isEmpty()) {
        std::fprintf(stderr, "csv: %s\n", violation.toUtf8().constData());
        std::abort();
    }
    return 0;
}

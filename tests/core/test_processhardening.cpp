// SPDX-License-Identifier: EUPL-1.2
#include "util/processhardening.h"

#include <catch2/catch.hpp>

TEST_CASE("hardening: no core dumps and not dumpable after hardening", "[security]")
{
    REQUIRE(samsyn::hardenProcess());
    CHECK(samsyn::coreDumpsDisabled());
    CHECK_FALSE(samsyn::processDumpable());
}

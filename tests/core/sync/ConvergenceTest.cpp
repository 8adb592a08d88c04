// SPDX-License-Identifier: GPL-3.0-or-later
// Five devices make changes offline (some on the same rows), then sync concurrently in random
// order until quiet: everyone ends with the same data (issue #7). The full size (5 × 2,000) is
// test_sync_convergence_slow; this one (5 × 50) runs in every default test run.
#include "SyncStressSupport.h"

#include <catch2/catch.hpp>

using namespace madoguchi;

namespace madoguchi::test {
void runConvergence(const StressPlan& plan);
}

TEST_CASE("Five devices × 50 offline changes converge, nothing lost or applied twice", "[sync][pg]")
{
    test::StressPlan plan;
    plan.changes = 50;
    plan.shared = 4;
    plan.contested = 3;
    plan.seed = 11;
    test::runConvergence(plan);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The full convergence check of issue #7: five devices each make 2,000 changes offline (some on
// the same rows), then sync concurrently, in random order, repeatedly until quiet. Labelled
// slow; run it with
//   ctest --test-dir BUILD -L slow -R convergence
// (ctest starts and stops the throwaway PostgreSQL cluster, fixture madoguchi_pg).
#include "SyncStressSupport.h"

#include <catch2/catch.hpp>

using namespace madoguchi;

TEST_CASE("Five devices × 2,000 offline changes converge, nothing lost or applied twice",
          "[sync][pg][slow]")
{
    test::StressPlan plan;
    plan.changes = 2000;
    plan.shared = 10;
    plan.contested = 5;
    plan.seed = 2026;
    test::runConvergence(plan);
}

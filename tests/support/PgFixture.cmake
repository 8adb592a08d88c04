# SPDX-License-Identifier: GPL-3.0-or-later
# The throwaway PostgreSQL cluster for integration tests, included by every test folder that
# needs it (tests/core/sync, tests/app); the first include defines it.
#
# Tests that need PostgreSQL run against a throwaway cluster that ctest starts once
# (fixture madoguchi_pg: tests/support/pg-cluster.sh) and stops after the last of them, also when
# they fail; each test case makes a database of its own in it. They take turns
# (RESOURCE_LOCK): a pull hands out only changes of transactions older than every write
# transaction still running in the cluster (all databases), and some tests hold one open on
# purpose, which would hold back the pulls of a test running beside them. Tests without the
# label pg still run in parallel with them.
include_guard(GLOBAL)

set(MADOGUCHI_PG_STATE_DIR ${CMAKE_BINARY_DIR}/pg-fixture CACHE INTERNAL "")
add_test(NAME pg_cluster_start
    COMMAND sh ${CMAKE_SOURCE_DIR}/tests/support/pg-cluster.sh start ${MADOGUCHI_PG_STATE_DIR})
add_test(NAME pg_cluster_stop
    COMMAND sh ${CMAKE_SOURCE_DIR}/tests/support/pg-cluster.sh stop ${MADOGUCHI_PG_STATE_DIR})
set_tests_properties(pg_cluster_start PROPERTIES FIXTURES_SETUP madoguchi_pg LABELS pg TIMEOUT 120)
set_tests_properties(pg_cluster_stop PROPERTIES FIXTURES_CLEANUP madoguchi_pg LABELS pg TIMEOUT 60)

# madoguchi_add_pg_test(<name> SOURCES … [LIBRARIES …] [LABEL slow]): like madoguchi_add_test,
# label "pg" (or the one label given: catch_discover_tests keeps one; a slow pg test is labelled
# slow, which the default run leaves out, and still gets the fixture and the lock), requires the
# fixture, takes the lock and gets the cluster's URL file in MADOGUCHI_TEST_PG_URL_FILE.
function(madoguchi_add_pg_test name)
    cmake_parse_arguments(ARG "" "LABEL" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_LABEL)
        set(ARG_LABEL pg)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE madoguchi_test_main ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/core/sync)
    catch_discover_tests(${name}
        PROPERTIES LABELS ${ARG_LABEL}
                   FIXTURES_REQUIRED madoguchi_pg
                   RESOURCE_LOCK madoguchi_pg_horizon
                   # One variable only: catch_discover_tests passes a list's items as separate
                   # arguments of set_tests_properties, so a second one would be lost.
                   ENVIRONMENT "MADOGUCHI_TEST_PG_URL_FILE=${MADOGUCHI_PG_STATE_DIR}/url")
endfunction()

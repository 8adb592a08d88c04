// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlScript.h"

#include <catch2/catch.hpp>

using namespace madoguchi;
using store::SqlScript;

TEST_CASE("SQL scripts split on semicolons outside quotes and comments", "[sqlscript]")
{
    const auto parts = SqlScript::split(
        QStringLiteral("-- a comment; with a semicolon\n"
                       "CREATE TABLE a (x TEXT DEFAULT 'semi;colon', \"odd;name\" INTEGER);\n"
                       "/* block; comment */ INSERT INTO a VALUES ('it''s; fine', 1);\n"
                       "SELECT 1"));
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 3);
    CHECK(parts->at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(parts->at(1).contains(QStringLiteral("'it''s; fine'")));
    CHECK(parts->at(2) == QStringLiteral("SELECT 1"));
}

TEST_CASE("SQL scripts keep trigger bodies together, CASE included", "[sqlscript]")
{
    const auto parts = SqlScript::split(
        QStringLiteral("CREATE TABLE t (x);\n"
                       "CREATE TRIGGER t_guard BEFORE UPDATE ON t BEGIN\n"
                       "  SELECT CASE WHEN new.x < 0 THEN RAISE(ABORT, 'negative; no') END;\n"
                       "  SELECT 2;\n"
                       "END;\n"
                       "CREATE INDEX t_x ON t (x);"));
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 3);
    CHECK(parts->at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(parts->at(1).endsWith(QStringLiteral("END;")));
    CHECK(parts->at(2).startsWith(QStringLiteral("CREATE INDEX")));
}

TEST_CASE("Malformed SQL scripts are refused with a reason", "[sqlscript]")
{
    CHECK(SqlScript::split(QStringLiteral("SELECT 'unterminated;")).code() ==
          ErrorCode::InvalidInput);
    CHECK(SqlScript::split(QStringLiteral("SELECT 1; /* never closed")).code() ==
          ErrorCode::InvalidInput);
    CHECK(SqlScript::split(QStringLiteral("CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1;"))
              .code() == ErrorCode::InvalidInput);
    const auto empty = SqlScript::split(QStringLiteral("  -- only a comment\n ; ;"));
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}

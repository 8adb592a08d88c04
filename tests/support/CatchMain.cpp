// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 2.x has no Catch2WithMain: our main creates the QCoreApplication the core needs.
#define CATCH_CONFIG_RUNNER
#include "support/TestSupport.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    madoguchi::test::prepareTestProcess();
    return Catch::Session().run(argc, argv);
}

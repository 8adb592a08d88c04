// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests: a QApplication on the offscreen platform unless one is asked for (discovery runs
// the binary at build time, where there may be no display).
#define CATCH_CONFIG_RUNNER
#include "support/TestSupport.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    madoguchi::test::prepareTestProcess();
    return Catch::Session().run(argc, argv);
}

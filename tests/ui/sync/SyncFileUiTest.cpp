// SPDX-License-Identifier: GPL-3.0-or-later
// The sync-by-file buttons of the 同期 page: errors in plain words, nothing written on failure.
// (The round trip itself is tested against PostgreSQL in tests/core/sync/SyncPackageTest.cpp.)
#include "WorkspaceFixture.h"
#include "sync/SyncPage.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace madoguchi;

TEST_CASE("The sync page writes no package on a device that is not enrolled, and says why",
          "[ui][sync]")
{
    test::Office office;
    ui::SyncPage page(*office.admin, nullptr);
    auto* exportButton = page.findChild<QPushButton*>(QStringLiteral("exportPackageButton"));
    auto* importButton = page.findChild<QPushButton*>(QStringLiteral("importReplyButton"));
    REQUIRE(exportButton);
    REQUIRE(importButton);
    CHECK(exportButton->isEnabled());
    CHECK(page.fileStatusLabel()->text().isEmpty());

    const QString path = office.dir.filePath(QStringLiteral("p.mdgsync"));
    CHECK_FALSE(page.exportPackageTo(path));
    CHECK_FALSE(QFile::exists(path));
    CHECK(page.fileStatusLabel()->text().contains(u"not enrolled"));
    // The work ran on a thread of its own while the page waited greyed out: usable again now.
    CHECK(page.isEnabled());

    CHECK_FALSE(page.importReplyFrom(office.dir.filePath(QStringLiteral("missing.mdgreply"))));
    CHECK(page.fileStatusLabel()->text().startsWith(u"The reply file was not read"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditview/AuditPage.h"

#include "UiTestSupport.h"
#include "audit/AuditEvent.h"
#include "auditview/AuditTableModel.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::AuditPage;
using ui::AuditTableModel;

namespace {

const QString kAuditor = QStringLiteral("sato.ichiro");

/// The auditor's workspace on a database where the administrator created the auditor.
std::unique_ptr<Workspace> auditorWorkspace(TestWorkspace& fixture)
{
    security::SecureBuffer totp = addStaff(*fixture.workspace, kAuditor, {security::Role::Auditor});
    if (!totp.isValid())
        return nullptr;
    (void)fixture.workspace->signOut();
    fixture.workspace.reset();
    return signInStaff(fixture.path, kAuditor, totp);
}

QStringList column(const AuditTableModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

TEST_CASE("AuditPage lists the records and filters them by event and account", "[ui][audit]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    auto workspace = auditorWorkspace(*fixture);
    REQUIRE(workspace);

    AuditPage page(*workspace);
    page.show(); // showing reads the log
    AuditTableModel* model = page.model();
    REQUIRE(model->rowCount() >= 4);
    CHECK(model->columnCount() == AuditTableModel::ColumnCount);
    const QStringList events = column(*model, AuditTableModel::EventColumn);
    CHECK(events.contains(audit::eventLabel(audit::EventType::SignInSuccess)));
    CHECK(events.contains(audit::eventLabel(audit::EventType::AccountCreate)));
    CHECK(events.contains(audit::eventLabel(audit::EventType::SignOut)));
    // Newest first: the auditor's own sign-in is at the top.
    CHECK(events.first() == audit::eventLabel(audit::EventType::SignInSuccess));
    CHECK(model->index(0, AuditTableModel::AccountColumn).data().toString() == kAuditor);
    CHECK(model->index(0, AuditTableModel::OutcomeColumn).data().toString() ==
          audit::outcomeLabel(audit::Outcome::Success));
    CHECK_FALSE(model->index(0, AuditTableModel::TimeColumn).data().toString().isEmpty());
    CHECK_FALSE(model->index(0, AuditTableModel::DeviceColumn).data().toString().isEmpty());
    CHECK(page.messageText().contains(QString::number(model->rowCount())));

    // By event, from the combo box of translated names.
    auto* eventCombo = child<QComboBox>(&page, "eventCombo");
    const int accountCreate =
        eventCombo->findText(audit::eventLabel(audit::EventType::AccountCreate));
    REQUIRE(accountCreate > 0);
    eventCombo->setCurrentIndex(accountCreate);
    child<QPushButton>(&page, "searchButton")->click();
    REQUIRE(model->rowCount() == 2); // the first administrator, then the auditor
    for (const QString& event : column(*model, AuditTableModel::EventColumn))
        CHECK(event == audit::eventLabel(audit::EventType::AccountCreate));
    CHECK(column(*model, AuditTableModel::ObjectTypeColumn) ==
          QStringList{QStringLiteral("staff_account"), QStringLiteral("staff_account")});

    // By account.
    page.setEventFilter(QString());
    child<QLineEdit>(&page, "accountEdit")->setText(kAuditor);
    child<QPushButton>(&page, "searchButton")->click();
    REQUIRE(model->rowCount() >= 1);
    for (const QString& account : column(*model, AuditTableModel::AccountColumn))
        CHECK(account == kAuditor);

    child<QPushButton>(&page, "clearButton")->click();
    CHECK(model->rowCount() >= 4);
}

TEST_CASE("AuditPage verifies the log and exports it as CSV", "[ui][audit]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    auto workspace = auditorWorkspace(*fixture);
    REQUIRE(workspace);

    AuditPage page(*workspace);
    page.show();
    auto* verifyButton = child<QPushButton>(&page, "verifyButton");
    auto* exportButton = child<QPushButton>(&page, "exportButton");
    REQUIRE(verifyButton);
    CHECK(exportButton->isVisibleTo(&page)); // auditors hold audit.export

    verifyButton->click();
    CHECK(page.verifyText().contains(QStringLiteral("intact")));

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("audit.csv"));
    const Status exported = page.exportTo(path);
    REQUIRE(exported);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for spreadsheets
    CHECK(csv.contains("sign_in.success"));
    CHECK(csv.contains(kAuditor.toUtf8()));

    // The export itself is audited.
    page.setEventFilter(audit::eventCode(audit::EventType::AuditExport));
    page.refresh();
    CHECK(page.model()->rowCount() == 1);

    // A folder that cannot be written is an error, not a crash.
    CHECK_FALSE(page.exportTo(directory.filePath(QStringLiteral("missing/audit.csv"))));
}

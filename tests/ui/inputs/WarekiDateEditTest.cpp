// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputs/WarekiDateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

#include <functional>

using madoguchi::ui::WarekiDateEdit;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& date)
    {
        return date.isValid() ? date.toString(Qt::ISODate).toStdString() : "(invalid date)";
    }
};
} // namespace Catch

namespace {

QLineEdit* lineEdit(const WarekiDateEdit& edit)
{
    auto* found = edit.findChild<QLineEdit*>(QStringLiteral("dateEdit"));
    REQUIRE(found);
    return found;
}

QComboBox* eraCombo(const WarekiDateEdit& edit)
{
    auto* found = edit.findChild<QComboBox*>(QStringLiteral("eraCombo"));
    REQUIRE(found);
    return found;
}

void pressKey(QWidget* target, int key, const QString& text = QString())
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

/// Types text key by key, as a person would.
void type(QWidget* target, const QString& text)
{
    for (QChar c : text)
        pressKey(target, Qt::Key_unknown, QString(c));
}

/// What an IME sends when the person confirms a composition.
void commitComposition(QWidget* target, const QString& text)
{
    QInputMethodEvent preedit(text, {});
    QApplication::sendEvent(target, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(target, &commit);
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

} // namespace

TEST_CASE("WarekiDateEdit starts empty with 令和 as the era", "[ui][wareki]")
{
    WarekiDateEdit edit;
    QComboBox* combo = eraCombo(edit);
    REQUIRE(combo->count() == 5);
    CHECK(combo->itemText(0) == QStringLiteral("明治"));
    CHECK(combo->currentText() == QStringLiteral("令和"));
    CHECK(edit.defaultEraCode() == QStringLiteral("R"));
    CHECK_FALSE(edit.date().isValid());
    CHECK_FALSE(edit.hasAcceptableInput());
    CHECK(edit.errorText().isEmpty());
    CHECK(edit.dateText().isEmpty());
    CHECK(lineEdit(edit)->inputMask().isEmpty()); // an input mask would break IME composition
    CHECK(lineEdit(edit)->validator() == nullptr);
}

TEST_CASE("WarekiDateEdit accepts every typed format and shows the date read", "[ui][wareki]")
{
    for (const char16_t* input :
         {u"R7.7.18", u"r7.7.18", u"令和7年7月18日", u"7.7.18", u"2025-07-18", u"20250718",
          u"2025/7/18", u"Ｒ７．７．１８", u"２０２５０７１８"}) {
        INFO(QString::fromUtf16(input).toStdString());
        WarekiDateEdit edit;
        type(lineEdit(edit), QString::fromUtf16(input));
        CHECK(edit.text() == QString::fromUtf16(input));
        CHECK(edit.date() == QDate(2025, 7, 18));
        CHECK(edit.hasAcceptableInput());
        CHECK(edit.dateText() == QStringLiteral("令和7年7月18日 (2025-07-18)"));
        CHECK(edit.findChild<QLabel*>(QStringLiteral("parsedDateLabel"))->text() ==
              edit.dateText());
    }
    WarekiDateEdit edit;
    type(lineEdit(edit), QStringLiteral("R元.5.1"));
    CHECK(edit.date() == QDate(2019, 5, 1));
    CHECK(edit.dateText() == QStringLiteral("令和元年5月1日 (2019-05-01)"));
}

TEST_CASE("WarekiDateEdit reads era-less input in the selected era", "[ui][wareki]")
{
    WarekiDateEdit edit;
    QList<QDate> changes;
    QObject::connect(&edit, &WarekiDateEdit::dateChanged, [&](QDate date) { changes << date; });
    type(lineEdit(edit), QStringLiteral("7.7.18"));
    CHECK(edit.date() == QDate(2025, 7, 18));
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last() == QDate(2025, 7, 18));

    eraCombo(edit)->setCurrentIndex(eraCombo(edit)->findText(QStringLiteral("平成")));
    CHECK(edit.defaultEraCode() == QStringLiteral("H"));
    CHECK(edit.date() == QDate(1995, 7, 18));
    CHECK(changes.last() == QDate(1995, 7, 18));
    CHECK(edit.text() == QStringLiteral("7.7.18"));

    // An era in the text wins over the selector.
    lineEdit(edit)->setText(QStringLiteral("R7.7.18"));
    CHECK(edit.date() == QDate(2025, 7, 18));
    edit.setDefaultEraCode(QStringLiteral("s"));
    CHECK(eraCombo(edit)->currentText() == QStringLiteral("昭和"));
    CHECK(edit.date() == QDate(2025, 7, 18));
}

TEST_CASE("WarekiDateEdit shows why a date does not exist and keeps the text", "[ui][wareki]")
{
    WarekiDateEdit edit;
    QList<QDate> changes;
    QObject::connect(&edit, &WarekiDateEdit::dateChanged, [&](QDate date) { changes << date; });
    QLineEdit* field = lineEdit(edit);
    type(field, QStringLiteral("H31.5.1"));
    CHECK_FALSE(edit.hasAcceptableInput());
    CHECK_FALSE(edit.date().isValid());
    CHECK(edit.errorText().isEmpty()); // no complaints while typing
    pressKey(field, Qt::Key_Return);
    CHECK(edit.errorText() == QStringLiteral("平成31年5月1日 does not exist: 平成 ended on "
                                             "平成31年4月30日 (2019-04-30)."));
    CHECK(edit.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisibleTo(&edit));
    CHECK(edit.text() == QStringLiteral("H31.5.1"));
    CHECK(edit.dateText().isEmpty());

    // Once shown, the reason follows the text and goes when it is fixed.
    pressKey(field, Qt::Key_Backspace);
    pressKey(field, Qt::Key_Backspace);
    pressKey(field, Qt::Key_Backspace);
    type(field, QStringLiteral("4.30"));
    CHECK(edit.text() == QStringLiteral("H31.4.30"));
    CHECK(edit.errorText().isEmpty());
    CHECK(edit.date() == QDate(2019, 4, 30));
    CHECK(changes.last() == QDate(2019, 4, 30));

    field->selectAll();
    type(field, QStringLiteral("R1.4.30"));
    pressKey(field, Qt::Key_Enter);
    CHECK(edit.errorText().contains(QStringLiteral("令和 began on 2019-05-01")));
    CHECK(changes.last() == QDate());

    edit.setText(QStringLiteral("garbage"));
    CHECK(edit.errorText().contains(QStringLiteral("not a date")));
    CHECK(edit.text() == QStringLiteral("garbage"));
}

TEST_CASE("WarekiDateEdit setDate shows the date in its era and signals once", "[ui][wareki]")
{
    WarekiDateEdit edit;
    QList<QDate> changes;
    QObject::connect(&edit, &WarekiDateEdit::dateChanged, [&](QDate date) { changes << date; });
    edit.setDate(QDate(2019, 5, 1));
    CHECK(edit.text() == QStringLiteral("R1.5.1"));
    CHECK(edit.date() == QDate(2019, 5, 1));
    CHECK(edit.dateText() == QStringLiteral("令和元年5月1日 (2019-05-01)"));
    CHECK(changes == QList<QDate>{QDate(2019, 5, 1)});

    edit.setDate(QDate(1989, 1, 7));
    CHECK(edit.text() == QStringLiteral("S64.1.7"));
    CHECK(eraCombo(edit)->currentText() == QStringLiteral("昭和"));
    CHECK(edit.date() == QDate(1989, 1, 7));
    CHECK(changes.size() == 2);

    edit.setDate(QDate(1989, 1, 7));
    CHECK(changes.size() == 2);

    edit.setDate(QDate());
    CHECK(edit.text().isEmpty());
    CHECK_FALSE(edit.hasAcceptableInput());
    CHECK(edit.errorText().isEmpty());
    CHECK(changes.last() == QDate());
}

TEST_CASE("WarekiDateEdit takes IME compositions", "[ui][wareki]")
{
    WarekiDateEdit edit;
    QLineEdit* field = lineEdit(edit);
    QInputMethodEvent composing(QStringLiteral("れいわがんねん"), {});
    QApplication::sendEvent(field, &composing);
    CHECK_FALSE(edit.date().isValid());
    commitComposition(field, QStringLiteral("令和元年５月１日"));
    CHECK(edit.text() == QStringLiteral("令和元年５月１日"));
    CHECK(edit.date() == QDate(2019, 5, 1));
}

TEST_CASE("WarekiDateEdit: Enter does not submit the dialog, Tab moves on", "[ui][wareki]")
{
    QDialog dialog;
    auto* edit = new WarekiDateEdit(&dialog);
    auto* next = new QLineEdit(&dialog);
    auto* okButton = new QPushButton(QStringLiteral("OK"), &dialog);
    okButton->setDefault(true);
    QObject::connect(okButton, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(edit);
    layout->addWidget(next);
    layout->addWidget(okButton);
    int accepted = 0;
    QObject::connect(&dialog, &QDialog::accepted, [&]() { ++accepted; });
    dialog.show();
    dialog.activateWindow();
    QLineEdit* field = lineEdit(*edit);
    field->setFocus();
    REQUIRE(waitUntil([&]() { return field->hasFocus(); }));

    type(field, QStringLiteral("R7.7.18"));
    pressKey(field, Qt::Key_Return);
    pressKey(field, Qt::Key_Enter);
    pressKey(eraCombo(*edit), Qt::Key_Return);
    CHECK(accepted == 0);
    CHECK(dialog.isVisible());
    CHECK(edit->text() == QStringLiteral("R7.7.18"));

    // Control check: the same Enter in a plain field does submit, so the test can tell.
    pressKey(field, Qt::Key_Tab);
    REQUIRE(waitUntil([&]() { return next->hasFocus(); }));
    pressKey(next, Qt::Key_Return);
    CHECK(accepted == 1);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace madoguchi::ui {

/// A page's title: the application font, half again as large, bold.
QLabel* createPageTitle(QWidget* parent);

/// A read-only table of records as every page shows them: whole rows selected one at a time,
/// alternating row colours, no row numbers, no wrapping, the last column stretched.
QTableView* createRecordTable(QAbstractItemModel* model, const QString& objectName,
                              QWidget* parent);

/// How a message under a form or a list reads.
enum class MessageTone
{
    Problem, // red: something did not work or needs correcting
    Done,    // green: what was just saved or printed
    Plain,   // the normal text colour: a count, a note
};

/// A label for such messages: plain text, word-wrapped, hidden until there is something to say.
QLabel* createMessageLabel(const QString& objectName, QWidget* parent);

/// Shows text in label in tone; an empty text hides the label.
void showMessageIn(QLabel* label, const QString& text, MessageTone tone = MessageTone::Problem);

} // namespace madoguchi::ui

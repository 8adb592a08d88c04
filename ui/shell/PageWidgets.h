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

} // namespace madoguchi::ui

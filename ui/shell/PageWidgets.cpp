// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PageWidgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace madoguchi::ui {

QLabel* createPageTitle(QWidget* parent)
{
    auto* title = new QLabel(parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QTableView* createRecordTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel* createMessageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showMessageIn(QLabel* label, const QString& text, MessageTone tone)
{
    switch (tone) {
    case MessageTone::Problem:
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        break;
    case MessageTone::Done:
        label->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        break;
    case MessageTone::Plain:
        label->setStyleSheet(QString());
        break;
    }
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace madoguchi::ui

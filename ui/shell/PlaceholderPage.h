// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace madoguchi::ui {

/// A titled page that says what will be there, for a feature that is not built yet.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setDescription(const QString& description);
    QString title() const;
    QString description() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_titleLabel = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLabel* m_comingLabel = nullptr;
};

} // namespace madoguchi::ui

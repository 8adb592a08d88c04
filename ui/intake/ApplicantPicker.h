// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Person.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::registry {
class PersonRegistry;
}

namespace madoguchi::ui {

/// A small person search for forms: type kana, a name, a 宛名番号 or a date of birth; the matches
/// appear below; Down and Enter (or a click) choose one. The chosen person stays until another
/// is chosen.
class ApplicantPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kShownMatches = 8;

    /// workspace must be signed in and outlive the picker.
    explicit ApplicantPicker(Workspace& workspace, QWidget* parent = nullptr);
    ~ApplicantPicker() override;

    QString personId() const { return m_personId; }
    /// What the chosen line says (宛名番号 氏名 (カナ) 生年月日); empty if nobody is chosen.
    QString personText() const;
    /// Chooses a person as shown elsewhere (a restored draft); text is what the line says.
    void setPerson(const QString& personId, const QString& text);
    void clear();
    QString searchText() const;
    int matchCount() const;
    /// The focusable parts, in tab order.
    QList<QWidget*> tabStops() const;

public slots:
    void searchNow();
    /// Chooses the match in row (the current one if -1).
    void choose(int row = -1);

signals:
    void personChanged(const QString& personId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Workspace& m_workspace;
    std::unique_ptr<registry::PersonRegistry> m_registry;
    QLineEdit* m_searchEdit = nullptr;
    QListWidget* m_matchList = nullptr;
    QLabel* m_chosenLabel = nullptr;
    QTimer* m_debounce = nullptr;
    QList<registry::PersonSummary> m_matches;
    QString m_personId;
};

} // namespace madoguchi::ui

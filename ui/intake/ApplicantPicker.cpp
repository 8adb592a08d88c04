// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/ApplicantPicker.h"

#include "registry/PersonRegistry.h"
#include "registry/RegistryLabels.h"
#include "workspace/Workspace.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

QString describe(const registry::PersonSummary& person)
{
    return person.atenaNumber + u"  " + person.fullName() + u"（" + person.fullKana() + u"）  " +
           RegistryLabels::date(person.birthDate);
}

} // namespace

ApplicantPicker::ApplicantPicker(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_registry(std::make_unique<registry::PersonRegistry>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock()))
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("applicantSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search: kana, name, 宛名番号 or date of birth"));
    m_searchEdit->setAccessibleName(tr("Search for the applicant"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);

    m_matchList = new QListWidget(this);
    m_matchList->setObjectName(QStringLiteral("applicantMatchList"));
    m_matchList->setMaximumHeight(m_matchList->fontMetrics().height() * (kShownMatches / 2 + 2));
    m_matchList->installEventFilter(this);
    m_matchList->hide();

    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("applicantLabel"));
    m_chosenLabel->setTextFormat(Qt::PlainText);
    m_chosenLabel->setText(tr("No applicant chosen yet."));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_matchList);
    layout->addWidget(m_chosenLabel);

    connect(m_searchEdit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ApplicantPicker::searchNow);
    connect(m_matchList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { choose(m_matchList->row(item)); });
    setFocusProxy(m_searchEdit);
}

ApplicantPicker::~ApplicantPicker() = default;

QString ApplicantPicker::personText() const
{
    return m_personId.isEmpty() ? QString() : m_chosenLabel->text();
}

void ApplicantPicker::setPerson(const QString& personId, const QString& text)
{
    m_personId = personId;
    m_chosenLabel->setText(personId.isEmpty() ? tr("No applicant chosen yet.") : text);
    emit personChanged(m_personId);
}

void ApplicantPicker::clear()
{
    m_searchEdit->clear();
    m_matches.clear();
    m_matchList->clear();
    m_matchList->hide();
    setPerson({}, {});
}

QString ApplicantPicker::searchText() const
{
    return m_searchEdit->text();
}

int ApplicantPicker::matchCount() const
{
    return int(m_matches.size());
}

QList<QWidget*> ApplicantPicker::tabStops() const
{
    return {m_searchEdit, m_matchList};
}

void ApplicantPicker::searchNow()
{
    m_debounce->stop();
    m_matches.clear();
    m_matchList->clear();
    const QString text = m_searchEdit->text().trimmed();
    if (!text.isEmpty()) {
        auto found = m_registry->search(m_workspace.session(), text, kShownMatches);
        if (found) {
            m_matches = found->rows;
            for (const registry::PersonSummary& person : std::as_const(m_matches))
                m_matchList->addItem(describe(person));
        } else {
            m_matchList->addItem(found.message());
        }
    }
    if (m_matchList->count() > 0)
        m_matchList->setCurrentRow(0);
    m_matchList->setVisible(m_matchList->count() > 0);
}

void ApplicantPicker::choose(int row)
{
    if (row < 0)
        row = m_matchList->currentRow();
    if (row < 0 || row >= m_matches.size())
        return;
    const registry::PersonSummary person = m_matches.at(row);
    m_matches.clear();
    m_matchList->clear();
    m_matchList->hide();
    m_searchEdit->clear();
    setPerson(person.id, describe(person));
    m_searchEdit->setFocus();
}

bool ApplicantPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter =
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::NoModifier;
        if (watched == m_searchEdit) {
            if (key->key() == Qt::Key_Down && !m_matches.isEmpty()) {
                m_matchList->setFocus();
                return true;
            }
            if (enter) {
                if (m_debounce->isActive())
                    searchNow();
                if (!m_matches.isEmpty()) {
                    choose(m_matchList->currentRow());
                    return true;
                }
                return false; // nothing to choose: the form moves on
            }
            if (key->key() == Qt::Key_Escape && m_matchList->isVisible()) {
                m_matchList->hide();
                return true;
            }
        } else if (watched == m_matchList) {
            if (enter) {
                choose(m_matchList->currentRow());
                return true;
            }
            if (key->key() == Qt::Key_Up && m_matchList->currentRow() <= 0) {
                m_searchEdit->setFocus();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace madoguchi::ui

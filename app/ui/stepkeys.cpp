#include "ui/stepkeys.h"

#include "document/documentchange.h"

#include "document/clusterdocument.h"
#include "scene/clusterview.h"
#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/panels/notespanel.h"
#include "ui/panels/quizpanel.h"
#include "ui/requestbar.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QTimer>

namespace hopscope::app {

StepKeys::StepKeys(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("stepKeys"));
    RequestBar *bar = window->requestBar();
    connect(bar, &RequestBar::sendRequested, this, &StepKeys::park);
    connect(bar, &RequestBar::sendManyRequested, this, &StepKeys::park);
    connect(bar, &RequestBar::presetActivated, this, &StepKeys::park);
    connect(bar->sourceBox(), &QComboBox::activated, this, &StepKeys::park);
    connect(bar->destinationBox(), &QComboBox::activated, this, &StepKeys::park);
    // A preset from the Requests menu (its submenus' actions come through it too).
    connect(window->classroom()->presetsMenu(), &QMenu::triggered, this, &StepKeys::park);
    QuizPanel *quiz = window->quizPanel();
    connect(quiz, &QuizPanel::answered, this, &StepKeys::park);
    connect(quiz, &QuizPanel::hopShown, this, &StepKeys::park);
    connect(quiz, &QuizPanel::quizModeChanged, this, &StepKeys::park);
    // A new cluster (not a what-if step, not a reload of the same files while one types).
    ClusterDocument *document = window->document();
    connect(document, &ClusterDocument::changed, this, [this](const DocumentChange &change) {
        if (change.kind == DocumentChange::Kind::Loaded)
            park();
    });
    keepTyping(window->notesPanel()->requestNoteEdit());
    keepTyping(window->notesPanel()->hopNoteEdit());
}

bool StepKeys::isTextField(const QWidget *widget)
{
    if (!widget)
        return false;
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->isReadOnly();
    return false;
}

void StepKeys::keepTyping(QWidget *field)
{
    field->installEventFilter(this);
}

bool StepKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::ShortcutFocusReason)
            m_typing = qobject_cast<QWidget *>(watched);
    } else if (event->type() == QEvent::FocusOut && watched == m_typing) {
        m_typing = nullptr;
    }
    return QObject::eventFilter(watched, event);
}

void StepKeys::park()
{
    parkNow();
    QTimer::singleShot(0, this, &StepKeys::parkNow);
}

void StepKeys::parkNow()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus == m_typing && focus->isVisible())
        return;
    // Not a window of its own (a combo box's popup list, a dialog): that closes by itself.
    if (focus && focus->window() != m_window)
        return;
    m_window->view()->setFocus(Qt::OtherFocusReason);
}

} // namespace hopscope::app

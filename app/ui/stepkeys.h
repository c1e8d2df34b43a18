#pragma once

// Keys always step: the playback keys (arrows, PageUp/PageDown, Home/End, Space) are window
// shortcuts, which a text field takes for itself while it has the focus. So no action of the
// app leaves the focus in a text field: after a send (the button or Enter in To), a pick from
// the presets, From or To box, a new cluster, an answer or "Show hop" in the quiz and Quiz Mode
// on or off, the focus goes back to the drawing. A field the user clicked into to type (a
// teacher's note) keeps it.

#include <QObject>
#include <QPointer>

class QWidget;

namespace hopscope::app {

class MainWindow;

class StepKeys final : public QObject
{
    Q_OBJECT
public:
    explicit StepKeys(MainWindow *window);

    // A widget that takes typed text (a line edit, a spin box, an editable combo box or text
    // edit): the stepping keys move its cursor instead of the packet.
    static bool isTextField(const QWidget *widget);

    // Gives the focus to the drawing unless the user is typing in a note; again once the
    // events of the action (a button hidden, a dock shown) have run.
    void park();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void parkNow();
    void keepTyping(QWidget *field);

    MainWindow *m_window;
    QPointer<QWidget> m_typing; // the field the user clicked into to type
};

} // namespace hopscope::app

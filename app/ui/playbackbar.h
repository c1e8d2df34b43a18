#pragma once

// Play/Pause, Step back, Step forward, Reset, End and the speed (0.25×–4×) of the one clock,
// with the keys a presenter uses: Space, Right/Left, Home/End, and PageDown/PageUp (what a
// presentation clicker sends). The actions are window-wide shortcuts.

#include <QIcon>
#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace hopscope::app {

class StepController;

class PlaybackBar final : public QToolBar
{
    Q_OBJECT
public:
    explicit PlaybackBar(StepController *controller, QWidget *parent = nullptr);

    QAction *playAction() const { return m_play; }
    QAction *forwardAction() const { return m_forward; }
    QAction *backAction() const { return m_back; }
    QAction *resetAction() const { return m_reset; }
    QAction *endAction() const { return m_end; }
    QComboBox *speedBox() const { return m_speed; }
    QString positionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void refreshIcons();
    void retranslate();

    StepController *m_controller;
    QAction *m_reset;
    QAction *m_back;
    QAction *m_play;
    QAction *m_forward;
    QAction *m_end;
    QComboBox *m_speed;
    QLabel *m_position;
    QIcon m_playIcon;
    QIcon m_pauseIcon;
};

} // namespace hopscope::app

#pragma once

// Presentation mode (F5 enters, Esc leaves): the window goes full screen, texts grow by the
// presentation scale (panels fully, the drawing's texts a little, the packet and the lit-up hop
// fully), the high-contrast theme is shown, the menu and status bars and the less important
// docks hide — the request bar, the playback bar and the event list stay, so that a clicker's
// keys (PageDown/PageUp, Right/Left, Space, Home) keep stepping. Leaving restores exactly what
// was there: window state and geometry, docks (QMainWindow::saveState), fonts and theme.
// While presenting, the hop's caption (hop N of M, where, action, the packet before → after,
// the explanation, the teacher's note) stands under the drawing; C hides and shows it. The
// fitted drawing keeps a zoom its pods can be read at and follows the packet (on a projector's
// 720 lines the whole cluster would shrink to summaries); the minimap hides, the request bar
// keeps what the class follows (RequestBar::setPresenting), and the "Esc leaves" hint stands in
// the playback bar's free end, off the drawing. On fewer than 900 lines the event list steps
// aside: the caption says which hop of how many, where and what, larger than the list could.

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QRect>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QWidget;

namespace hopscope::app {

class ClusterView;
class PresentationCaption;
class ThemeManager;
struct HopCaption;

class PresentationMode final : public QObject
{
    Q_OBJECT
public:
    PresentationMode(QMainWindow *window, ClusterView *view, ThemeManager *themes);

    // Docks and bars that stay visible while presenting (the others hide).
    // The "Esc leaves" hint stands in the free end of the lowest kept bar, off the drawing.
    void setKept(const QList<QWidget *> &kept);

    void retranslate();
    bool isActive() const { return m_active; }
    QAction *toggleAction() const { return m_toggle; } // F5, checkable
    QAction *leaveAction() const { return m_leave; }   // Esc, enabled while presenting
    // The text scale while presenting (1.25, 1.5, 2), remembered ("presentation/scale").
    qreal scale() const { return m_scale; }
    void setScale(qreal scale);
    QMenu *createScaleMenu(QWidget *parent);
    // The fading "Esc leaves presentation" hint (null before the first enter()).
    QLabel *hint() const { return m_hint; }
    // The caption under the drawing (the window puts it there); shown while presenting when
    // there is a hop and captionAction() (C) is on.
    PresentationCaption *captionWidget() const { return m_caption; }
    QAction *captionAction() const { return m_captionToggle; }
    void setCaption(const HopCaption &caption);

public Q_SLOTS:
    void enter();
    void leave();
    void setActive(bool on);

Q_SIGNALS:
    void activeChanged(bool active);
    void captionShown(bool shown);

private:
    void showHint();
    void updateCaption();
    void followPacket(); // the drawing keeps the packet in view (ClusterView::setFocusPoint)
    void placeHint();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMainWindow *m_window;
    ClusterView *m_view;
    ThemeManager *m_themes;
    QAction *m_toggle;
    QAction *m_leave;
    QList<QWidget *> m_kept;
    QLabel *m_hint = nullptr; // a child of the view
    PresentationCaption *m_caption;
    QAction *m_captionToggle;
    qreal m_scale = 1.5;
    bool m_active = false;

    // What enter() found, for leave().
    QByteArray m_state;
    QByteArray m_geometry;
    QRect m_normalGeometry;
    Qt::WindowStates m_windowState;
    bool m_menuBarVisible = true;
    bool m_statusBarVisible = true;
    bool m_hadFont = false;
    QFont m_font;
    bool m_wasFitted = true;
};

} // namespace hopscope::app

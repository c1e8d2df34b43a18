#include "ui/presentationmode.h"

#include "scene/clusterview.h"
#include "scene/style.h"
#include "scene/traceoverlay.h"
#include "ui/presentationcaption.h"
#include "ui/thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QScreen>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPropertyAnimation>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace hopscope::app {

namespace {
const QString ScaleKey = QStringLiteral("presentation/scale");
constexpr int HintShownMs = 2500;
constexpr int HintFadeMs = 1200;
// The fitted drawing's smallest zoom while presenting: well above the zoom where nodes become
// summaries (SceneItem::DetailThreshold), so the pods' names and IPs can be read.
constexpr qreal ReadableZoom = 0.62;

QFont scaled(const QFont &font, qreal factor)
{
    QFont f = font;
    if (font.pointSizeF() > 0)
        f.setPointSizeF(font.pointSizeF() * factor);
    else
        f.setPixelSize(int(font.pixelSize() * factor));
    return f;
}
} // namespace

// The actions' texts, again on a language change (the main window calls it).
void PresentationMode::retranslate()
{
    m_toggle->setText(tr("&Presentation Mode"));
    m_toggle->setToolTip(tr("Full screen, large text, high contrast (F5; Esc leaves)"));
    m_leave->setText(tr("Leave Presentation Mode"));
    if (m_hint)
        m_hint->setText(tr("Esc leaves presentation"));
    m_captionToggle->setText(tr("Presentation &Caption"));
    m_captionToggle->setToolTip(
        tr("The hop's caption under the drawing while presenting (C hides or shows it)"));
}

PresentationMode::PresentationMode(QMainWindow *window, ClusterView *view, ThemeManager *themes)
    : QObject(window), m_window(window), m_view(view), m_themes(themes),
      m_toggle(new QAction(window)), m_leave(new QAction(window)),
      m_caption(new PresentationCaption(window)), m_captionToggle(new QAction(window))
{
    m_caption->hide();
    m_captionToggle->setObjectName(QStringLiteral("presentationCaption"));
    m_captionToggle->setCheckable(true);
    m_captionToggle->setChecked(true);
    m_captionToggle->setShortcut(QKeySequence(Qt::Key_C));
    m_captionToggle->setShortcutContext(Qt::WindowShortcut);
    connect(m_captionToggle, &QAction::toggled, this, &PresentationMode::updateCaption);
    window->addAction(m_captionToggle);
    m_scale = std::clamp(QSettings().value(ScaleKey, 1.5).toDouble(), 1.0, 3.0);
    m_toggle->setObjectName(QStringLiteral("presentation"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F5));
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    retranslate();
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);
    m_leave->setObjectName(QStringLiteral("leavePresentation"));
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setShortcutContext(Qt::WindowShortcut);
    m_leave->setEnabled(false); // Esc belongs to others (dialogs, menus) the rest of the time
    connect(m_leave, &QAction::triggered, this, &PresentationMode::leave);
    // On the window itself: their keys work while the menu bar is hidden.
    window->addAction(m_toggle);
    window->addAction(m_leave);
    view->installEventFilter(this);
}

void PresentationMode::setKept(const QList<QWidget *> &kept)
{
    m_kept = kept;
    for (QWidget *w : kept)
        w->installEventFilter(this);
}

void PresentationMode::setScale(qreal scale)
{
    m_scale = std::clamp(scale, 1.0, 3.0);
    QSettings().setValue(ScaleKey, m_scale);
    if (m_active) {
        style::setScale(m_scale);
        m_window->setFont(scaled(m_font, m_scale));
        m_themes->showTemporarily(style::Theme::HighContrast); // repaints at the new scale
    }
}

QMenu *PresentationMode::createScaleMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Presentation &Text Size"), parent);
    auto *group = new QActionGroup(menu);
    for (qreal s : {1.25, 1.5, 1.75, 2.0}) {
        QAction *a = menu->addAction(QStringLiteral("%1×").arg(s));
        a->setCheckable(true);
        a->setChecked(qFuzzyCompare(s, m_scale));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, s] { setScale(s); });
    }
    return menu;
}

void PresentationMode::setActive(bool on)
{
    if (on)
        enter();
    else
        leave();
}

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_state = m_window->saveState();
    m_geometry = m_window->saveGeometry();
    m_normalGeometry = m_window->geometry();
    m_windowState = m_window->windowState();
    m_menuBarVisible = m_window->menuBar()->isVisible();
    m_statusBarVisible = m_window->statusBar()->isVisible();
    m_hadFont = m_window->testAttribute(Qt::WA_SetFont);
    m_font = m_window->font();
    m_wasFitted = m_view->isFitted();

    // The less important docks and bars hide; what the lesson is driven with stays.
    const QList<QWidget *> children =
        m_window->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *w : children) {
        const bool dockOrBar = w->inherits("QDockWidget") || w->inherits("QToolBar");
        if (dockOrBar && !m_kept.contains(w))
            w->hide();
    }
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();

    style::setScale(m_scale);
    m_window->setFont(scaled(m_font, m_scale));
    m_themes->showTemporarily(style::Theme::HighContrast);
    m_window->showFullScreen();
    // The kept docks (the event list) give the drawing and the caption most of the screen; on
    // a projector's 720 lines they step aside altogether (the caption says which hop it is).
    const int screenHeight = m_window->screen() ? m_window->screen()->geometry().height()
                                                : m_window->height();
    QList<QDockWidget *> docks;
    QList<int> heights;
    for (QWidget *w : std::as_const(m_kept))
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            if (screenHeight < 900) {
                dock->hide();
                continue;
            }
            docks << dock;
            heights << m_window->height() / 8;
        }
    if (!docks.isEmpty())
        m_window->resizeDocks(docks, heights, Qt::Vertical);
    m_caption->setCaption(m_caption->caption()); // in the presentation's theme
    updateCaption();
    // Fitted at a zoom the pods can be read at, following the packet (not the far-away summary
    // a whole cluster shrinks to on 720 lines).
    m_view->setReadableZoom(ReadableZoom);
    followPacket();
    m_view->fitToView();

    m_leave->setEnabled(true);
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(true);
    }
    showHint();
    Q_EMIT activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_leave->setEnabled(false);
    if (m_hint)
        m_hint->hide();
    updateCaption(); // hidden, and the hint line back

    m_view->setReadableZoom(0);
    style::setScale(1.0);
    if (m_hadFont)
        m_window->setFont(m_font);
    else
        m_window->setFont(QFont()); // inherit the application's font again
    if (!m_hadFont)
        m_window->setAttribute(Qt::WA_SetFont, false);
    m_themes->showChosen();

    m_window->setWindowState(m_windowState);
    m_window->restoreGeometry(m_geometry);
    // restoreGeometry() places the frame, which some platforms offset by the title bar: a
    // window that was neither maximized nor full screen gets its exact client geometry back.
    if (!(m_windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->setGeometry(m_normalGeometry);
    m_window->restoreState(m_state);
    m_window->menuBar()->setVisible(m_menuBarVisible);
    m_window->statusBar()->setVisible(m_statusBarVisible);
    if (m_wasFitted)
        m_view->fitToView();
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(false);
    }
    Q_EMIT activeChanged(false);
}

void PresentationMode::setCaption(const HopCaption &caption)
{
    followPacket();
    if (caption == m_caption->caption())
        return; // the packet moves within a hop: the same slide
    m_caption->setCaption(caption);
    updateCaption();
}

void PresentationMode::followPacket()
{
    const TraceOverlay *overlay = m_view->overlay();
    if (m_active && overlay && overlay->hasTrace())
        m_view->setFocusPoint(overlay->packetScenePos());
}

void PresentationMode::updateCaption()
{
    const bool shown = m_active && m_captionToggle->isChecked() && !m_caption->caption().isEmpty();
    if (shown == m_caption->isVisible())
        return;
    m_caption->setVisible(shown);
    Q_EMIT captionShown(shown);
    if (m_view->isFitted())
        QTimer::singleShot(0, m_view, [view = QPointer<ClusterView>(m_view)] {
            if (view)
                view->fitToView(); // the drawing gives way to the caption
        });
}

void PresentationMode::placeHint()
{
    // In the free end of the lowest kept bar (the playback bar), never over the drawing.
    if (!m_hint)
        return;
    QToolBar *bar = nullptr;
    for (QWidget *w : std::as_const(m_kept))
        if (auto *b = qobject_cast<QToolBar *>(w); b && b->isVisible())
            if (!bar || b->geometry().bottom() > bar->geometry().bottom())
                bar = b;
    if (!bar) {
        m_hint->hide();
        return;
    }
    const QRect r = bar->geometry();
    m_hint->move(r.right() - m_hint->width() - 12, r.center().y() - m_hint->height() / 2);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_view || m_kept.contains(watched)))
        placeHint(); // full screen arrives after enter() on some platforms
    return QObject::eventFilter(watched, event);
}

void PresentationMode::showHint()
{
    if (!m_hint) {
        m_hint = new QLabel(tr("Esc leaves presentation"), m_window);
        m_hint->setObjectName(QStringLiteral("presentationHint"));
        m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_hint->setAlignment(Qt::AlignCenter);
        m_hint->setStyleSheet(
            QStringLiteral("QLabel { background: rgba(0, 0, 0, 200); color: white;"
                           " border-radius: 8px; padding: 3px 16px; }"));
        m_hint->setGraphicsEffect(new QGraphicsOpacityEffect(m_hint));
    }
    QFont f = m_window->font(); // the bars' size: it stands in the playback bar
    f.setBold(true);
    m_hint->setFont(f);
    m_hint->adjustSize();
    placeHint();
    auto *effect = static_cast<QGraphicsOpacityEffect *>(m_hint->graphicsEffect());
    effect->setOpacity(1.0);
    m_hint->show();
    m_hint->raise();
    // Shown for a moment, then it fades; a new enter() starts over.
    QPointer<QLabel> hint = m_hint;
    QTimer::singleShot(HintShownMs, m_hint, [hint, effect] {
        if (!hint || !hint->isVisible())
            return;
        auto *fade = new QPropertyAnimation(effect, "opacity", hint);
        fade->setDuration(HintFadeMs);
        fade->setStartValue(1.0);
        fade->setEndValue(0.0);
        QObject::connect(fade, &QPropertyAnimation::finished, hint, &QWidget::hide);
        fade->start(QAbstractAnimation::DeleteWhenStopped);
    });
}

} // namespace hopscope::app

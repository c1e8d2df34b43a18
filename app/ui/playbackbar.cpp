#include "ui/playbackbar.h"

#include "document/stepcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace hopscope::app {

namespace {

enum class Glyph { Reset, Back, Play, Pause, Step, End };

// The media glyphs in the palette's text colour (the style's standard icons are dark on a dark
// theme), greyed when disabled.
QIcon mediaIcon(Glyph glyph, const QPalette &palette)
{
    auto draw = [glyph](const QColor &color) {
        constexpr int Size = 64;
        QPixmap pixmap(Size, Size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        auto triangle = [&p](qreal left, qreal right) { // pointing from left to right
            QPainterPath path;
            path.moveTo(left, 14);
            path.lineTo(right, 32);
            path.lineTo(left, 50);
            path.closeSubpath();
            p.drawPath(path);
        };
        auto bar = [&p](qreal left) { p.drawRect(QRectF(left, 14, 8, 36)); };
        switch (glyph) {
        case Glyph::Play:
            triangle(18, 50);
            break;
        case Glyph::Pause:
            bar(18);
            bar(38);
            break;
        case Glyph::Step:
            triangle(10, 34);
            triangle(32, 56);
            break;
        case Glyph::End:
            triangle(12, 42);
            bar(44);
            break;
        case Glyph::Back:
            triangle(54, 30);
            triangle(32, 8);
            break;
        case Glyph::Reset:
            bar(12);
            triangle(52, 22);
            break;
        }
        return pixmap;
    };
    QIcon icon;
    icon.addPixmap(draw(palette.color(QPalette::Active, QPalette::WindowText)), QIcon::Normal);
    icon.addPixmap(draw(palette.color(QPalette::Disabled, QPalette::WindowText)), QIcon::Disabled);
    return icon;
}

} // namespace

PlaybackBar::PlaybackBar(StepController *controller, QWidget *parent)
    : QToolBar(parent), m_controller(controller), m_speed(new QComboBox(this)),
      m_position(new QLabel(this))
{
    setObjectName(QStringLiteral("playbackBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot,
                       const QString &name) {
        QAction *a = addAction(text);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setObjectName(name);
        connect(a, &QAction::triggered, m_controller, slot);
        return a;
    };
    m_reset = make(tr("Reset"), {QKeySequence(Qt::Key_Home)}, &StepController::reset,
                   QStringLiteral("reset"));
    m_back = make(tr("Back"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)},
                  &StepController::stepBack, QStringLiteral("back"));
    m_play = make(tr("Play"), {QKeySequence(Qt::Key_Space)}, &StepController::togglePlay,
                  QStringLiteral("play"));
    m_forward = make(tr("Step"), {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)},
                     &StepController::stepForward, QStringLiteral("forward"));
    m_end = make(tr("End"), {QKeySequence(Qt::Key_End)}, &StepController::toEnd,
                 QStringLiteral("end"));
    addSeparator();
    for (qreal s : {0.25, 0.5, 1.0, 1.5, 2.0, 4.0})
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(2);
    m_speed->setObjectName(QStringLiteral("speed"));
    addWidget(m_speed);
    addSeparator();
    QFont f = m_position->font();
    f.setBold(true);
    m_position->setFont(f);
    m_position->setObjectName(QStringLiteral("position"));
    addWidget(m_position);

    connect(m_speed, &QComboBox::activated, this,
            [this](int i) { m_controller->setSpeed(m_speed->itemData(i).toReal()); });
    connect(m_controller, &StepController::speedChanged, this, [this](qreal s) {
        const int i = m_speed->findData(s);
        if (i >= 0)
            m_speed->setCurrentIndex(i);
    });
    connect(m_controller, &StepController::positionChanged, this, &PlaybackBar::update);
    connect(m_controller, &StepController::playingChanged, this, &PlaybackBar::update);
    refreshIcons();
    retranslate();
}

void PlaybackBar::refreshIcons()
{
    const QPalette &pal = palette();
    m_playIcon = mediaIcon(Glyph::Play, pal);
    m_pauseIcon = mediaIcon(Glyph::Pause, pal);
    m_reset->setIcon(mediaIcon(Glyph::Reset, pal));
    m_back->setIcon(mediaIcon(Glyph::Back, pal));
    m_forward->setIcon(mediaIcon(Glyph::Step, pal));
    m_end->setIcon(mediaIcon(Glyph::End, pal));
    update();
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        refreshIcons(); // in the theme's text colour
    QToolBar::changeEvent(event);
}

void PlaybackBar::retranslate()
{
    setWindowTitle(tr("Playback"));
    m_speed->setToolTip(tr("Speed"));
    const QList<QPair<QAction *, QString>> texts = {{m_reset, tr("Reset")},
                                                    {m_back, tr("Back")},
                                                    {m_play, tr("Play")},
                                                    {m_forward, tr("Step")},
                                                    {m_end, tr("End")}};
    for (const auto &[action, text] : texts) {
        action->setText(text);
        QStringList keyNames;
        for (const QKeySequence &k : action->shortcuts())
            keyNames << k.toString(QKeySequence::NativeText);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, keyNames.join(QStringLiteral(", "))));
    }
    update(); // the play/pause text and the position
}

QString PlaybackBar::positionText() const
{
    return m_position->text();
}

void PlaybackBar::update()
{
    const int hops = m_controller->hopCount();
    const bool any = hops > 0;
    for (QAction *a : {m_reset, m_back, m_forward, m_end, m_play})
        a->setEnabled(any);
    const bool playing = m_controller->isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(playing ? m_pauseIcon : m_playIcon);
    m_position->setText(any ? tr("  hop %1 / %2  ").arg(m_controller->currentHop() + 1).arg(hops)
                            : QString());
}

} // namespace hopscope::app

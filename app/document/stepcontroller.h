#pragma once

// The one clock of the stepping view (DESIGN.md, "One clock for motion"): a timeline in
// milliseconds at 1× maps to a position (hop, progress). The packet travels to hop i during
// MoveMs (progress 0 → 1), then rests there DwellMs (progress 1) before the next. Hop 0 is the
// source: the timeline starts resting there. Play runs the timeline at 0.25×–4×; stepping lands
// on a hop at rest, so Back after Forward restores exactly the earlier position.
//
// Everything that moves (the packet painted in the view, the event list's current row, the
// details and rules panes) follows the one positionChanged signal.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace hopscope::app {

struct StepPosition
{
    int hop = -1;         // -1: no trace
    qreal progress = 1.0; // 0: leaving the previous hop, 1: at this hop
    bool atRest() const { return progress >= 1.0; }
    friend bool operator==(const StepPosition &, const StepPosition &) = default;
};

class StepController final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MoveMs = 700;
    static constexpr qint64 DwellMs = 1100;
    static constexpr qint64 PeriodMs = MoveMs + DwellMs;
    static constexpr qreal MinSpeed = 0.25;
    static constexpr qreal MaxSpeed = 4.0;

    explicit StepController(QObject *parent = nullptr);

    // A new trace of `hops` hops: back to hop 0 at rest, paused.
    void setHopCount(int hops);
    int hopCount() const { return m_hops; }

    StepPosition position() const { return m_position; }
    int currentHop() const { return m_position.hop; }
    bool isPlaying() const { return m_timer.isActive(); }
    bool atEnd() const { return m_hops > 0 && m_time >= duration(); }
    qreal speed() const { return m_speed; }

    // The timeline (ms at 1×): where hop `hop` is reached, its total length, and the position
    // at any time of it.
    static qint64 arrivalTime(int hop) { return qint64(std::max(hop, 0)) * PeriodMs; }
    qint64 duration() const { return arrivalTime(m_hops - 1); }
    StepPosition positionAt(qint64 time) const;
    qint64 time() const { return m_time; }
    void setTime(qint64 time);
    // Moves the clock by `wallMs` of real time, scaled by the speed (what the timer does).
    void advance(qint64 wallMs);

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void reset();
    void toEnd();
    void jumpTo(int hop);
    void setSpeed(qreal speed);

Q_SIGNALS:
    void positionChanged(hopscope::app::StepPosition position);
    void playingChanged(bool playing);
    void speedChanged(qreal speed);
    void finished(); // play reached the last hop

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_time = 0;
    int m_hops = 0;
    qreal m_speed = 1.0;
    StepPosition m_position;
};

} // namespace hopscope::app

Q_DECLARE_METATYPE(hopscope::app::StepPosition)

#include "document/stepcontroller.h"

#include <algorithm>

namespace hopscope::app {

StepController::StepController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<StepPosition>();
    m_timer.setInterval(16); // ~60 frames a second; the clock itself is the elapsed time
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StepController::tick);
}

void StepController::setHopCount(int hops)
{
    pause();
    m_hops = std::max(hops, 0);
    m_time = -1; // force the signal
    setTime(0);
}

StepPosition StepController::positionAt(qint64 time) const
{
    if (m_hops <= 0)
        return StepPosition{-1, 1.0};
    if (time <= 0)
        return StepPosition{0, 1.0};
    if (time >= duration())
        return StepPosition{m_hops - 1, 1.0};
    const int k = int(time / PeriodMs);
    const qint64 r = time - qint64(k) * PeriodMs;
    if (r < DwellMs)
        return StepPosition{k, 1.0};
    return StepPosition{k + 1, qreal(r - DwellMs) / qreal(MoveMs)};
}

void StepController::setTime(qint64 time)
{
    time = std::clamp<qint64>(time, 0, std::max<qint64>(duration(), 0));
    if (time == m_time)
        return;
    m_time = time;
    const StepPosition p = positionAt(m_time);
    if (p == m_position)
        return;
    m_position = p;
    Q_EMIT positionChanged(m_position);
}

void StepController::advance(qint64 wallMs)
{
    if (m_hops <= 0)
        return;
    setTime(m_time + qint64(std::llround(qreal(wallMs) * m_speed)));
    if (atEnd() && isPlaying()) {
        pause();
        Q_EMIT finished();
    }
}

void StepController::tick()
{
    const qint64 wall = m_wall.restart();
    advance(wall);
}

void StepController::play()
{
    if (m_hops <= 1 || isPlaying())
        return;
    if (atEnd())
        setTime(0); // play again from the start
    m_wall.start();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void StepController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void StepController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void StepController::stepForward()
{
    pause();
    if (m_hops <= 0)
        return;
    // Moving towards hop i, or resting at hop i-1: the next rest is hop i.
    const int target = m_position.atRest() ? m_position.hop + 1 : m_position.hop;
    jumpTo(target);
}

void StepController::stepBack()
{
    pause();
    if (m_hops <= 0)
        return;
    jumpTo(m_position.hop - 1);
}

void StepController::reset()
{
    pause();
    setTime(0);
}

void StepController::toEnd()
{
    pause();
    setTime(duration());
}

void StepController::jumpTo(int hop)
{
    if (m_hops <= 0)
        return;
    pause();
    setTime(arrivalTime(std::clamp(hop, 0, m_hops - 1)));
}

void StepController::setSpeed(qreal speed)
{
    speed = std::clamp(speed, MinSpeed, MaxSpeed);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    Q_EMIT speedChanged(m_speed);
}

} // namespace hopscope::app

#include "SimClock.h"

#include <QDateTime>
#include <cmath>

namespace brickdesk::emulator {

SimClock::SimClock()
    : m_anchorSimMs(static_cast<double>(QDateTime::currentMSecsSinceEpoch()))
{
    m_elapsed.start();
}

qint64 SimClock::nowMs() const
{
    return m_pinned ? *m_pinned : realNowMs();
}

qint64 SimClock::realNowMs() const
{
    const double realMs = static_cast<double>(m_elapsed.nsecsElapsed() - m_anchorRealNs) / 1e6;
    return static_cast<qint64>(std::floor(m_anchorSimMs + realMs * m_scale));
}

void SimClock::setTimeScale(double scale)
{
    if (!std::isfinite(scale) || scale <= 0.0)
        return;
    const qint64 nowNs = m_elapsed.nsecsElapsed();
    m_anchorSimMs += static_cast<double>(nowNs - m_anchorRealNs) / 1e6 * m_scale;
    m_anchorRealNs = nowNs;
    m_scale = scale;
}

qint64 SimClock::realMsUntil(qint64 simulatedMs) const
{
    const qint64 now = realNowMs();
    if (simulatedMs <= now)
        return 0;
    return static_cast<qint64>(std::ceil(static_cast<double>(simulatedMs - now) / m_scale));
}

} // namespace brickdesk::emulator

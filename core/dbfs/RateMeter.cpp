#include "RateMeter.h"

namespace brickdesk {

RateMeter::RateMeter(qint64 windowMs)
    : m_windowMs(windowMs)
{
    m_elapsed.start();
}

qint64 RateMeter::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void RateMeter::reset()
{
    m_samples.clear();
}

void RateMeter::record(qint64 totalBytes)
{
    const qint64 at = now();
    if (!m_samples.empty() && totalBytes < m_samples.back().totalBytes)
        m_samples.clear(); // started over
    m_samples.push_back({at, totalBytes});
    // Keep one sample older than the window so the rate spans the whole window.
    while (m_samples.size() > 2 && at - m_samples[1].atMs >= m_windowMs)
        m_samples.pop_front();
}

double RateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    // Stalled since the last sample: the speed is falling, not frozen at its last value.
    const qint64 span = std::max<qint64>(now(), last.atMs) - first.atMs;
    if (span <= 0)
        return 0.0;
    return double(last.totalBytes - first.totalBytes) * 1000.0 / double(span);
}

} // namespace brickdesk

#pragma once

#include <QElapsedTimer>
#include <deque>
#include <functional>

namespace brickdesk {

// Bytes per second over the last few seconds, so the figure follows the present speed rather
// than the average since the start.
class RateMeter
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit RateMeter(qint64 windowMs = 3000);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void reset();
    void record(qint64 totalBytes); // the running total so far
    double bytesPerSecond() const;

private:
    struct Sample
    {
        qint64 atMs;
        qint64 totalBytes;
    };
    qint64 now() const;

    qint64 m_windowMs;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    std::deque<Sample> m_samples;
};

} // namespace brickdesk

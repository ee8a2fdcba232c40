#pragma once

#include <QElapsedTimer>
#include <QtGlobal>
#include <optional>

namespace brickdesk::emulator {

// The emulator's simulated wall clock, in epoch milliseconds. It starts at the real time and runs
// `timeScale` times faster than real time; changing the scale keeps the time continuous (no jump).
// Every timestamp the emulator writes and every delay it waits for is in this time.
//
// While the scheduler runs a timed action the clock is pinned to the action's due time, so that
// what the action writes is stamped with the moment it was meant for, whatever the timer's
// latency (which at a high time scale would be many simulated seconds).
class SimClock
{
public:
    SimClock();

    qint64 nowMs() const;     // the pinned time while pinned, else realNowMs()
    qint64 realNowMs() const; // simulated time from the running clock
    void pin(qint64 simulatedMs) { m_pinned = simulatedMs; }
    void unpin() { m_pinned.reset(); }

    double timeScale() const { return m_scale; }
    // Ignored unless finite and > 0.
    void setTimeScale(double scale);
    // Real milliseconds until simulated time `simulatedMs`, rounded up; 0 when it has passed.
    qint64 realMsUntil(qint64 simulatedMs) const;

private:
    QElapsedTimer m_elapsed;
    qint64 m_anchorRealNs = 0; // m_elapsed's reading at the anchor
    double m_anchorSimMs = 0;  // simulated time at the anchor
    double m_scale = 1.0;
    std::optional<qint64> m_pinned;
};

} // namespace brickdesk::emulator

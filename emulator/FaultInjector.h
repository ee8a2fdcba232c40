#pragma once

#include "ApiMessage.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QtGlobal>
#include <deque>
#include <functional>
#include <optional>

namespace brickdesk::emulator {

// The emulator's injected failures, asked in the order the request pipeline applies them.
// Not thread-safe: used from the emulator's thread only.
class FaultInjector
{
public:
    using Clock = std::function<qint64()>;  // monotonic milliseconds
    using Random = std::function<double()>; // uniform in [0, 1)

    FaultInjector();
    Q_DISABLE_COPY_MOVE(FaultInjector)

    // Tests may replace time and chance to make the token bucket and the fail rate exact.
    void setClock(Clock clock);
    void setRandom(Random random);

    void failNext(int count, int httpStatus, const QByteArray &errorCode, int retryAfterSeconds);
    void dropNext(int count);
    // Answers cut midway: the status line, the headers and about half of the body go out, then
    // the connection is aborted. The next `count` answers, and each other one with probability
    // `rate` (drawn from the Random above, so tests can make it exact).
    void dropNextMidway(int count);
    void setDropMidwayRate(double rate);
    void setLatencyMs(int latencyMs);
    void setFailRate(double failRate);
    void setRateLimitPerSecond(double perSecond);

    int latencyMs() const { return m_latencyMs; }

    // Each consumes what it reports: a drop, a queued failure, a token.
    bool takeDrop();
    bool takeMidwayDrop();
    std::optional<ApiResponse> takeQueuedFailure();
    std::optional<ApiResponse> checkRateLimit();
    std::optional<ApiResponse> checkFailRate();

private:
    struct QueuedFailure
    {
        int remaining = 0;
        int httpStatus = 503;
        QByteArray errorCode;
        int retryAfterSeconds = -1;
    };

    void refillTokens();

    Clock m_clock;
    Random m_random;
    QElapsedTimer m_monotonic;

    std::deque<QueuedFailure> m_failures;
    int m_dropsLeft = 0;
    int m_midwayDropsLeft = 0;
    double m_dropMidwayRate = 0.0;
    int m_latencyMs = 0;
    double m_failRate = 0.0;

    double m_ratePerSecond = 0.0; // 0 = unlimited
    double m_tokens = 0.0;
    qint64 m_lastRefillMs = 0;
};

} // namespace brickdesk::emulator

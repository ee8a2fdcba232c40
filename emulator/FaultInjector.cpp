#include "FaultInjector.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <utility>

namespace brickdesk::emulator {

namespace {

QByteArray retryAfterValue(int seconds)
{
    return QByteArray::number(seconds);
}

} // namespace

FaultInjector::FaultInjector()
{
    m_monotonic.start();
    m_clock = [this] { return m_monotonic.elapsed(); };
    m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

void FaultInjector::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastRefillMs = m_clock();
}

void FaultInjector::setRandom(Random random)
{
    m_random = std::move(random);
}

void FaultInjector::failNext(int count, int httpStatus, const QByteArray &errorCode,
                             int retryAfterSeconds)
{
    if (count <= 0)
        return;
    m_failures.push_back({count, httpStatus, errorCode, retryAfterSeconds});
}

void FaultInjector::dropNext(int count)
{
    m_dropsLeft += std::max(0, count);
}

void FaultInjector::dropNextMidway(int count)
{
    m_midwayDropsLeft += std::max(0, count);
}

void FaultInjector::setDropMidwayRate(double rate)
{
    m_dropMidwayRate = std::isfinite(rate) ? std::clamp(rate, 0.0, 1.0) : 0.0;
}

void FaultInjector::setLatencyMs(int latencyMs)
{
    m_latencyMs = std::max(0, latencyMs);
}

void FaultInjector::setFailRate(double failRate)
{
    m_failRate = std::isfinite(failRate) ? std::clamp(failRate, 0.0, 1.0) : 0.0;
}

void FaultInjector::setRateLimitPerSecond(double perSecond)
{
    m_ratePerSecond = perSecond > 0.0 ? perSecond : 0.0;
    // A full bucket holds one second of requests (at least one), so short bursts pass.
    m_tokens = std::max(1.0, m_ratePerSecond);
    m_lastRefillMs = m_clock();
}

bool FaultInjector::takeDrop()
{
    if (m_dropsLeft <= 0)
        return false;
    --m_dropsLeft;
    return true;
}

bool FaultInjector::takeMidwayDrop()
{
    if (m_midwayDropsLeft > 0) {
        --m_midwayDropsLeft;
        return true;
    }
    // No draw at rate 0: the fail rate's sequence of draws stays what it was.
    return m_dropMidwayRate > 0.0 && m_random() < m_dropMidwayRate;
}

std::optional<ApiResponse> FaultInjector::takeQueuedFailure()
{
    if (m_failures.empty())
        return std::nullopt;
    QueuedFailure &failure = m_failures.front();
    ApiResponse response =
        ApiResponse::error(failure.httpStatus, QString::fromLatin1(failure.errorCode),
                           QStringLiteral("Simulated failure injected by the workspace emulator."));
    if (failure.retryAfterSeconds >= 0)
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), retryAfterValue(failure.retryAfterSeconds)});
    if (--failure.remaining <= 0)
        m_failures.pop_front();
    return response;
}

void FaultInjector::refillTokens()
{
    const qint64 now = m_clock();
    const double capacity = std::max(1.0, m_ratePerSecond);
    const double elapsedSeconds =
        static_cast<double>(std::max<qint64>(0, now - m_lastRefillMs)) / 1000.0;
    m_tokens = std::min(capacity, m_tokens + elapsedSeconds * m_ratePerSecond);
    m_lastRefillMs = now;
}

std::optional<ApiResponse> FaultInjector::checkRateLimit()
{
    if (m_ratePerSecond <= 0.0)
        return std::nullopt;
    refillTokens();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return std::nullopt;
    }
    // Whole seconds until the next token, never less than one.
    const int waitSeconds =
        std::max(1, static_cast<int>(std::ceil((1.0 - m_tokens) / m_ratePerSecond)));
    ApiResponse response =
        ApiResponse::error(429, QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
                           QStringLiteral("Too many requests. Please wait a moment and try "
                                          "again."));
    response.headers.append({QByteArrayLiteral("Retry-After"), retryAfterValue(waitSeconds)});
    return response;
}

std::optional<ApiResponse> FaultInjector::checkFailRate()
{
    if (m_failRate <= 0.0 || m_random() >= m_failRate)
        return std::nullopt;
    return ApiResponse::error(503, QStringLiteral("TEMPORARILY_UNAVAILABLE"),
                              QStringLiteral("The service is temporarily unavailable. Please "
                                             "try again later."));
}

} // namespace brickdesk::emulator

#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace brickdesk {

// When and how long to wait before trying a request again: exponential backoff with jitter and a
// cap, Retry-After honoured (within a ceiling), and a total budget across attempts.
struct RetryPolicy
{
    int maxAttempts = 6;
    int baseDelayMs = 1000;
    int maxDelayMs = 10000;
    int maxJitterMs = 750;
    int maxRetryAfterMs = 60000;
    int totalBudgetMs = 300000;
    // Returns a value in [0, bound). Replaceable so tests are deterministic.
    std::function<int(int bound)> random;

    // Delay before attempt number `nextAttempt` (2 for the first retry).
    int delayBeforeAttempt(int nextAttempt, std::optional<int> retryAfterMs) const;

    static RetryPolicy none();
};

// Reads a Retry-After header: delay-seconds or an HTTP-date. nullopt when absent or unreadable.
std::optional<int> parseRetryAfterMs(const QByteArray &header, const QDateTime &now);

} // namespace brickdesk

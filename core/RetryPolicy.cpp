#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace brickdesk {

int RetryPolicy::delayBeforeAttempt(int nextAttempt, std::optional<int> retryAfterMs) const
{
    const int jitter =
        maxJitterMs > 0 ? (random ? random(maxJitterMs)
                                  : static_cast<int>(QRandomGenerator::global()->bounded(maxJitterMs)))
                        : 0;
    if (retryAfterMs)
        return std::clamp(*retryAfterMs, 0, maxRetryAfterMs) + jitter;
    const int exponent = std::clamp(nextAttempt - 2, 0, 20);
    const qint64 backoff = static_cast<qint64>(baseDelayMs) << exponent;
    return static_cast<int>(std::min<qint64>(backoff, maxDelayMs)) + jitter;
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

std::optional<int> parseRetryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(static_cast<int>(std::min<qlonglong>(seconds, 86400) * 1000));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QString text = QString::fromLatin1(value);
    text.replace(QStringLiteral(" GMT"), QString());
    const QDateTime when =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    const qint64 delta = now.msecsTo(utc);
    return static_cast<int>(std::clamp<qint64>(delta, 0, 86400000));
}

} // namespace brickdesk

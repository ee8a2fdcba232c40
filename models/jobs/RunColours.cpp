#include "RunColours.h"

namespace brickdesk {

QColor colourForRun(const RunState &state)
{
    if (state.isActive()) {
        if (state.lifeCycle == QStringLiteral("RUNNING") ||
            state.lifeCycle == QStringLiteral("TERMINATING"))
            return QColor(0x15, 0x65, 0xc0);
        return QColor(0xef, 0x6c, 0x00); // queued, pending, blocked, waiting for retry
    }
    const QString &result = state.result;
    if (result == QStringLiteral("SUCCESS"))
        return QColor(0x2e, 0x7d, 0x32);
    if (result == QStringLiteral("SUCCESS_WITH_FAILURES"))
        return QColor(0xf9, 0xa8, 0x25);
    if (result == QStringLiteral("TIMEDOUT"))
        return QColor(0xad, 0x14, 0x57);
    if (result == QStringLiteral("FAILED") || result == QStringLiteral("UPSTREAM_FAILED") ||
        result == QStringLiteral("MAXIMUM_CONCURRENT_RUNS_REACHED") ||
        state.lifeCycle == QStringLiteral("INTERNAL_ERROR"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75); // cancelled, skipped, excluded, unknown
}

} // namespace brickdesk

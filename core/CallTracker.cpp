#include "CallTracker.h"

namespace brickdesk {

CallTracker::~CallTracker()
{
    blockSignals(true); // nobody listens to a tracker being destroyed
    cancelAll();
}

ApiCall *CallTracker::track(ApiCall *call)
{
    if (!call)
        return nullptr;
    const bool wasBusy = isBusy();
    m_calls.append(call);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_calls.removeAll(call);
        m_calls.removeAll(nullptr);
        if (!isBusy())
            Q_EMIT busyChanged(false);
    });
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return call;
}

void CallTracker::cancelAll()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    if (!calls.isEmpty())
        Q_EMIT busyChanged(false);
}

} // namespace brickdesk

#pragma once

#include "ApiClient.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace brickdesk {

// Remembers the calls a client started so that cancelAll() (disconnecting, switching profile)
// stops them all, and says when the first starts and the last ends.
class CallTracker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CallTracker() override;

    ApiCall *track(ApiCall *call); // passes null through
    bool isBusy() const { return !m_calls.isEmpty(); }
    void cancelAll();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace brickdesk

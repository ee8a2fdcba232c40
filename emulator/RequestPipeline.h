#pragma once

#include "ApiMessage.h"

#include <QString>
#include <functional>

namespace brickdesk::emulator {

class ApiRouter;
class FaultInjector;

// Decides what happens to each request, in this order: tell the observer (counting), dropped
// connection, answer cut midway, queued failure, rate limit, random failure, authentication,
// route. The outcome
// carries the latency in force when the request arrived.
class RequestPipeline
{
public:
    using Observer = std::function<void(const ApiRequest &)>;

    RequestPipeline(FaultInjector &faults, const ApiRouter &router, QString acceptedToken);

    void setObserver(Observer observer);
    RequestOutcome handle(const ApiRequest &request) const;

private:
    ApiResponse answer(const ApiRequest &request) const;

    FaultInjector &m_faults;
    const ApiRouter &m_router;
    QString m_acceptedToken;
    Observer m_observer;
};

} // namespace brickdesk::emulator

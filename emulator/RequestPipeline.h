#pragma once

#include "ApiMessage.h"

#include <QString>
#include <functional>

namespace brickdesk::emulator {

class ApiRouter;
class AzureFrontDoor;
class EntraTokens;
class FaultInjector;

// Decides what happens to each request, in this order: tell the observer (counting), dropped
// connection, answer cut midway, queued failure, rate limit, random failure, then either the
// Azure side (/keyvault/ and /entra/ paths, which check their own credentials) or the workspace's
// authentication and route. The outcome carries the latency in force when the request arrived.
class RequestPipeline
{
public:
    using Observer = std::function<void(const ApiRequest &)>;

    RequestPipeline(FaultInjector &faults, const ApiRouter &router, QString acceptedToken);

    void setObserver(Observer observer);
    // Workspace requests may also carry the emulator's Entra tokens for Azure Databricks.
    void setEntraTokens(const EntraTokens *tokens) { m_entraTokens = tokens; }
    void setAzureFrontDoor(const AzureFrontDoor *frontDoor) { m_azure = frontDoor; }
    RequestOutcome handle(const ApiRequest &request) const;

private:
    ApiResponse answer(const ApiRequest &request) const;

    FaultInjector &m_faults;
    const ApiRouter &m_router;
    QString m_acceptedToken;
    Observer m_observer;
    const EntraTokens *m_entraTokens = nullptr;
    const AzureFrontDoor *m_azure = nullptr;
};

} // namespace brickdesk::emulator

#include "RequestPipeline.h"

#include "ApiRouter.h"
#include "Authentication.h"
#include "FaultInjector.h"
#include "azure/AzureFrontDoor.h"

#include <utility>

namespace brickdesk::emulator {

RequestPipeline::RequestPipeline(FaultInjector &faults, const ApiRouter &router,
                                 QString acceptedToken)
    : m_faults(faults)
    , m_router(router)
    , m_acceptedToken(std::move(acceptedToken))
{}

void RequestPipeline::setObserver(Observer observer)
{
    m_observer = std::move(observer);
}

RequestOutcome RequestPipeline::handle(const ApiRequest &request) const
{
    if (m_observer)
        m_observer(request);

    RequestOutcome outcome;
    if (m_faults.takeDrop()) {
        outcome.dropConnection = true;
        return outcome;
    }
    outcome.cutMidway = m_faults.takeMidwayDrop();
    outcome.latencyMs = m_faults.latencyMs();
    outcome.response = answer(request);
    return outcome;
}

ApiResponse RequestPipeline::answer(const ApiRequest &request) const
{
    if (auto failure = m_faults.takeQueuedFailure())
        return *failure;
    if (auto limited = m_faults.checkRateLimit())
        return *limited;
    if (auto unavailable = m_faults.checkFailRate())
        return *unavailable;
    if (m_azure && AzureFrontDoor::serves(request.path))
        return m_azure->answer(request);
    ApiRequest authenticated = request;
    if (auto denied = authenticateWorkspaceRequest(request.authorization, m_acceptedToken,
                                                   m_entraTokens, &authenticated.caller)) {
        return *denied;
    }
    return m_router.dispatch(std::move(authenticated));
}

} // namespace brickdesk::emulator

#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class WorkspaceState;

// /api/2.0/clusters/* and /api/2.1/clusters/*: list (2.0 unpaged, 2.1 paged and filtered by state,
// source, pin and policy), get.
void registerClustersApi(ApiRouter &router, WorkspaceState &state);

} // namespace brickdesk::emulator

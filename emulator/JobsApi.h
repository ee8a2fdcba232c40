#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class WorkspaceState;

// /api/2.1/jobs/*: list (page_token or the deprecated offset, name filter, expand_tasks), get.
void registerJobsApi(ApiRouter &router, WorkspaceState &state);

} // namespace brickdesk::emulator

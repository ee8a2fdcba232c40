#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class WorkspaceState;

// GET /api/2.0/permissions/jobs/{job_id}: who may do what with a job. The owner is the job's
// creator; admins manage every job (inherited from the workspace) and users may view.
void registerPermissionsApi(ApiRouter &router, const WorkspaceState &state);

} // namespace brickdesk::emulator

#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class Simulation;
class WorkspaceTree;

// /api/2.0/workspace/list, get-status, mkdirs and delete. List answers the objects directly in a
// folder (no "objects" key for an empty one), or the object alone for anything that is not a
// folder or repo; delete of a non-empty folder needs recursive.
void registerWorkspaceApi(ApiRouter &router, WorkspaceTree &tree, Simulation &sim);

} // namespace brickdesk::emulator

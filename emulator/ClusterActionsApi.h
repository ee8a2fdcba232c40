#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class ClusterLifecycle;
class Simulation;

// /api/2.0/clusters/* and /api/2.1/clusters/*: create, edit, start, restart, resize, delete,
// permanent-delete, pin, unpin, list-node-types, spark-versions.
void registerClusterActionsApi(ApiRouter &router, Simulation &sim, ClusterLifecycle &lifecycle);

} // namespace brickdesk::emulator

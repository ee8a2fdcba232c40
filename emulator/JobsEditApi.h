#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class RunEngine;
class Simulation;

// /api/2.1/jobs/create, reset (full replace), update (merge), delete.
void registerJobsEditApi(ApiRouter &router, Simulation &sim, RunEngine &engine);

} // namespace brickdesk::emulator

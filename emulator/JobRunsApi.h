#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class RunEngine;
class Simulation;

// /api/2.1/jobs/run-now, runs/submit, runs/cancel, runs/cancel-all, runs/repair.
void registerJobRunsApi(ApiRouter &router, Simulation &sim, RunEngine &engine);

} // namespace brickdesk::emulator

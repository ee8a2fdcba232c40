#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class Simulation;

// /api/2.1/jobs/runs/list, runs/get, runs/get-output.
void registerRunsQueryApi(ApiRouter &router, const Simulation &sim);

} // namespace brickdesk::emulator

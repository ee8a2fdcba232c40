#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class LibraryInstaller;
class Simulation;

// /api/2.0/libraries/*: cluster-status, install, uninstall (and all-cluster-statuses).
void registerLibrariesApi(ApiRouter &router, Simulation &sim, LibraryInstaller &installer);

} // namespace brickdesk::emulator

#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class Simulation;
class WorkspaceTree;

// /api/2.0/workspace/export and import. Export formats: SOURCE (a notebook's source exactly as
// stored, a file's bytes), HTML, JUPYTER, DBC (the emulator's JSON document, see DbcArchive.h;
// the only format, with AUTO, for folders), AUTO and RAW; direct_download=true answers the raw
// bytes. Import formats: SOURCE (needs a language), HTML, JUPYTER, DBC (never over an existing
// object), RAW (a file) and AUTO (detected from the name and the content). The parent folder of
// an import must exist. At most 10 MB either way.
void registerWorkspaceTransferApi(ApiRouter &router, WorkspaceTree &tree, Simulation &sim);

} // namespace brickdesk::emulator

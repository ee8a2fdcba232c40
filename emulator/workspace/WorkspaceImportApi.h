#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class Simulation;
class WorkspaceTree;

// /api/2.0/workspace/import. Formats: SOURCE (needs a language), HTML, JUPYTER (the language
// from the notebook's metadata), DBC (never over an existing object, never with overwrite), RAW
// (a file) and AUTO (told from the name and the content; a notebook loses its extension). The
// parent folder must exist; an existing object is replaced only with overwrite (keeping its id,
// its modified_at moving forward). At most 10 MB.
void registerWorkspaceImportApi(ApiRouter &router, WorkspaceTree &tree, Simulation &sim);

} // namespace brickdesk::emulator

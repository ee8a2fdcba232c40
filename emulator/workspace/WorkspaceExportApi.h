#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class WorkspaceTree;

// /api/2.0/workspace/export. Formats: SOURCE (a notebook's source exactly as stored, a file's
// bytes), HTML, JUPYTER, DBC (the emulator's JSON document, see DbcArchive.h; with AUTO the only
// format for folders and repos), AUTO and RAW. direct_download=true answers the bytes
// themselves, else {content (base64), file_type}. At most 10 MB (MAX_NOTEBOOK_SIZE_EXCEEDED).
void registerWorkspaceExportApi(ApiRouter &router, const WorkspaceTree &tree);

} // namespace brickdesk::emulator

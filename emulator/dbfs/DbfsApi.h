#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class DbfsStore;

// /api/2.0/dbfs/*: list, get-status, read, create, add-block, close, put (JSON or multipart),
// delete (in batches, 503 PARTIAL_DELETE), mkdirs and move, over the files of `store`.
void registerDbfsApi(ApiRouter &router, DbfsStore &store);

} // namespace brickdesk::emulator

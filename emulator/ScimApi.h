#pragma once

namespace brickdesk::emulator {

class ApiRouter;

// /api/2.0/preview/scim/v2/Me: the user the token belongs to.
void registerScimApi(ApiRouter &router);

} // namespace brickdesk::emulator

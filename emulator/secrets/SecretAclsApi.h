#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class SecretsBackend;

// /api/2.0/secrets/acls/put, get, list (answering `items`) and delete. Every ACL call needs
// MANAGE on the scope.
void registerSecretAclsApi(ApiRouter &router, SecretsBackend &backend);

} // namespace brickdesk::emulator

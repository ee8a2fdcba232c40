#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class SecretsBackend;

// /api/2.0/secrets/put, delete and list. Values are stored but never answered. A Key
// Vault-backed scope is read-only here (put and delete answer 400 BAD_REQUEST) and its list is
// the live secrets of the emulated vault its dns_name names (403 PERMISSION_DENIED when it names
// none).
void registerSecretsApi(ApiRouter &router, SecretsBackend &backend);

} // namespace brickdesk::emulator

#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class SecretsBackend;

// /api/2.0/secrets/scopes/create, scopes/list and scopes/delete. A Key Vault-backed scope can
// only be created with an Entra ID token (as the service demands a user's AAD token); the
// creator (the emulator's current user, and the calling application when an application's token
// created it) gets MANAGE, and initial_manage_principal "users" gives it to every user.
void registerSecretScopesApi(ApiRouter &router, SecretsBackend &backend);

} // namespace brickdesk::emulator

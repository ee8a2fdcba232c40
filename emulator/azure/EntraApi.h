#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class EntraService;

// The fake Entra ID's endpoints (form-encoded requests, JSON answers, OAuth 2.0 errors with
// AADSTS codes):
//   POST /entra/{tenant}/oauth2/v2.0/devicecode   client_id, scope
//   POST /entra/{tenant}/oauth2/v2.0/token        grant_type client_credentials,
//        urn:ietf:params:oauth:grant-type:device_code or refresh_token
//   GET  /entra/devicelogin                       the verification page the codes point to
void registerEntraApi(ApiRouter &router, EntraService &entra);

} // namespace brickdesk::emulator

#pragma once

#include "AccessToken.h"
#include "ApiClient.h"
#include "EntraEndpoint.h"

#include <QUrlQuery>
#include <functional>

namespace brickdesk {

// The ApiClient that talks to an Entra ID authority (no bearer token of its own).
ApiClient *makeEntraClient(QNetworkAccessManager *network, ActivityLog *activity,
                           const EntraEndpoint &endpoint, QObject *parent);

// POSTs `form` to the endpoint's token URL and hands `done` the token (with its refresh token in
// `refreshToken`) or the reason: OAuth errors keep Entra's description (AADSTS... codes) and say
// whether the user must sign in again.
// Returns the call, to cancel it.
ApiCall *
requestEntraToken(ApiClient *entra, const EntraEndpoint &endpoint,
                  const ApiRequest::FormFields &form, QObject *context,
                  std::function<void(const AccessTokenResult &result, const QString &refreshToken,
                                     const QString &oauthError)>
                      done);

} // namespace brickdesk

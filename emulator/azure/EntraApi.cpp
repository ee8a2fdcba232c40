#include "EntraApi.h"

#include "ApiRouter.h"
#include "AzureErrors.h"
#include "ClientAssertionCheck.h"
#include "EntraScopes.h"
#include "EntraService.h"

#include <QDateTime>

namespace brickdesk::emulator {

namespace {

const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

ApiResponse missingParameter(const QString &name)
{
    return oauthError(400, QStringLiteral("invalid_request"), 900144,
                      QStringLiteral("The request body must contain the following parameter: '") +
                          name + QStringLiteral("'."));
}

ApiResponse unknownTenant(const QString &tenant)
{
    return oauthError(400, QStringLiteral("invalid_request"), 90002,
                      QStringLiteral("Tenant '") + tenant +
                          QStringLiteral("' not found. Check to make sure you have the correct "
                                         "tenant ID and are signing into the correct cloud."));
}

ApiResponse unknownClient(const QString &clientId, const QString &tenant)
{
    return oauthError(400, QStringLiteral("unauthorized_client"), 700016,
                      QStringLiteral("Application with identifier '") + clientId +
                          QStringLiteral("' was not found in the directory '") + tenant +
                          QStringLiteral("'. This can happen if the application has not been "
                                         "installed by the administrator of the tenant or "
                                         "consented to by any user in the tenant. You may have "
                                         "sent your authentication request to the wrong "
                                         "tenant."));
}

QUrl verificationUri(const EntraService &entra)
{
    QUrl url = entra.authority();
    url.setPath(url.path() + QStringLiteral("/devicelogin"));
    return url;
}

// The success answer. Client credentials never get a refresh token.
ApiResponse tokenAnswer(EntraService &entra, const EntraIdentity &who, const RequestedScope &scope,
                        bool withRefreshToken, const QString &clientId)
{
    const EntraTokens::Issued access =
        entra.tokens().issueAccessToken(who, scope.audience, QStringLiteral("user_impersonation"));
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), scope.grantedScope},
                     {QStringLiteral("expires_in"), access.expiresInSeconds},
                     {QStringLiteral("ext_expires_in"), access.expiresInSeconds},
                     {QStringLiteral("access_token"), access.token}};
    if (withRefreshToken) {
        body.insert(QStringLiteral("refresh_token"),
                    entra.tokens().issueRefreshToken(who, clientId));
    }
    ApiResponse response = ApiResponse::ok(body);
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

ApiResponse clientCredentials(EntraService &entra, const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return missingParameter(QStringLiteral("client_id"));
    if (!entra.isRegisteredApplication(clientId))
        return unknownClient(clientId, tenant);
    const QString assertion =
        form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded);
    if (!assertion.isEmpty()) {
        // Certificate sign-in: a JWT signed by the registered certificate's key.
        if (form.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded) !=
            QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
            return oauthError(
                400, QStringLiteral("invalid_request"), 50027,
                QStringLiteral("client_assertion_type must be "
                               "urn:ietf:params:oauth:client-assertion-type:jwt-bearer."));
        QUrl audience = entra.authority();
        audience.setPath(audience.path() + QLatin1Char('/') + tenant +
                         QStringLiteral("/oauth2/v2.0/token"));
        if (const auto refused =
                checkClientAssertion(assertion.toLatin1(), entra.clientCertificatePem(), clientId,
                                     audience.toString(), QDateTime::currentSecsSinceEpoch()))
            return oauthError(401, QStringLiteral("invalid_client"), refused->aadstsCode,
                              refused->message);
    } else if (!form.hasQueryItem(QStringLiteral("client_secret"))) {
        return oauthError(401, QStringLiteral("invalid_client"), 7000218,
                          QStringLiteral("The request body must contain the following parameter: "
                                         "'client_assertion' or 'client_secret'."));
    } else if (!entra.isApplicationSecret(
                   form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded))) {
        return oauthError(401, QStringLiteral("invalid_client"), 7000215,
                          QStringLiteral("Invalid client secret provided. Ensure the secret being "
                                         "sent in the request is the client secret value, not the "
                                         "client secret ID, for a secret added to app '") +
                              clientId + QStringLiteral("'."));
    }
    if (!form.hasQueryItem(QStringLiteral("scope")))
        return missingParameter(QStringLiteral("scope"));
    RequestedScope scope;
    if (auto error = resolveScope(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                                  entra.tenantId(), true, &scope)) {
        return *error;
    }
    return tokenAnswer(entra, entra.application(), scope, false, clientId);
}

ApiResponse deviceCodeGrant(EntraService &entra, const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return missingParameter(QStringLiteral("client_id"));
    const QString deviceCode =
        form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded);
    if (deviceCode.isEmpty())
        return missingParameter(QStringLiteral("device_code"));
    if (!entra.isPublicClient(clientId))
        return unknownClient(clientId, tenant);

    const EntraDeviceCodes::PollResult poll = entra.deviceCodes().poll(deviceCode, clientId);
    switch (poll.outcome) {
    case EntraDeviceCodes::Outcome::Pending:
        return oauthError(400, QStringLiteral("authorization_pending"), 70016,
                          QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. "
                                         "Continue polling."));
    case EntraDeviceCodes::Outcome::Declined:
        return oauthError(400, QStringLiteral("authorization_declined"), 65004,
                          QStringLiteral("User declined to consent to access the app."));
    case EntraDeviceCodes::Outcome::Expired:
        return oauthError(400, QStringLiteral("expired_token"), 70020,
                          QStringLiteral("The provided value for the input parameter "
                                         "'device_code' is not valid. This device code has "
                                         "expired."));
    case EntraDeviceCodes::Outcome::AlreadyUsed:
        return oauthError(400, QStringLiteral("invalid_grant"), 54005,
                          QStringLiteral("The device code was already redeemed; start the "
                                         "sign-in again for a new code."));
    case EntraDeviceCodes::Outcome::Unknown:
        return oauthError(400, QStringLiteral("bad_verification_code"), 70000,
                          QStringLiteral("The provided value for the input parameter "
                                         "'device_code' is not valid."));
    case EntraDeviceCodes::Outcome::Approved:
        break;
    }
    RequestedScope scope;
    if (auto error = resolveScope(poll.scope, entra.tenantId(), false, &scope))
        return *error;
    return tokenAnswer(entra, entra.signedInUser(clientId), scope, scope.offlineAccess, clientId);
}

ApiResponse refreshTokenGrant(EntraService &entra, const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return missingParameter(QStringLiteral("client_id"));
    const QString refreshToken =
        form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    if (refreshToken.isEmpty())
        return missingParameter(QStringLiteral("refresh_token"));
    if (!entra.isPublicClient(clientId))
        return unknownClient(clientId, tenant);

    const EntraTokens::RefreshTokenInfo info = entra.tokens().checkRefreshToken(refreshToken);
    if (info.status == EntraTokens::Status::Unknown || info.clientId != clientId) {
        return oauthError(400, QStringLiteral("invalid_grant"), 9002313,
                          QStringLiteral("Invalid request. Request is malformed or invalid."));
    }
    if (info.status == EntraTokens::Status::Expired) {
        const QString issued =
            QDateTime::fromMSecsSinceEpoch(info.issuedAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
        return oauthError(400, QStringLiteral("invalid_grant"), 700082,
                          QStringLiteral("The refresh token has expired due to inactivity. The "
                                         "token was issued on ") +
                              issued + QStringLiteral(" and was inactive for 90.00:00:00."));
    }
    RequestedScope scope;
    if (auto error = resolveScope(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                                  entra.tenantId(), false, &scope)) {
        return *error;
    }
    return tokenAnswer(entra, info.who, scope, true, clientId);
}

ApiResponse token(EntraService &entra, const ApiRequest &request)
{
    const QUrlQuery form = parseFormBody(request.body);
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    entra.countTokenRequest(grantType);
    const QString tenant = request.pathParams.value(QStringLiteral("tenant"));
    if (!entra.knowsTenant(tenant))
        return unknownTenant(tenant);
    if (grantType.isEmpty())
        return missingParameter(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentials(entra, form, tenant);
    if (grantType == kDeviceCodeGrant)
        return deviceCodeGrant(entra, form, tenant);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(entra, form, tenant);
    return oauthError(400, QStringLiteral("unsupported_grant_type"), 70003,
                      QStringLiteral("The app requested an unsupported grant type '") + grantType +
                          QStringLiteral("'."));
}

ApiResponse deviceCode(EntraService &entra, const ApiRequest &request)
{
    const QUrlQuery form = parseFormBody(request.body);
    const QString tenant = request.pathParams.value(QStringLiteral("tenant"));
    if (!entra.knowsTenant(tenant))
        return unknownTenant(tenant);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return missingParameter(QStringLiteral("client_id"));
    if (!entra.isPublicClient(clientId))
        return unknownClient(clientId, tenant);
    if (!form.hasQueryItem(QStringLiteral("scope")))
        return missingParameter(QStringLiteral("scope"));
    const QString scopeText = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    // Checked now, as Entra does, so that a bad scope fails before the user is asked anything.
    RequestedScope scope;
    if (auto error = resolveScope(scopeText, entra.tenantId(), false, &scope))
        return *error;

    const EntraDeviceCodes::Started started = entra.deviceCodes().start(clientId, scopeText);
    const QString page = verificationUri(entra).toString();
    const QString message = QStringLiteral("To sign in, use a web browser to open the page ") +
                            page + QStringLiteral(" and enter the code ") + started.userCode +
                            QStringLiteral(" to authenticate.");
    return ApiResponse::ok(QJsonObject{
        {QStringLiteral("user_code"), started.userCode},
        {QStringLiteral("device_code"), started.deviceCode},
        {QStringLiteral("verification_uri"), page},
        {QStringLiteral("expires_in"), EntraDeviceCodes::kLifetimeSeconds},
        {QStringLiteral("interval"), entra.deviceCodeIntervalSeconds()},
        {QStringLiteral("message"), message},
    });
}

ApiResponse deviceLogin()
{
    return ApiResponse::ok(QJsonObject{
        {QStringLiteral("message"),
         QStringLiteral("This is the Brickdesk emulator's sign-in page. There is nothing to "
                        "enter: the emulator approves a device code by itself after a few "
                        "polls.")}});
}

} // namespace

void registerEntraApi(ApiRouter &router, EntraService &entra)
{
    router.post(QStringLiteral("/entra/{tenant}/oauth2/v2.0/token"),
                [&entra](const ApiRequest &request) { return token(entra, request); });
    router.post(QStringLiteral("/entra/{tenant}/oauth2/v2.0/devicecode"),
                [&entra](const ApiRequest &request) { return deviceCode(entra, request); });
    router.get(QStringLiteral("/entra/devicelogin"),
               [](const ApiRequest &) { return deviceLogin(); });
}

} // namespace brickdesk::emulator

#pragma once

#include "AccessToken.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <optional>

namespace brickdesk {

// Where a Microsoft Entra ID sign-in happens: the authority host (login.microsoftonline.com, a
// sovereign cloud's, or the demo workspace's), the tenant and the application (client) id.
struct EntraEndpoint
{
    QUrl authorityHost; // scheme://host[/path], no trailing slash
    QString tenantId;   // a tenant id or domain, or "organizations"
    QString clientId;

    QString tokenPath() const;      // /{tenant}/oauth2/v2.0/token, relative to authorityHost
    QString deviceCodePath() const; // /{tenant}/oauth2/v2.0/devicecode
    // Empty when usable, else what is wrong.
    QString problem() const;
};

// The public client id of the Azure CLI, which Microsoft lets developer tools use for
// device-code sign-in when the user has registered no application of their own.
inline constexpr char kDeveloperSignInClientId[] = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

// The authority host: AZURE_AUTHORITY_HOST when set (as the Azure SDKs read it), else the one
// of `azureEnvironment` (PUBLIC / USGOVERNMENT / CHINA, as in .databrickscfg; empty = PUBLIC).
QUrl entraAuthorityHost(const QString &azureEnvironment, const QProcessEnvironment &environment);

// What the device-code endpoint answers, for the user to act on.
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    QString message; // Entra's own instruction text
    QDateTime expiresAt;
    int intervalSeconds = 5;
    QString deviceCode; // sent back while polling; not for display
};

// Parsers of the token endpoint's answers; nullopt with `error` naming what is wrong.
namespace entraAnswers {
struct TokenAnswer
{
    AccessToken accessToken;
    QString refreshToken; // empty when none was given
};
std::optional<TokenAnswer> token(const QJsonObject &answer, const QDateTime &now, QString *error);
std::optional<DeviceCodePrompt> deviceCode(const QJsonObject &answer, const QDateTime &now,
                                           QString *error);
} // namespace entraAnswers

// Entra's error codes that mean "the user must sign in again" rather than "something broke".
bool isSignInRequiredError(const QString &oauthError);

} // namespace brickdesk

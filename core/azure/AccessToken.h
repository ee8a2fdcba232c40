#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace brickdesk {

// The token scopes Brickdesk asks Microsoft Entra ID for.
inline constexpr char kKeyVaultScope[] = "https://vault.azure.net/.default";
inline constexpr char kAzureDatabricksResource[] = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d";
inline constexpr char kAzureDatabricksScope[] = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default";

// An access token and what is known about it. Never print `token`.
struct AccessToken
{
    QString token;
    QDateTime expiresOn;
    QDateTime obtainedAt;
    QString account; // who it speaks for (upn, unique_name or appid), for display only

    bool isValid() const { return !token.isEmpty() && expiresOn.isValid(); }
    // True once the token is close enough to its end that it should be replaced before use: five
    // minutes before, or after four fifths of its life for short-lived tokens.
    bool needsRefresh(const QDateTime &now) const;
};

struct AccessTokenResult
{
    AccessToken token;
    QString error;               // for the user; empty on success; never contains a token
    bool signInRequired = false; // the user has to sign in (again) before this can work

    bool ok() const { return error.isEmpty() && token.isValid(); }
};

// The claims of a JWT access token, decoded without checking the signature: for showing who
// signed in and as a fallback expiry, never for trusting anything. {} when not a JWT.
QJsonObject unverifiedJwtClaims(const QString &token);
QString accountFromClaims(const QJsonObject &claims);

// The JSON `az account get-access-token` prints: accessToken with expires_on (epoch seconds, az
// 2.54 and later) or expiresOn (local time).
AccessTokenResult parseAzureCliTokenAnswer(const QByteArray &json, const QDateTime &now);

} // namespace brickdesk

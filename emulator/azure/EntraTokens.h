#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <functional>

namespace brickdesk::emulator {

// Who an Entra ID token speaks for.
struct EntraIdentity
{
    bool isApplication = false;
    QString objectId;          // oid
    QString applicationId;     // appid: the application, or the client a user signed in with
    QString userPrincipalName; // upn, for users
    QString displayName;       // for users

    // The name the workspace knows the caller by: the user name, or the application id.
    QString principal() const { return isApplication ? applicationId : userPrincipalName; }
};

// The fake Entra ID's tokens. Access tokens are JWT-shaped (base64url header.payload.signature,
// the payload carrying aud, iss, tid, oid, iat, nbf, exp and upn or appid) so that a client can
// show who signed in and until when; the signature is random bytes, and the emulator accepts only
// the tokens in its own table. Expiry follows the real clock, never the simulated one: clients
// compare `exp` with their own clock. Refresh tokens are opaque. The table keys are SHA-256
// digests, so the tokens themselves are not kept.
class EntraTokens
{
public:
    using Clock = std::function<qint64()>; // epoch milliseconds

    explicit EntraTokens(Clock clock = {});

    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }
    void setIssuer(const QString &issuer) { m_issuer = issuer; } // the iss claim
    int lifetimeSeconds() const { return m_lifetimeSeconds; }
    void setLifetimeSeconds(int seconds); // at least 1

    struct Issued
    {
        QString token;
        int expiresInSeconds = 0;
    };
    Issued issueAccessToken(const EntraIdentity &who, const QString &audience,
                            const QString &scope);
    QString issueRefreshToken(const EntraIdentity &who, const QString &clientId);

    enum class Status
    {
        Unknown, // not issued here (or forgotten long after it expired)
        Expired, // access tokens: past exp or expired by expireAccessTokens(); refresh: revoked
        Valid
    };
    struct AccessTokenInfo
    {
        Status status = Status::Unknown;
        QString audience;
        EntraIdentity who;
    };
    AccessTokenInfo checkAccessToken(const QByteArray &token) const;

    struct RefreshTokenInfo
    {
        Status status = Status::Unknown;
        EntraIdentity who;
        QString clientId;
        qint64 issuedAtMs = 0;
    };
    RefreshTokenInfo checkRefreshToken(const QString &token) const;

    // Every access token issued so far counts as expired from now on.
    void expireAccessTokens() { m_accessCutoff = m_nextSerial; }
    // Every refresh token issued so far is refused from now on.
    void revokeRefreshTokens() { m_refreshCutoff = m_nextSerial; }

private:
    struct AccessEntry
    {
        qint64 serial = 0;
        qint64 expiresAtMs = 0;
        QString audience;
        EntraIdentity who;
    };
    struct RefreshEntry
    {
        qint64 serial = 0;
        EntraIdentity who;
        QString clientId;
        qint64 issuedAtMs = 0;
    };

    static QByteArray digest(const QByteArray &token);
    void forgetLongExpired(qint64 nowMs);

    Clock m_clock;
    QString m_tenantId;
    QString m_issuer;
    int m_lifetimeSeconds = 3600;
    qint64 m_nextSerial = 1;
    qint64 m_accessCutoff = 0;
    qint64 m_refreshCutoff = 0;
    QHash<QByteArray, AccessEntry> m_access;
    QHash<QByteArray, RefreshEntry> m_refresh;
};

} // namespace brickdesk::emulator

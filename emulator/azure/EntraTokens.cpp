#include "EntraTokens.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>

namespace brickdesk::emulator {

namespace {

constexpr qsizetype kTableSizeBeforePruning = 4096;
constexpr qint64 kForgetAfterExpiryMs = 60 * 60 * 1000;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QByteArray jsonPart(const QJsonObject &object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

EntraTokens::EntraTokens(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

void EntraTokens::setLifetimeSeconds(int seconds)
{
    m_lifetimeSeconds = std::max(1, seconds);
}

EntraTokens::Issued EntraTokens::issueAccessToken(const EntraIdentity &who, const QString &audience,
                                                  const QString &scope)
{
    const qint64 nowMs = m_clock();
    forgetLongExpired(nowMs);
    const qint64 issuedAt = nowMs / 1000;
    const qint64 expiresAt = issuedAt + m_lifetimeSeconds;

    QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("nbf"), issuedAt},
        {QStringLiteral("exp"), expiresAt},
        {QStringLiteral("tid"), m_tenantId},
        {QStringLiteral("oid"), who.objectId},
        {QStringLiteral("sub"), who.objectId},
        {QStringLiteral("appid"), who.applicationId},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
        // Makes every token unique, as Entra's own uti claim does.
        {QStringLiteral("uti"), QString::fromLatin1(base64Url(randomBytes(16)))},
    };
    if (who.isApplication) {
        claims.insert(QStringLiteral("idtyp"), QStringLiteral("app"));
    } else {
        claims.insert(QStringLiteral("upn"), who.userPrincipalName);
        claims.insert(QStringLiteral("unique_name"), who.userPrincipalName);
        claims.insert(QStringLiteral("name"), who.displayName);
        claims.insert(QStringLiteral("scp"), scope);
    }
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("brickdesk-emulator")}};
    const QByteArray token =
        jsonPart(header) + '.' + jsonPart(claims) + '.' + base64Url(randomBytes(64));

    AccessEntry entry;
    entry.serial = m_nextSerial++;
    // The table follows the claims to the second, so that a client reading exp agrees with it.
    entry.expiresAtMs = expiresAt * 1000;
    entry.audience = audience;
    entry.who = who;
    m_access.insert(digest(token), entry);
    return Issued{QString::fromLatin1(token), m_lifetimeSeconds};
}

QString EntraTokens::issueRefreshToken(const EntraIdentity &who, const QString &clientId)
{
    const QByteArray token = QByteArrayLiteral("0.A") + base64Url(randomBytes(96));
    m_refresh.insert(digest(token), RefreshEntry{m_nextSerial++, who, clientId, m_clock()});
    return QString::fromLatin1(token);
}

EntraTokens::AccessTokenInfo EntraTokens::checkAccessToken(const QByteArray &token) const
{
    AccessTokenInfo info;
    const auto it = m_access.constFind(digest(token));
    if (it == m_access.constEnd())
        return info;
    info.audience = it->audience;
    info.who = it->who;
    const bool expired = it->serial < m_accessCutoff || m_clock() >= it->expiresAtMs;
    info.status = expired ? Status::Expired : Status::Valid;
    return info;
}

EntraTokens::RefreshTokenInfo EntraTokens::checkRefreshToken(const QString &token) const
{
    RefreshTokenInfo info;
    const auto it = m_refresh.constFind(digest(token.toUtf8()));
    if (it == m_refresh.constEnd())
        return info;
    info.who = it->who;
    info.clientId = it->clientId;
    info.issuedAtMs = it->issuedAtMs;
    info.status = it->serial < m_refreshCutoff ? Status::Expired : Status::Valid;
    return info;
}

QByteArray EntraTokens::digest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

// Keeps the table small in long sessions; a token forgotten this way reads as unknown.
void EntraTokens::forgetLongExpired(qint64 nowMs)
{
    if (m_access.size() < kTableSizeBeforePruning)
        return;
    m_access.removeIf([nowMs](const QHash<QByteArray, AccessEntry>::iterator entry) {
        return entry->expiresAtMs + kForgetAfterExpiryMs < nowMs;
    });
}

} // namespace brickdesk::emulator

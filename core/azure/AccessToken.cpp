#include "AccessToken.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTimeZone>

namespace brickdesk {

bool AccessToken::needsRefresh(const QDateTime &now) const
{
    if (!isValid())
        return true;
    qint64 marginSeconds = 5 * 60;
    if (obtainedAt.isValid()) {
        const qint64 lifetime = obtainedAt.secsTo(expiresOn);
        marginSeconds = std::min(marginSeconds, std::max<qint64>(1, lifetime / 5));
    }
    return now.secsTo(expiresOn) <= marginSeconds;
}

QJsonObject unverifiedJwtClaims(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(decoded.decoded).object();
}

QString accountFromClaims(const QJsonObject &claims)
{
    for (const char *name : {"upn", "unique_name", "preferred_username", "email"}) {
        const QString value = claims.value(QLatin1String(name)).toString();
        if (!value.isEmpty())
            return value;
    }
    const QString app = claims.value(QLatin1String("appid")).toString();
    return app.isEmpty() ? QString() : QStringLiteral("application ") + app;
}

AccessTokenResult parseAzureCliTokenAnswer(const QByteArray &json, const QDateTime &now)
{
    AccessTokenResult result;
    const QJsonObject answer = QJsonDocument::fromJson(json).object();
    result.token.token = answer.value(QStringLiteral("accessToken")).toString();
    // expires_on (epoch seconds, az 2.54 and later) is exact; expiresOn is local time without zone.
    const QJsonValue epoch = answer.value(QStringLiteral("expires_on"));
    if (epoch.isDouble() && epoch.toInteger() > 0) {
        result.token.expiresOn = QDateTime::fromSecsSinceEpoch(epoch.toInteger(), QTimeZone::utc());
    } else {
        QString local = answer.value(QStringLiteral("expiresOn")).toString();
        local = local.left(local.indexOf(QLatin1Char('.')) < 0 ? local.size()
                                                               : local.indexOf(QLatin1Char('.')));
        const QDateTime parsed =
            QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (parsed.isValid())
            result.token.expiresOn = parsed.toUTC();
    }
    if (result.token.token.isEmpty() || !result.token.expiresOn.isValid()) {
        result.token = AccessToken{};
        result.error = QStringLiteral("The Azure CLI answered without a token and its expiry");
        return result;
    }
    result.token.obtainedAt = now;
    result.token.account = accountFromClaims(unverifiedJwtClaims(result.token.token));
    return result;
}

} // namespace brickdesk

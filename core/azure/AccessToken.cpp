#include "AccessToken.h"

#include <QJsonDocument>
#include <QStringList>

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

} // namespace brickdesk

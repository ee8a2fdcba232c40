#include "EntraEndpoint.h"

#include "HostUrl.h"
#include "JsonFields.h"

#include <QUrlQuery>

namespace brickdesk {

namespace {

QString tenantPath(const EntraEndpoint &endpoint, const char *leaf)
{
    return QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(endpoint.tenantId)) +
           QLatin1String("/oauth2/v2.0/") + QLatin1String(leaf);
}

} // namespace

QString EntraEndpoint::tokenPath() const
{
    return tenantPath(*this, "token");
}

QString EntraEndpoint::deviceCodePath() const
{
    return tenantPath(*this, "devicecode");
}

QString EntraEndpoint::problem() const
{
    if (!authorityHost.isValid() || authorityHost.host().isEmpty())
        return QStringLiteral("no Microsoft Entra ID authority host");
    const bool loopback = isLoopbackHost(authorityHost.host());
    if (authorityHost.scheme() != QLatin1String("https") &&
        !(loopback && authorityHost.scheme() == QLatin1String("http")))
        return QStringLiteral("the authority host %1 is not https").arg(authorityHost.toString());
    if (tenantId.trimmed().isEmpty())
        return QStringLiteral("no Azure tenant id");
    if (clientId.trimmed().isEmpty())
        return QStringLiteral("no Azure client (application) id");
    return QString();
}

QUrl entraAuthorityHost(const QString &azureEnvironment, const QProcessEnvironment &environment)
{
    const QString fromEnvironment = environment.value(QStringLiteral("AZURE_AUTHORITY_HOST"));
    QString host;
    if (!fromEnvironment.isEmpty()) {
        host = fromEnvironment;
    } else {
        const QString cloud = azureEnvironment.trimmed().toUpper();
        if (cloud == QLatin1String("USGOVERNMENT"))
            host = QStringLiteral("https://login.microsoftonline.us");
        else if (cloud == QLatin1String("CHINA"))
            host = QStringLiteral("https://login.chinacloudapi.cn");
        else
            host = QStringLiteral("https://login.microsoftonline.com");
    }
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    return QUrl(host);
}

bool isSignInRequiredError(const QString &oauthError)
{
    return oauthError == QLatin1String("invalid_grant") ||
           oauthError == QLatin1String("interaction_required") ||
           oauthError == QLatin1String("consent_required") ||
           oauthError == QLatin1String("login_required");
}

namespace entraAnswers {

std::optional<TokenAnswer> token(const QJsonObject &answer, const QDateTime &now, QString *error)
{
    const JsonFields fields(answer, QString());
    TokenAnswer result;
    result.accessToken.token = fields.string(QStringLiteral("access_token"));
    result.refreshToken = fields.string(QStringLiteral("refresh_token"));
    // expires_in is a number in the v2 endpoint, a string in some older answers.
    qint64 expiresIn = 0;
    const QJsonValue raw = answer.value(QStringLiteral("expires_in"));
    if (raw.isString())
        expiresIn = raw.toString().toLongLong();
    else if (raw.isDouble())
        expiresIn = raw.toInteger();
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    if (result.accessToken.token.isEmpty()) {
        *error = QStringLiteral("access_token: missing or empty");
        return std::nullopt;
    }
    if (expiresIn <= 0) {
        *error = QStringLiteral("expires_in: missing or not a positive number of seconds");
        return std::nullopt;
    }
    result.accessToken.obtainedAt = now;
    result.accessToken.expiresOn = now.addSecs(expiresIn);
    result.accessToken.account = accountFromClaims(unverifiedJwtClaims(result.accessToken.token));
    return result;
}

std::optional<DeviceCodePrompt> deviceCode(const QJsonObject &answer, const QDateTime &now,
                                           QString *error)
{
    const JsonFields fields(answer, QString());
    DeviceCodePrompt prompt;
    prompt.deviceCode = fields.string(QStringLiteral("device_code"));
    prompt.userCode = fields.string(QStringLiteral("user_code"));
    prompt.verificationUri = QUrl(fields.string(QStringLiteral("verification_uri")));
    prompt.message = fields.string(QStringLiteral("message"));
    const qint64 expiresIn = fields.integer(QStringLiteral("expires_in"), 900);
    prompt.intervalSeconds =
        int(std::clamp<qint64>(fields.integer(QStringLiteral("interval"), 5), 1, 60));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    if (prompt.deviceCode.isEmpty() || prompt.userCode.isEmpty()) {
        *error = QStringLiteral("device_code or user_code: missing");
        return std::nullopt;
    }
    if (!prompt.verificationUri.isValid() ||
        (prompt.verificationUri.scheme() != QLatin1String("https") &&
         prompt.verificationUri.scheme() != QLatin1String("http"))) {
        *error = QStringLiteral("verification_uri: not a web address");
        return std::nullopt;
    }
    prompt.expiresAt = now.addSecs(std::clamp<qint64>(expiresIn, 1, 3600));
    return prompt;
}

} // namespace entraAnswers

} // namespace brickdesk

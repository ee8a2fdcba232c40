#include "AzureErrors.h"

#include <QDateTime>
#include <QJsonArray>

namespace brickdesk::emulator {

ApiResponse azureError(int status, const QString &code, const QString &message,
                       const QString &innerCode)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!innerCode.isEmpty())
        error.insert(QStringLiteral("innererror"),
                     QJsonObject{{QStringLiteral("code"), innerCode}});
    ApiResponse response;
    response.status = status;
    response.body = QJsonObject{{QStringLiteral("error"), error}};
    return response;
}

ApiResponse azureBadParameter(const QString &message)
{
    return azureError(400, QStringLiteral("BadParameter"), message);
}

ApiResponse oauthError(int status, const QString &error, int aadstsCode, const QString &description)
{
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    const QString fullDescription = QStringLiteral("AADSTS%1: ").arg(aadstsCode) + description;
    ApiResponse response;
    response.status = status;
    response.body = QJsonObject{
        {QStringLiteral("error"), error},
        {QStringLiteral("error_description"), fullDescription},
        {QStringLiteral("error_codes"), QJsonArray{aadstsCode}},
        {QStringLiteral("timestamp"), timestamp},
    };
    // Token answers must never be cached, errors included.
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

QUrlQuery parseFormBody(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', ' '); // QUrlQuery keeps '+'; a literal plus arrives as %2B
    return QUrlQuery(QString::fromUtf8(text));
}

} // namespace brickdesk::emulator

#include "ApiMessage.h"

namespace brickdesk::emulator {

bool ApiRequest::hasQueryItem(const QString &name) const
{
    return query.hasQueryItem(name);
}

QString ApiRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QStringList ApiRequest::queryValues(const QString &name) const
{
    return query.allQueryItemValues(name, QUrl::FullyDecoded);
}

ApiResponse ApiResponse::ok(const QJsonObject &body)
{
    ApiResponse response;
    response.body = body;
    return response;
}

ApiResponse ApiResponse::okRaw(const QByteArray &json)
{
    ApiResponse response;
    response.rawBody = json;
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &errorCode, const QString &message)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonObject{{QStringLiteral("error_code"), errorCode},
                                {QStringLiteral("message"), message}};
    return response;
}

ApiResponse ApiResponse::invalidParameter(const QString &message)
{
    return error(400, QStringLiteral("INVALID_PARAMETER_VALUE"), message);
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}

} // namespace brickdesk::emulator

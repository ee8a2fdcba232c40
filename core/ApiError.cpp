#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace brickdesk {

QString errorCodeForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QStringLiteral("BAD_REQUEST");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 403:
        return QStringLiteral("PERMISSION_DENIED");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 409:
        return QStringLiteral("RESOURCE_CONFLICT");
    case 429:
        return QStringLiteral("TOO_MANY_REQUESTS");
    case 500:
        return QStringLiteral("INTERNAL_ERROR");
    case 501:
        return QStringLiteral("NOT_IMPLEMENTED");
    case 503:
        return QStringLiteral("TEMPORARILY_UNAVAILABLE");
    case 504:
        return QStringLiteral("DEADLINE_EXCEEDED");
    default:
        return httpStatus >= 500 ? QStringLiteral("INTERNAL_ERROR") : QStringLiteral("UNKNOWN");
    }
}

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Http: {
        QString text = QString::number(httpStatus);
        if (!errorCode.isEmpty())
            text += QLatin1Char(' ') + errorCode;
        if (!message.isEmpty())
            text += QStringLiteral(": ") + message;
        return text;
    }
    case Kind::Network:
        return QStringLiteral("Network error: ") + message;
    case Kind::Tls:
        return QStringLiteral("TLS error: ") + message;
    case Kind::Timeout:
        return QStringLiteral("Timed out: ") + message;
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::InvalidResponse:
        return QStringLiteral("Invalid response: ") + message;
    case Kind::Configuration:
        return QStringLiteral("Cannot send the request: ") + message;
    }
    return message;
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue nested = object.value(QStringLiteral("error"));
        if (object.value(QStringLiteral("error_code")).isString()) {
            error.errorCode = object.value(QStringLiteral("error_code")).toString();
            error.message = object.value(QStringLiteral("message")).toString();
        } else if (nested.isObject()) { // Azure
            error.errorCode = nested.toObject().value(QStringLiteral("code")).toString();
            error.message = nested.toObject().value(QStringLiteral("message")).toString();
        } else if (nested.isString() &&
                   object.value(QStringLiteral("error_description")).isString()) {
            // OAuth 2.0 (Microsoft Entra ID): a code such as invalid_grant and a description
            error.errorCode = nested.toString();
            error.message = object.value(QStringLiteral("error_description")).toString();
        } else if (nested.isString()) { // API 1.2
            error.message = nested.toString();
        } else if (object.value(QStringLiteral("detail")).isString()) { // SCIM
            error.message = object.value(QStringLiteral("detail")).toString();
        } else if (object.value(QStringLiteral("message")).isString()) {
            error.message = object.value(QStringLiteral("message")).toString();
        }
    } else if (!body.trimmed().isEmpty() && body.size() < 512 && !body.contains('<')) {
        // A short plain-text answer from a proxy is still worth showing; HTML is not.
        error.message = QString::fromUtf8(body).trimmed();
    }
    if (error.errorCode.isEmpty())
        error.errorCode = errorCodeForStatus(httpStatus);
    // Keep one line: messages end up in status bars.
    error.message = error.message.simplified().left(2000);
    return error;
}

} // namespace brickdesk

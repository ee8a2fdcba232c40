#include "ApiRequest.h"

#include <QJsonDocument>

namespace brickdesk {

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest ApiRequest::withJson(const QByteArray &method, const QString &path,
                                const QJsonObject &body)
{
    ApiRequest request = post(path, body);
    request.method = method;
    return request;
}

ApiRequest ApiRequest::postForm(const QString &path, const FormFields &form)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    // Each name and value percent-encoded in full (a form decoder reads '+' as a space).
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    request.body = body;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return request;
}

bool ApiRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

} // namespace brickdesk

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

bool ApiRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

} // namespace brickdesk

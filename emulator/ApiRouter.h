#pragma once

#include "ApiMessage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace brickdesk::emulator {

// The route table: (method, path template) → handler. A template is a literal path whose
// segments may be `{name}` placeholders ("/api/2.0/sql/statements/{statement_id}"); the matched
// values reach the handler in ApiRequest::pathParams. When several templates match, the one with
// fewer placeholders wins.
// Anything unmatched, including a known path with another method, answers 404
// ENDPOINT_NOT_FOUND as the real service does, or what the fallback handler answers when one is
// set (services with another error shape).
class ApiRouter
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    void add(const QByteArray &method, const QString &pathTemplate, Handler handler);
    void get(const QString &pathTemplate, Handler handler);
    void post(const QString &pathTemplate, Handler handler);
    void setFallback(Handler handler);

    ApiResponse dispatch(ApiRequest request) const;

    static ApiResponse endpointNotFound(const QByteArray &method, const QString &path);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        int placeholderCount = 0;
        Handler handler;
    };

    static bool matches(const Route &route, const QStringList &segments,
                        QHash<QString, QString> *params);

    std::vector<Route> m_routes;
    Handler m_fallback;
};

} // namespace brickdesk::emulator

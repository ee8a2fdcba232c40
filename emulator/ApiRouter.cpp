#include "ApiRouter.h"

#include <utility>

namespace brickdesk::emulator {

namespace {

bool isPlaceholder(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) &&
           segment.endsWith(QLatin1Char('}'));
}

QString placeholderName(const QString &segment)
{
    return segment.mid(1, segment.size() - 2);
}

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

void ApiRouter::add(const QByteArray &method, const QString &pathTemplate, Handler handler)
{
    Route route;
    route.method = method;
    route.segments = splitPath(pathTemplate);
    for (const QString &segment : std::as_const(route.segments)) {
        if (isPlaceholder(segment))
            ++route.placeholderCount;
    }
    route.handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

void ApiRouter::get(const QString &pathTemplate, Handler handler)
{
    add(QByteArrayLiteral("GET"), pathTemplate, std::move(handler));
}

void ApiRouter::post(const QString &pathTemplate, Handler handler)
{
    add(QByteArrayLiteral("POST"), pathTemplate, std::move(handler));
}

void ApiRouter::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

ApiResponse ApiRouter::dispatch(ApiRequest request) const
{
    const auto notFound = [this, &request] {
        return m_fallback ? m_fallback(request) : endpointNotFound(request.method, request.path);
    };
    // A path with an empty segment ("//") or a trailing slash is not the same endpoint.
    const QStringList segments = request.path.split(QLatin1Char('/'));
    if (segments.isEmpty() || !segments.first().isEmpty() || segments.mid(1).contains(QString()))
        return notFound();
    QStringList parts = segments.mid(1);
    // Jobs API 2.2 keeps the 2.1 paths and shapes (it only pages arrays over 100 inside get and
    // runs/get, which the emulator's jobs never reach); the official SDKs call 2.2.
    if (parts.size() > 2 && parts[0] == QStringLiteral("api") &&
        parts[1] == QStringLiteral("2.2") && parts[2] == QStringLiteral("jobs"))
        parts[1] = QStringLiteral("2.1");

    const Route *best = nullptr;
    QHash<QString, QString> bestParams;
    for (const Route &route : m_routes) {
        if (route.method != request.method)
            continue;
        QHash<QString, QString> params;
        if (!matches(route, parts, &params))
            continue;
        if (!best || route.placeholderCount < best->placeholderCount) {
            best = &route;
            bestParams = std::move(params);
        }
    }
    if (!best)
        return notFound();
    request.pathParams = std::move(bestParams);
    return best->handler(request);
}

ApiResponse ApiRouter::endpointNotFound(const QByteArray &method, const QString &path)
{
    return ApiResponse::error(404, QStringLiteral("ENDPOINT_NOT_FOUND"),
                              QStringLiteral("No API found for '") + QString::fromLatin1(method) +
                                  QLatin1Char(' ') + path + QLatin1Char('\''));
}

bool ApiRouter::matches(const Route &route, const QStringList &segments,
                        QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (isPlaceholder(expected))
            params->insert(placeholderName(expected), segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    return true;
}

} // namespace brickdesk::emulator

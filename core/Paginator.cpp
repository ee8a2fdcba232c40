#include "Paginator.h"

namespace brickdesk {

Paginator::Paginator(ApiClient *client, ApiRequest firstPage, QString itemsKey, Style style,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_firstPage(std::move(firstPage))
    , m_itemsKey(std::move(itemsKey))
    , m_style(style)
{
}

Paginator::~Paginator()
{
    cancel();
}

void Paginator::start()
{
    cancel();
    m_pages = 0;
    m_items = 0;
    m_seenTokens.clear();
    m_running = true;
    ApiRequest request = m_firstPage;
    if (m_style == Style::OffsetLimit && !request.query.hasQueryItem(QStringLiteral("offset")))
        request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    requestPage(request);
}

void Paginator::cancel()
{
    ++m_generation;
    m_running = false;
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
    }
}

void Paginator::requestPage(const ApiRequest &request)
{
    m_call = m_client->send(request, this, [this](const ApiResponse &response) { onPage(response); });
}

void Paginator::onPage(const ApiResponse &response)
{
    const ApiRequest previous = m_call ? m_call->request() : m_firstPage;
    m_call = nullptr;
    if (!response.ok()) {
        m_running = false;
        Q_EMIT failed(response.error);
        return;
    }
    const QJsonValue itemsValue = response.json.value(m_itemsKey);
    if (!itemsValue.isUndefined() && !itemsValue.isNull() && !itemsValue.isArray()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.message = QStringLiteral("'%1' is not a list").arg(m_itemsKey);
        m_running = false;
        Q_EMIT failed(error);
        return;
    }
    // The API leaves the key out of an empty page.
    const QJsonArray items = itemsValue.toArray();
    ++m_pages;
    m_items += static_cast<int>(items.size());
    const quint64 generation = m_generation;
    Q_EMIT pageReceived(items);
    if (generation != m_generation)
        return; // a receiver cancelled or restarted us

    ApiRequest next = previous;
    bool more = false;
    if (m_style == Style::PageToken) {
        const QString token = response.json.value(QStringLiteral("next_page_token")).toString();
        const QJsonValue hasMore = response.json.value(QStringLiteral("has_more"));
        more = !token.isEmpty() && (hasMore.isUndefined() || hasMore.toBool());
        if (more && m_seenTokens.contains(token)) {
            ApiError error;
            error.kind = ApiError::Kind::InvalidResponse;
            error.message = QStringLiteral("the server sent the same page token twice");
            m_running = false;
            Q_EMIT failed(error);
            return;
        }
        m_seenTokens.insert(token);
        next.query.removeAllQueryItems(QStringLiteral("page_token"));
        next.query.addQueryItem(QStringLiteral("page_token"), token);
    } else {
        more = response.json.value(QStringLiteral("has_more")).toBool() && !items.isEmpty();
        const int offset = previous.query.queryItemValue(QStringLiteral("offset")).toInt();
        next.query.removeAllQueryItems(QStringLiteral("offset"));
        next.query.addQueryItem(QStringLiteral("offset"), QString::number(offset + items.size()));
    }
    if (!more || m_pages >= m_maxPages) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    requestPage(next);
}

} // namespace brickdesk

#pragma once

#include "ApiClient.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace brickdesk {

// Fetches every page of a list call and hands each page over as it arrives, so a view fills in
// while later pages are still on their way. Both paging styles of the API are handled:
// page_token/next_page_token (clusters 2.1, jobs 2.1) and offset/limit/has_more (legacy lists).
class Paginator : public QObject
{
    Q_OBJECT

public:
    enum class Style { PageToken, OffsetLimit };

    Paginator(ApiClient *client, ApiRequest firstPage, QString itemsKey, Style style,
              QObject *parent = nullptr);
    ~Paginator() override;

    void start();
    void cancel(); // stops after the page in flight; emits nothing more
    bool isRunning() const { return m_running; } // from start() until finished, failed or cancel()
    int itemsReceived() const { return m_items; }
    void setMaxPages(int maxPages) { m_maxPages = maxPages; } // a guard against endless lists

Q_SIGNALS:
    void pageReceived(const QJsonArray &items);
    void finished();
    void failed(const brickdesk::ApiError &error);

private:
    void requestPage(const ApiRequest &request);
    void onPage(const ApiResponse &response);

    ApiClient *m_client;
    ApiRequest m_firstPage;
    QString m_itemsKey;
    Style m_style;
    QPointer<ApiCall> m_call;
    QSet<QString> m_seenTokens;
    int m_pages = 0;
    int m_items = 0;
    int m_maxPages = 10000;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace brickdesk

#pragma once

#include "ApiClient.h"
#include "CallResult.h"
#include "CallTracker.h"
#include "TypedCall.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace brickdesk {

// What every typed API area client (secrets, workspace, SQL) shares: the ApiClient it talks
// through, the calls it started (cancelAll() stops them; busyChanged says when the first starts
// and the last ends), and send(), which parses an answer's JSON into a CallResult. Handlers run
// only while `context` lives and never for a cancelled call.
class TypedApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Handler = std::function<void(const CallResult<T> &)>;
    template<typename T>
    using Parser = std::function<std::optional<T>(const QJsonObject &, QString *)>;

    explicit TypedApiClient(ApiClient *client, QObject *parent = nullptr)
        : QObject(parent)
        , m_client(client)
        , m_tracker(new CallTracker(this))
    {
        connect(m_tracker, &CallTracker::busyChanged, this, &TypedApiClient::busyChanged);
    }

    ApiClient *apiClient() const { return m_client; }
    QString profile() const { return m_client ? m_client->profile() : QString(); }
    bool isBusy() const { return m_tracker->isBusy(); }
    void cancelAll() { m_tracker->cancelAll(); }

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    template<typename T>
    QPointer<ApiCall> send(const ApiRequest &request, QObject *context, Parser<T> parse,
                           Handler<T> handler)
    {
        return m_tracker->track(sendTyped<CallResult<T>>(
            m_client, request, context,
            [parse](const ApiResponse &response, QString *problem) {
                return parse(response.json, problem);
            },
            std::move(handler)));
    }

    QPointer<ApiClient> m_client;

private:
    CallTracker *m_tracker;
};

} // namespace brickdesk

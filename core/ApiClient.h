#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace brickdesk {

class ActivityLog;

struct ApiResponse
{
    int httpStatus = 0;
    QJsonObject json; // the parsed body of a successful answer ({} when empty)
    QByteArray raw;   // instead of json, when the request asked for ApiRequest::rawAnswer
    ApiError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
};

// Where and as whom to call. The token lives here, in memory, and nowhere else.
struct WorkspaceConnection
{
    QString profile;
    QUrl baseUrl;
    QString token;
    QString caBundlePath; // extra trusted CAs (PEM); verification itself is never turned off
};

class ApiClient;

// One logical call, across its retries. Emits finished() exactly once, also when cancelled.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished(const brickdesk::ApiResponse &response);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request);

    void startAttempt();
    void onReplyFinished();
    void onAttemptTimeout();
    void finish(ApiResponse response);
    void recordAttempt(int httpStatus, const QString &outcome);

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_attemptTimer;
    QTimer *m_retryTimer;
    QElapsedTimer m_total;
    QElapsedTimer m_attemptClock;
    QDateTime m_attemptStartedAt;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_finished = false;
    QString m_tlsErrors;
};

// Calls one workspace's REST API: bearer auth, JSON, User-Agent, per-attempt timeouts, retries of
// what is safe to retry, and an Activity log entry for every attempt. All asynchronous.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, ActivityLog *activity, QObject *parent = nullptr);

    void setConnection(const WorkspaceConnection &connection);
    QString profile() const { return m_connection.profile; }
    QUrl baseUrl() const { return m_connection.baseUrl; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // The call is owned by this client and deleted after finished(); keep a QPointer to cancel.
    ApiCall *send(const ApiRequest &request);
    // Convenience: runs `handler` with the response unless `context` is gone by then.
    ApiCall *send(const ApiRequest &request, QObject *context,
                  std::function<void(const ApiResponse &)> handler);

    // Cancels every call still running (switching profile, closing a window).
    void cancelAll();

    static QByteArray userAgent();

private:
    friend class ApiCall;

    QNetworkReply *startReply(const ApiRequest &request, QString *configurationError);

    QNetworkAccessManager *m_network;
    QPointer<ActivityLog> m_activity;
    WorkspaceConnection m_connection;
    QList<QSslCertificate> m_extraCertificates;
    QString m_caBundleError;
    RetryPolicy m_retryPolicy;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ApiResponse)

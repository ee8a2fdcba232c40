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

// A bearer token handed over for one attempt by a TokenProvider, or why there is none.
struct BearerTokenResult
{
    QString token;               // never print it
    QString error;               // for the user; empty on success
    bool signInRequired = false; // the user must sign in again (an expired refresh token, ...)
};

// Supplies the bearer token of each attempt, for credentials that expire (Microsoft Entra ID).
// `forceRefresh` is set after the server refused the last token with 401. The callback runs
// on the caller's thread, and not at all once `context` is gone.
using TokenProvider = std::function<void(bool forceRefresh, QObject *context,
                                         std::function<void(const BearerTokenResult &)> callback)>;

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
    void sendAttempt(const QString &token);
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
    bool m_tokenRefreshed = false;   // one forced refresh after a 401, then the 401 stands
    bool m_refreshNextToken = false; // the next attempt (only) asks for a fresh token
    QString m_tlsErrors;
};

// Calls one workspace's REST API: bearer auth, JSON, User-Agent, per-attempt timeouts, retries of
// what is safe to retry, and an Activity log entry for every attempt. All asynchronous.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, ActivityLog *activity, QObject *parent = nullptr);

    // Also drops the token provider: set one after the connection.
    void setConnection(const WorkspaceConnection &connection);
    // When set, asked for the bearer token before every attempt instead of the connection's token.
    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    bool hasTokenProvider() const { return bool(m_tokenProvider); }
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

    QNetworkReply *startReply(const ApiRequest &request, const QString &token,
                              QString *configurationError);

    QNetworkAccessManager *m_network;
    QPointer<ActivityLog> m_activity;
    WorkspaceConnection m_connection;
    TokenProvider m_tokenProvider;
    QList<QSslCertificate> m_extraCertificates;
    QString m_caBundleError;
    RetryPolicy m_retryPolicy;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ApiResponse)

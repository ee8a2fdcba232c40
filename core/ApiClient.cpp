#include "ApiClient.h"

#include "ActivityLog.h"
#include "Logging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace brickdesk {

namespace {

enum class RetryClass
{
    Never,
    AnyMethod,      // the server said it did not run the request, or it never reached it
    IdempotentOnly, // the request may have run: only repeat what is harmless to repeat
};

RetryClass classify(const ApiResponse &response, QNetworkReply::NetworkError networkError)
{
    switch (response.error.kind) {
    case ApiError::Kind::Http:
        // PARTIAL_DELETE is a 503 that reports progress, not a fault: its caller repeats it.
        if (response.error.errorCode == QLatin1String("PARTIAL_DELETE"))
            return RetryClass::Never;
        return (response.httpStatus == 429 || response.httpStatus == 503) ? RetryClass::AnyMethod
                                                                          : RetryClass::Never;
    case ApiError::Kind::Timeout:
        return RetryClass::IdempotentOnly;
    case ApiError::Kind::Network:
        switch (networkError) {
        case QNetworkReply::HostNotFoundError:
            return RetryClass::Never; // a mistyped host does not start to exist; say so at once
        default:
            // Even "connection refused" may follow a send that arrived: Qt re-sends once by
            // itself when a connection drops, and that second connection can be the refused one.
            return RetryClass::IdempotentOnly;
        }
    default:
        return RetryClass::Never;
    }
}

// Qt sometimes reports a connection closed mid-answer as a normal end: the body is then shorter
// than its Content-Length said.
bool isShorterThanAnnounced(const QNetworkReply &reply, const QByteArray &body)
{
    bool known = false;
    const qint64 announced = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    return known && body.size() < announced;
}

QString formatSeconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
}

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_attemptTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_attemptTimer, &QTimer::timeout, this, &ApiCall::onAttemptTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::startAttempt);
    m_total.start();
}

ApiCall::~ApiCall()
{
    // Destroyed with its client: the request stops, and nobody is called back any more.
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        // A reply that finished but whose signal is still queued must not be aborted again:
        // Qt warns "this method must only be called once".
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }
}

void ApiCall::startAttempt()
{
    if (m_finished)
        return; // cancelled before the queued start ran
    ++m_attempt;
    m_timedOut = false;
    m_tlsErrors.clear();
    m_attemptStartedAt = QDateTime::currentDateTimeUtc();
    m_attemptClock.start();
    const TokenProvider &provider = m_client->m_tokenProvider;
    if (!provider) {
        sendAttempt(m_client->m_connection.token);
        return;
    }
    const int attempt = m_attempt;
    const bool forceRefresh = std::exchange(m_refreshNextToken, false);
    provider(forceRefresh, this, [this, attempt](const BearerTokenResult &result) {
        if (m_finished || attempt != m_attempt)
            return;
        if (!result.error.isEmpty()) {
            ApiResponse response;
            response.attempts = m_attempt;
            response.error.kind = ApiError::Kind::Configuration;
            response.error.errorCode = result.signInRequired ? QStringLiteral("SIGN_IN_REQUIRED")
                                                             : QStringLiteral("NO_TOKEN");
            response.error.message = result.error;
            recordAttempt(0, response.error.summary());
            finish(response);
            return;
        }
        sendAttempt(result.token);
    });
}

void ApiCall::sendAttempt(const QString &token)
{
    QString configurationError;
    m_reply = m_client->startReply(m_request, token, &configurationError);
    if (!m_reply) {
        ApiResponse response;
        response.attempts = m_attempt;
        response.error.kind = ApiError::Kind::Configuration;
        response.error.message = configurationError;
        recordAttempt(0, response.error.summary());
        finish(response);
        return;
    }
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        m_tlsErrors = reasons.join(QStringLiteral("; "));
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_attemptTimer->start(m_request.timeoutMs);
}

void ApiCall::onAttemptTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes the reply, handled in onReplyFinished
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_attemptTimer->stop();
    reply->deleteLater();

    ApiResponse response;
    response.attempts = m_attempt;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray body = reply->readAll();
    std::optional<int> retryAfterMs;

    if (m_timedOut) {
        response.error.kind = ApiError::Kind::Timeout;
        response.error.message =
            QStringLiteral("no answer within %1").arg(formatSeconds(m_request.timeoutMs));
    } else if (response.httpStatus >= 200 && response.httpStatus < 300 &&
               (networkError != QNetworkReply::NoError || isShorterThanAnnounced(*reply, body))) {
        // The answer started but did not arrive whole.
        response.error.kind = ApiError::Kind::Network;
        response.error.httpStatus = response.httpStatus;
        response.error.message =
            QStringLiteral("the answer was cut off: ") +
            (networkError != QNetworkReply::NoError
                 ? reply->errorString()
                 : QStringLiteral("%1 of %2 bytes")
                       .arg(body.size())
                       .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()));
    } else if (response.httpStatus >= 200 && response.httpStatus < 300) {
        if (m_request.rawAnswer) {
            response.raw = body;
        } else {
            QJsonParseError parseError;
            const QJsonDocument document = body.trimmed().isEmpty()
                                               ? QJsonDocument(QJsonObject())
                                               : QJsonDocument::fromJson(body, &parseError);
            if (!document.isObject()) {
                response.error.kind = ApiError::Kind::InvalidResponse;
                response.error.httpStatus = response.httpStatus;
                response.error.message =
                    document.isNull() ? QStringLiteral("the answer is not JSON (%1 at byte %2)")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset)
                                      : QStringLiteral("the answer is JSON but not an object");
            } else {
                response.json = document.object();
            }
        }
    } else if (response.httpStatus > 0) {
        response.error = ApiError::fromHttpResponse(response.httpStatus, body);
        retryAfterMs =
            parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    } else if (networkError == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
        response.error.kind = ApiError::Kind::Tls;
        response.error.message = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors;
    } else {
        response.error.kind = ApiError::Kind::Network;
        response.error.message = reply->errorString();
    }

    // A token that expired or was revoked early: get a fresh one and try once more at once.
    if (response.httpStatus == 401 && m_client->m_tokenProvider && !m_tokenRefreshed) {
        m_tokenRefreshed = true;
        m_refreshNextToken = true;
        recordAttempt(response.httpStatus,
                      response.error.summary() + QStringLiteral(" — refreshing the token"));
        QMetaObject::invokeMethod(this, &ApiCall::startAttempt, Qt::QueuedConnection);
        return;
    }

    const RetryClass retryClass = classify(response, networkError);
    const bool mayRetry = retryClass == RetryClass::AnyMethod ||
                          (retryClass == RetryClass::IdempotentOnly && m_request.isIdempotent());
    const RetryPolicy &policy = m_client->retryPolicy();
    if (mayRetry && m_attempt < policy.maxAttempts) {
        const int delay = policy.delayBeforeAttempt(m_attempt + 1, retryAfterMs);
        if (m_total.elapsed() + delay <= policy.totalBudgetMs) {
            recordAttempt(response.httpStatus, response.error.summary() +
                                                   QStringLiteral(" — retrying in ") +
                                                   formatSeconds(delay));
            m_retryTimer->start(delay);
            return;
        }
    }
    recordAttempt(response.httpStatus,
                  response.ok() ? QStringLiteral("OK") : response.error.summary());
    finish(response);
}

void ApiCall::recordAttempt(int httpStatus, const QString &outcome)
{
    const qint64 duration = m_attemptClock.isValid() ? m_attemptClock.elapsed() : 0;
    qCDebug(lcApi).noquote() << m_request.method << m_request.path << "status" << httpStatus
                             << "attempt" << m_attempt << "in" << duration << "ms:" << outcome;
    if (!m_client->m_activity)
        return;
    ActivityEntry entry;
    entry.startedAt =
        m_attemptStartedAt.isValid() ? m_attemptStartedAt : QDateTime::currentDateTimeUtc();
    entry.profile = m_client->profile();
    entry.method = m_request.method;
    entry.path = m_request.path;
    entry.httpStatus = httpStatus;
    entry.durationMs = duration;
    entry.attempt = std::max(1, m_attempt);
    entry.outcome = outcome;
    m_client->m_activity->record(std::move(entry));
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    m_attemptTimer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        // A reply that finished but whose signal is still queued must not be aborted again:
        // Qt warns "this method must only be called once".
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }
    ApiResponse response;
    response.attempts = m_attempt;
    response.error.kind = ApiError::Kind::Cancelled;
    recordAttempt(0, QStringLiteral("cancelled"));
    finish(response);
}

void ApiCall::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(response);
    deleteLater();
}

ApiClient::ApiClient(QNetworkAccessManager *network, ActivityLog *activity, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_activity(activity)
{}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("brickdesk/") + QByteArray(BRICKDESK_VERSION) +
           QByteArrayLiteral(" qt/") + QByteArray(qVersion());
}

void ApiClient::setConnection(const WorkspaceConnection &connection)
{
    cancelAll();
    m_connection = connection;
    m_tokenProvider = {};
    m_extraCertificates.clear();
    m_caBundleError.clear();
    if (!connection.caBundlePath.isEmpty()) {
        if (!QFileInfo::exists(connection.caBundlePath)) {
            m_caBundleError =
                QStringLiteral("the CA bundle %1 does not exist").arg(connection.caBundlePath);
        } else {
            m_extraCertificates = QSslCertificate::fromPath(connection.caBundlePath, QSsl::Pem);
            if (m_extraCertificates.isEmpty())
                m_caBundleError = QStringLiteral("the CA bundle %1 holds no PEM certificate")
                                      .arg(connection.caBundlePath);
        }
    }
}

QNetworkReply *ApiClient::startReply(const ApiRequest &request, const QString &token,
                                     QString *configurationError)
{
    if (!m_connection.baseUrl.isValid() || m_connection.baseUrl.host().isEmpty()) {
        *configurationError = QStringLiteral("the profile has no valid host");
        return nullptr;
    }
    if (!m_caBundleError.isEmpty()) {
        *configurationError = m_caBundleError;
        return nullptr;
    }
    QUrl url = m_connection.baseUrl;
    url.setPath(url.path() + request.path);
    if (!request.query.isEmpty()) {
        // QUrlQuery leaves '+' as it is, and servers read a bare '+' in a query as a space:
        // "/Users/jane+dev@corp.com" would name another folder. Sent as %2B.
        QUrlQuery query;
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
            QString safeValue = value;
            safeValue.replace(QLatin1Char('+'), QStringLiteral("%2B"));
            QString safeKey = key;
            safeKey.replace(QLatin1Char('+'), QStringLiteral("%2B"));
            query.addQueryItem(safeKey, safeValue);
        }
        url.setQuery(query);
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("User-Agent", userAgent());
    networkRequest.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!request.body.isEmpty() || request.method == "POST")
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 request.contentType.isEmpty()
                                     ? QByteArrayLiteral("application/json")
                                     : request.contentType);
    // Redirects could carry the Authorization header to another host: follow none.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    if (!m_extraCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCertificates);
        networkRequest.setSslConfiguration(ssl);
    }
    QByteArray body = request.body;
    if (body.isEmpty() && request.method == "POST")
        body = QByteArrayLiteral("{}");
    return m_network->sendCustomRequest(networkRequest, request.method, body);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    // Start from the event loop so callers can connect to finished() first.
    QMetaObject::invokeMethod(call, &ApiCall::startAttempt, Qt::QueuedConnection);
    return call;
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *context,
                         std::function<void(const ApiResponse &)> handler)
{
    ApiCall *call = send(request);
    connect(call, &ApiCall::finished, context, std::move(handler));
    return call;
}

void ApiClient::cancelAll()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

} // namespace brickdesk

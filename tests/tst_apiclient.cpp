// The REST client against the real emulator over HTTP on 127.0.0.1: errors, retries, timeouts,
// cancellation and TLS verification.
#include "ActivityLog.h"
#include "ApiClient.h"
#include "WorkspaceEmulator.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using brickdesk::emulator::EmulatorOptions;
using brickdesk::emulator::WorkspaceEmulator;

namespace {

const QString kToken = QStringLiteral("bdtest-apiclient-0123456789abcdef");

RetryPolicy fastRetries(int attempts = 4)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 40;
    policy.maxJitterMs = 0;
    policy.maxRetryAfterMs = 1500;
    return policy;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void getReturnsParsedJson();
    void jobsApi22IsServedAs21();
    void missingTokenIs401NotRetried();
    void wrongTokenIs403PermissionDenied();
    void unknownClusterIs400InvalidParameterValue();
    void unknownEndpointIsEndpointNotFound();
    void retries503ThenSucceeds();
    void honoursRetryAfterOn429();
    void givesUpAfterMaxAttempts();
    void rateLimitedRequestsEventuallySucceed();
    void connectionResetRetriedForGet();
    void connectionResetNeverRetriedForPost();
    void connectionResetRetriedForIdempotentPost();
    void postRetriedWhenServerSaysItDidNotRun();
    void timeoutPerAttempt();
    void cancelFinishesPromptlyWithCancelled();
    void cancelAllStopsEveryCall();
    void connectionRefusedIsNetworkError();
    void destroyingTheClientAbortsItsCalls();
    void unknownHostFailsAtOnce();
    void activityRecordsEveryAttemptWithoutToken();
    void missingCaBundleIsConfigurationError();
    void untrustedCertificateIsRejected();
    void customCaBundleIsTrusted();
    void tokenProviderIsAskedForEveryAttempt();
    void a401RefreshesTheTokenOnce();
    void a401AfterARefreshStands();
    void providerErrorFailsWithoutARequest();

private:
    ApiResponse run(const ApiRequest &request);

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_certDir;
};

void TestApiClient::initTestCase()
{
    qRegisterMetaType<ApiResponse>();
    QVERIFY(m_certDir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_certDir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), m_certDir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(60000), "openssl is needed to make a test certificate (scripts/setup installs it)");
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestApiClient::init()
{
    EmulatorOptions options;
    options.token = kToken;
    m_emulator = std::make_unique<WorkspaceEmulator>(options);
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_activity = std::make_unique<ActivityLog>();
    m_client = std::make_unique<ApiClient>(&m_network, m_activity.get());
    m_client->setConnection({QStringLiteral("test"), m_emulator->baseUrl(), kToken, {}});
    m_client->setRetryPolicy(fastRetries());
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_activity.reset();
    m_emulator.reset();
}

ApiResponse TestApiClient::run(const ApiRequest &request)
{
    ApiCall *call = m_client->send(request);
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(30000))
        qFatal("no answer from the API client within 30 s");
    return spy.first().first().value<ApiResponse>();
}

void TestApiClient::getReturnsParsedJson()
{
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.json.value(QStringLiteral("clusters")).toArray().size(), 3);
    QCOMPARE(response.attempts, 1);
    QVERIFY(ApiClient::userAgent().startsWith("brickdesk/"));
}

void TestApiClient::jobsApi22IsServedAs21()
{
    // The official SDKs call Jobs API 2.2; the emulator answers it as 2.1 (same paths and shapes).
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.2/jobs/list"), query));
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(response.json.value(QStringLiteral("jobs")).toArray().size(), 25);
    QCOMPARE(run(ApiRequest::get(QStringLiteral("/api/2.2/clusters/list"))).httpStatus, 404); // only jobs
}

void TestApiClient::tokenProviderIsAskedForEveryAttempt()
{
    QList<bool> asked;
    m_client->setTokenProvider([&asked](bool forceRefresh, QObject *context, auto callback) {
        asked.append(forceRefresh);
        QMetaObject::invokeMethod(context, [callback] { callback({kToken, {}, false}); }, Qt::QueuedConnection);
    });
    m_emulator->failNextRequests(2, 503, "TEMPORARILY_UNAVAILABLE");
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(response.attempts, 3);
    QCOMPARE(asked, (QList<bool>{false, false, false}));
    // A new connection drops the provider: the connection's own token is used again.
    m_client->setConnection({QStringLiteral("test"), m_emulator->baseUrl(), kToken, {}});
    QVERIFY(!m_client->hasTokenProvider());
    QVERIFY(run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list"))).ok());
    QCOMPARE(asked.size(), 3);
}

void TestApiClient::a401RefreshesTheTokenOnce()
{
    // The cached token was revoked early: the server says 401, a forced refresh gives a good one.
    QList<bool> asked;
    m_client->setTokenProvider([&asked](bool forceRefresh, QObject *context, auto callback) {
        asked.append(forceRefresh);
        const QString token = forceRefresh ? kToken : QString();
        QMetaObject::invokeMethod(context, [callback, token] { callback({token, {}, false}); }, Qt::QueuedConnection);
    });
    const ApiResponse response = run(ApiRequest::post(QStringLiteral("/api/2.0/clusters/start"),
                                                      {{QStringLiteral("cluster_id"), QStringLiteral("none")}}));
    QCOMPARE(asked, (QList<bool>{false, true}));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(response.httpStatus, 400); // past authentication: the cluster id is what is wrong
}

void TestApiClient::a401AfterARefreshStands()
{
    int asked = 0;
    m_client->setTokenProvider([&asked](bool, QObject *context, auto callback) {
        ++asked;
        QMetaObject::invokeMethod(context, [callback] { callback({QStringLiteral("revoked"), {}, false}); },
                                  Qt::QueuedConnection);
    });
    m_emulator->failNextRequests(2, 401, "UNAUTHENTICATED");
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QCOMPARE(response.httpStatus, 401);
    QCOMPARE(asked, 2);
    QCOMPARE(response.attempts, 2);
}

void TestApiClient::providerErrorFailsWithoutARequest()
{
    m_client->setTokenProvider([](bool, QObject *context, auto callback) {
        QMetaObject::invokeMethod(
            context, [callback] { callback({{}, QStringLiteral("Your Azure sign-in has expired."), true}); },
            Qt::QueuedConnection);
    });
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QCOMPARE(response.error.kind, ApiError::Kind::Configuration);
    QCOMPARE(response.error.errorCode, QStringLiteral("SIGN_IN_REQUIRED"));
    QVERIFY(response.error.message.contains("expired"));
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TestApiClient::missingTokenIs401NotRetried()
{
    m_client->setConnection({QStringLiteral("test"), m_emulator->baseUrl(), QString(), {}});
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QCOMPARE(response.error.kind, ApiError::Kind::Http);
    QCOMPARE(response.httpStatus, 401);
    QVERIFY(response.error.isAuthenticationError());
    QCOMPARE(response.attempts, 1);
    QCOMPARE(m_emulator->requestCount(), 1);
}

void TestApiClient::wrongTokenIs403PermissionDenied()
{
    m_client->setConnection({QStringLiteral("test"), m_emulator->baseUrl(), QStringLiteral("not-the-token"), {}});
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/preview/scim/v2/Me")));
    QCOMPARE(response.httpStatus, 403);
    QCOMPARE(response.error.errorCode, QStringLiteral("PERMISSION_DENIED"));
    QVERIFY(!response.error.message.isEmpty());
    QVERIFY(response.error.summary().startsWith(QStringLiteral("403 PERMISSION_DENIED: ")));
}

void TestApiClient::unknownClusterIs400InvalidParameterValue()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cluster_id"), QStringLiteral("0000-000000-nope"));
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/get"), query));
    QCOMPARE(response.httpStatus, 400);
    QCOMPARE(response.error.errorCode, QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY(response.error.message.contains(QStringLiteral("does not exist")));
    QCOMPARE(response.attempts, 1);
}

void TestApiClient::unknownEndpointIsEndpointNotFound()
{
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/no/such/thing")));
    QCOMPARE(response.httpStatus, 404);
    QCOMPARE(response.error.errorCode, QStringLiteral("ENDPOINT_NOT_FOUND"));
}

void TestApiClient::retries503ThenSucceeds()
{
    m_emulator->failNextRequests(2, 503, "TEMPORARILY_UNAVAILABLE");
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(response.attempts, 3);
    QCOMPARE(m_emulator->requestCount(), 3);
}

void TestApiClient::honoursRetryAfterOn429()
{
    m_emulator->failNextRequests(1, 429, "REQUEST_LIMIT_EXCEEDED", 1);
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QVERIFY(response.ok());
    QCOMPARE(response.attempts, 2);
    // The first attempt's entry says how long the client waited: Retry-After (1 s), not backoff.
    QCOMPARE(m_activity->size(), 2);
    QCOMPARE(m_activity->at(0).httpStatus, 429);
    QVERIFY2(m_activity->at(0).outcome.endsWith(QStringLiteral("retrying in 1.0 s")), qPrintable(m_activity->at(0).outcome));
    QCOMPARE(m_activity->at(1).attempt, 2);
}

void TestApiClient::givesUpAfterMaxAttempts()
{
    m_emulator->setFailRate(1.0);
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QCOMPARE(response.httpStatus, 503);
    QCOMPARE(response.error.errorCode, QStringLiteral("TEMPORARILY_UNAVAILABLE"));
    QCOMPARE(response.attempts, 4);
    QCOMPARE(m_emulator->requestCount(), 4);
}

void TestApiClient::rateLimitedRequestsEventuallySucceed()
{
    m_emulator->setRateLimitPerSecond(2);
    RetryPolicy policy = fastRetries(8);
    policy.maxRetryAfterMs = 1000;
    m_client->setRetryPolicy(policy);
    QList<QPointer<ApiCall>> calls;
    int succeeded = 0;
    int throttledAttempts = 0;
    for (int i = 0; i < 5; ++i) {
        ApiCall *call = m_client->send(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
        connect(call, &ApiCall::finished, this, [&](const ApiResponse &r) {
            succeeded += r.ok() ? 1 : 0;
            throttledAttempts += r.attempts - 1;
        });
        calls.append(call);
    }
    QTRY_COMPARE_WITH_TIMEOUT(succeeded, 5, 20000);
    QVERIFY(throttledAttempts > 0); // some were throttled with 429 and retried
}

// Qt's HTTP stack itself re-sends a request once when the connection closes before any byte of
// the answer (a stale keep-alive connection looks like that). So two dropped connections are
// needed before the client sees "remote host closed"; what is tested here is the client's own
// retry on top of that.
void TestApiClient::connectionResetRetriedForGet()
{
    m_emulator->dropNextConnections(2);
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(m_emulator->requestCount(), 3);
}

void TestApiClient::connectionResetNeverRetriedForPost()
{
    m_emulator->dropNextConnections(2);
    const ApiResponse response =
        run(ApiRequest::post(QStringLiteral("/api/2.0/clusters/start"), QJsonObject{{QStringLiteral("cluster_id"), QStringLiteral("x")}}));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.attempts, 1); // the client adds no attempt of its own
    QVERIFY(m_emulator->requestCount() <= 2); // at most Qt's one transparent re-send (see above)
}

void TestApiClient::connectionResetRetriedForIdempotentPost()
{
    // A POST the caller marks as safe to repeat (a read sent as POST) is retried.
    m_emulator->dropNextConnections(2);
    ApiRequest read = ApiRequest::post(QStringLiteral("/api/2.0/clusters/events"), {});
    read.idempotent = true;
    const ApiResponse retried = run(read);
    QVERIFY(retried.attempts >= 2);
    QVERIFY(retried.httpStatus > 0); // the last attempt reached the server
}

void TestApiClient::postRetriedWhenServerSaysItDidNotRun()
{
    m_emulator->failNextRequests(1, 503, "TEMPORARILY_UNAVAILABLE");
    const ApiResponse response = run(ApiRequest::post(QStringLiteral("/api/2.0/clusters/start"), {}));
    QCOMPARE(response.attempts, 2); // the second attempt reached the route
    QCOMPARE(m_emulator->requestCount(), 2);
}

void TestApiClient::timeoutPerAttempt()
{
    m_emulator->setLatencyMs(3000);
    ApiRequest post = ApiRequest::post(QStringLiteral("/api/2.0/clusters/start"), {});
    post.timeoutMs = 200;
    const ApiResponse postResponse = run(post);
    QCOMPARE(postResponse.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(postResponse.attempts, 1);
    m_client->setRetryPolicy(fastRetries(2));
    ApiRequest get = ApiRequest::get(QStringLiteral("/api/2.0/clusters/list"));
    get.timeoutMs = 200;
    const ApiResponse getResponse = run(get);
    QCOMPARE(getResponse.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(getResponse.attempts, 2);
    QVERIFY(getResponse.error.summary().contains(QStringLiteral("0.2 s")));
}

void TestApiClient::cancelFinishesPromptlyWithCancelled()
{
    m_emulator->setLatencyMs(5000);
    ApiCall *call = m_client->send(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QSignalSpy spy(call, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->requestCount(), 1, 5000);
    call->cancel();
    QCOMPARE(spy.size(), 1); // synchronously, exactly once
    QCOMPARE(spy.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
    call->cancel(); // harmless twice
    QCOMPARE(spy.size(), 1);
}

void TestApiClient::cancelAllStopsEveryCall()
{
    m_emulator->setLatencyMs(5000);
    int cancelled = 0;
    for (int i = 0; i < 3; ++i) {
        ApiCall *call = m_client->send(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
        connect(call, &ApiCall::finished, this,
                [&](const ApiResponse &r) { cancelled += r.error.kind == ApiError::Kind::Cancelled; });
    }
    m_client->cancelAll(); // also before the calls were started
    QCOMPARE(cancelled, 3);
}

void TestApiClient::connectionRefusedIsNetworkError()
{
    const QUrl closed = m_emulator->baseUrl();
    m_emulator.reset(); // nothing listens there now
    m_client->setConnection({QStringLiteral("test"), closed, kToken, {}});
    m_client->setRetryPolicy(fastRetries(2));
    // Refused can follow a send that arrived (Qt's own re-send), so a POST is not repeated...
    const ApiResponse post = run(ApiRequest::post(QStringLiteral("/api/2.0/clusters/start"), {}));
    QCOMPARE(post.error.kind, ApiError::Kind::Network);
    QCOMPARE(post.attempts, 1);
    QVERIFY(post.error.summary().startsWith(QStringLiteral("Network error: ")));
    // ...while a GET is.
    const ApiResponse get = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QCOMPARE(get.error.kind, ApiError::Kind::Network);
    QCOMPARE(get.attempts, 2);
}

void TestApiClient::destroyingTheClientAbortsItsCalls()
{
    m_emulator->setLatencyMs(5000);
    QPointer<ApiCall> call = m_client->send(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    bool finished = false;
    connect(call, &ApiCall::finished, this, [&] { finished = true; });
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->requestCount(), 1, 5000);
    m_client.reset();
    QVERIFY(call.isNull());
    QVERIFY(!finished);
    // No reply is left running under the access manager.
    QTRY_COMPARE(m_network.findChildren<QNetworkReply *>().size(), 0);
}

void TestApiClient::unknownHostFailsAtOnce()
{
    // .invalid never resolves (RFC 2606): a mistyped host is reported, not retried for minutes.
    m_client->setConnection({QStringLiteral("test"), QUrl(QStringLiteral("https://no-such-workspace.invalid")), kToken, {}});
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.attempts, 1);
    QVERIFY(response.error.message.contains(QStringLiteral("no-such-workspace.invalid")));
}

void TestApiClient::activityRecordsEveryAttemptWithoutToken()
{
    m_emulator->failNextRequests(1, 503, "TEMPORARILY_UNAVAILABLE");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cluster_id"), QStringLiteral("private-id"));
    run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/get"), query));
    QCOMPARE(m_activity->size(), 2);
    for (int i = 0; i < m_activity->size(); ++i) {
        const ActivityEntry &entry = m_activity->at(i);
        QCOMPARE(entry.method, QByteArray("GET"));
        QCOMPARE(entry.path, QStringLiteral("/api/2.0/clusters/get"));
        QCOMPARE(entry.profile, QStringLiteral("test"));
        QVERIFY(!entry.outcome.contains(kToken));
        QVERIFY(entry.durationMs >= 0);
    }
    QCOMPARE(m_activity->at(0).httpStatus, 503);
    QVERIFY(m_activity->at(0).id < m_activity->at(1).id);
}

void TestApiClient::missingCaBundleIsConfigurationError()
{
    m_client->setConnection({QStringLiteral("test"), m_emulator->baseUrl(), kToken, QStringLiteral("/no/such/ca.pem")});
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QCOMPARE(response.error.kind, ApiError::Kind::Configuration);
    QVERIFY(response.error.message.contains(QStringLiteral("/no/such/ca.pem")));
    QCOMPARE(m_emulator->requestCount(), 0);
}

// A minimal HTTPS server with a self-signed certificate: enough to see the client refuse it, and
// accept it once its CA is configured.
class SelfSignedServer : public QSslServer
{
public:
    explicit SelfSignedServer(const QString &dir)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QFile cert(dir + QStringLiteral("/cert.pem"));
        QFile key(dir + QStringLiteral("/key.pem"));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            qFatal("test certificate missing");
        ssl.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        setSslConfiguration(ssl);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(nextPendingConnection())) {
                connect(socket, &QSslSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                                  "Connection: close\r\n\r\n{\"ok\":true}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

void TestApiClient::untrustedCertificateIsRejected()
{
    SelfSignedServer server(m_certDir.path());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_client->setConnection({QStringLiteral("tls"), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), kToken, {}});
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QCOMPARE(response.error.kind, ApiError::Kind::Tls);
    QCOMPARE(response.attempts, 1); // a certificate problem is never retried, never ignored
    QVERIFY2(response.error.message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                 response.error.message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(response.error.message));
}

void TestApiClient::customCaBundleIsTrusted()
{
    SelfSignedServer server(m_certDir.path());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_client->setConnection({QStringLiteral("tls"), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), kToken,
                             m_certDir.filePath(QStringLiteral("cert.pem"))});
    const ApiResponse response = run(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")));
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(response.json.value(QStringLiteral("ok")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

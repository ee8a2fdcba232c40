// The workspace emulator over real HTTP: auth, the cluster, job and SCIM endpoints, the injected
// faults, latency, and the state folder.

#include "ApiRouter.h"
#include "FaultInjector.h"
#include "WorkspaceEmulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

using namespace brickdesk::emulator;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-test-0123456789abcdef");

struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray body;
    QJsonObject json;
};

QByteArray bearer(const QString &token)
{
    return QByteArrayLiteral("Bearer ") + token.toUtf8();
}

EmulatorOptions defaultOptions()
{
    EmulatorOptions options;
    options.token = kToken;
    return options;
}

QByteArray g_capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_capturedLog +=
        QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

QStringList stringsOf(const QJsonArray &array, const QString &key)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result.append(value.toObject().value(key).toVariant().toString());
    return result;
}

} // namespace

class tst_Emulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void listenFailsWithoutToken();
    void listenFailsOnBusyPort();
    void missingAuthorizationIs401();
    void malformedAuthorizationIs401_data();
    void malformedAuthorizationIs401();
    void wrongTokenIs403WithoutEchoingIt();
    void logsNeverContainTheToken();
    void clustersListV20ReturnsAllClusters();
    void clustersListV21PagesWithTokens();
    void clustersListV21FiltersByState();
    void clustersListV21RejectsBadInput_data();
    void clustersListV21RejectsBadInput();
    void clustersGetReturnsDetails_data();
    void clustersGetReturnsDetails();
    void clustersGetUnknownOrMissingIdIsInvalidParameter_data();
    void clustersGetUnknownOrMissingIdIsInvalidParameter();
    void jobsListPagesThroughAllJobs();
    void jobsListDefaultLimitAndExpandTasks();
    void jobsListRejectsBadLimit_data();
    void jobsListRejectsBadLimit();
    void jobsListFiltersByName();
    void jobsListAcceptsDeprecatedOffset();
    void jobsGetReturnsJob();
    void jobsGetUnknownOrInvalidIdIsInvalidParameter_data();
    void jobsGetUnknownOrInvalidIdIsInvalidParameter();
    void scimMeReturnsDemoUser();
    void unknownEndpointIs404_data();
    void unknownEndpointIs404();
    void requestReceivedCountsEveryRequest();
    void routerMatchesPathPlaceholders();
    void failNextRequestsAnswersInjectedError();
    void rateLimitAnswers429WithRetryAfter();
    void tokenBucketRefillsWithTime();
    void failRateOneAnswers503();
    void dropNextConnectionsClosesWithoutAnswer();
    void dropNextConnectionsIsANetworkErrorForQnam();
    void latencyDelaysAnswerWithoutBlocking();
    void stateDirPersistsAndReloads();
    void corruptStateFileFailsListen_data();
    void corruptStateFileFailsListen();
    void emptySeedHasNoClustersOrJobs();

private:
    std::unique_ptr<WorkspaceEmulator> start(const EmulatorOptions &options = defaultOptions());
    HttpResult send(WorkspaceEmulator &emulator, const QByteArray &method, const QString &path,
                    const QString &query = {}, const QByteArray &authorization = bearer(kToken));
    HttpResult get(WorkspaceEmulator &emulator, const QString &path, const QString &query = {})
    {
        return send(emulator, QByteArrayLiteral("GET"), path, query);
    }

    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_Emulator::init()
{
    // A fresh manager per test: no kept-alive connection outlives the emulator it went to.
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_Emulator::cleanup()
{
    m_nam.reset();
}

std::unique_ptr<WorkspaceEmulator> tst_Emulator::start(const EmulatorOptions &options)
{
    auto emulator = std::make_unique<WorkspaceEmulator>(options);
    if (!emulator->listen(0)) {
        qWarning("listen failed: %s", qPrintable(emulator->errorString()));
        return nullptr;
    }
    return emulator;
}

HttpResult tst_Emulator::send(WorkspaceEmulator &emulator, const QByteArray &method,
                              const QString &path, const QString &query,
                              const QByteArray &authorization)
{
    QUrl url = emulator.baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    if (!authorization.isNull())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply *reply = method == "GET"
                               ? m_nam->get(request)
                               : m_nam->sendCustomRequest(request, method, QByteArrayLiteral("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(10000);
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    result.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

void tst_Emulator::listensOnLoopbackOnly()
{
    auto emulator = start();
    QVERIFY(emulator);
    QVERIFY(emulator->port() != 0);
    QCOMPARE(emulator->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(emulator->baseUrl().port(), int(emulator->port()));
    QCOMPARE(emulator->baseUrl().scheme(), QStringLiteral("http"));
}

void tst_Emulator::listenFailsWithoutToken()
{
    EmulatorOptions options = defaultOptions();
    options.token.clear();
    WorkspaceEmulator emulator(options);
    QVERIFY(!emulator.listen(0));
    QVERIFY(emulator.errorString().contains(QStringLiteral("token")));
}

void tst_Emulator::listenFailsOnBusyPort()
{
    auto first = start();
    QVERIFY(first);
    WorkspaceEmulator second(defaultOptions());
    QVERIFY(!second.listen(first->port()));
    QVERIFY(second.errorString().contains(QString::number(first->port())));
}

void tst_Emulator::missingAuthorizationIs401()
{
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result =
        send(*emulator, "GET", QStringLiteral("/api/2.0/clusters/list"), {}, QByteArray());
    QVERIFY(result.finished);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("UNAUTHENTICATED"));
    QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
}

void tst_Emulator::malformedAuthorizationIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("basic") << QByteArrayLiteral("Basic ZGVtbzpkZW1v");
    QTest::newRow("bearer without token") << QByteArrayLiteral("Bearer");
    QTest::newRow("bearer blank token") << QByteArrayLiteral("Bearer    ");
    QTest::newRow("token only") << kToken.toUtf8();
    QTest::newRow("two tokens") << (bearer(kToken) + QByteArrayLiteral(" extra"));
}

void tst_Emulator::malformedAuthorizationIs401()
{
    QFETCH(QByteArray, authorization);
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result =
        send(*emulator, "GET", QStringLiteral("/api/2.0/clusters/list"), {}, authorization);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("UNAUTHENTICATED"));
    QVERIFY(!result.body.contains(kToken.toUtf8()));
}

void tst_Emulator::wrongTokenIs403WithoutEchoingIt()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QString wrong = QStringLiteral("dapi-wrong-token-fedcba9876543210");
    const HttpResult result =
        send(*emulator, "GET", QStringLiteral("/api/2.0/clusters/list"), {}, bearer(wrong));
    QCOMPARE(result.status, 403);
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Invalid access token."));
    QVERIFY(!result.body.contains(wrong.toUtf8()));
    QVERIFY(!result.body.contains(kToken.toUtf8()));

    // The scheme is case-insensitive, as in HTTP.
    const HttpResult lower = send(*emulator, "GET", QStringLiteral("/api/2.0/clusters/list"), {},
                                  QByteArrayLiteral("bearer ") + kToken.toUtf8());
    QCOMPARE(lower.status, 200);
}

void tst_Emulator::logsNeverContainTheToken()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QByteArray wrong = QByteArrayLiteral("dapi-wrong-token-for-the-log-check");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    g_capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const int okStatus = get(*emulator, QStringLiteral("/api/2.0/clusters/list")).status;
    const int deniedStatus = send(*emulator, "GET", QStringLiteral("/api/2.0/clusters/list"), {},
                                  QByteArrayLiteral("Bearer ") + wrong)
                                 .status;
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QCOMPARE(okStatus, 200);
    QCOMPARE(deniedStatus, 403);
    // The emulator did log each request (method, path, status), and nothing else about it.
    QVERIFY2(g_capturedLog.contains("brickdesk.emulator: GET /api/2.0/clusters/list -> 200"),
             g_capturedLog.constData());
    QVERIFY(g_capturedLog.contains("brickdesk.emulator: GET /api/2.0/clusters/list -> 403"));
    QVERIFY2(!g_capturedLog.contains(kToken.toUtf8()), "the token appeared in the log");
    QVERIFY2(!g_capturedLog.contains(wrong), "the rejected token appeared in the log");
}

void tst_Emulator::clustersListV20ReturnsAllClusters()
{
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result = get(*emulator, QStringLiteral("/api/2.0/clusters/list"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
    const QJsonArray clusters = result.json.value(QStringLiteral("clusters")).toArray();
    QCOMPARE(clusters.size(), 3);
    QVERIFY(!result.json.contains(QStringLiteral("next_page_token")));

    const QRegularExpression idPattern(QStringLiteral("^\\d{4}-\\d{6}-[a-z0-9]{8}$"));
    QSet<QString> states;
    for (const QJsonValue &value : clusters) {
        const QJsonObject cluster = value.toObject();
        QVERIFY2(idPattern.match(cluster.value(QStringLiteral("cluster_id")).toString()).hasMatch(),
                 qPrintable(cluster.value(QStringLiteral("cluster_id")).toString()));
        QVERIFY(!cluster.value(QStringLiteral("cluster_name")).toString().isEmpty());
        QVERIFY(!cluster.value(QStringLiteral("spark_version")).toString().isEmpty());
        QVERIFY(cluster.value(QStringLiteral("node_type_id"))
                    .toString()
                    .startsWith(QStringLiteral("Standard_")));
        QVERIFY(cluster.value(QStringLiteral("start_time")).toDouble() > 1.6e12);
        QVERIFY(cluster.contains(QStringLiteral("num_workers")) ||
                cluster.contains(QStringLiteral("autoscale")));
        states.insert(cluster.value(QStringLiteral("state")).toString());
    }
    QCOMPARE(states, (QSet<QString>{QStringLiteral("RUNNING"), QStringLiteral("TERMINATED"),
                                    QStringLiteral("PENDING")}));
    QCOMPARE(stringsOf(clusters, QStringLiteral("cluster_name")),
             (QStringList{QStringLiteral("Shared Analytics"), QStringLiteral("ETL Nightly"),
                          QStringLiteral("ML Sandbox")}));
}

void tst_Emulator::clustersListV21PagesWithTokens()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QStringList allIds = stringsOf(get(*emulator, QStringLiteral("/api/2.0/clusters/list"))
                                             .json.value(QStringLiteral("clusters"))
                                             .toArray(),
                                         QStringLiteral("cluster_id"));
    QCOMPARE(allIds.size(), 3);

    const QString path = QStringLiteral("/api/2.1/clusters/list");
    const HttpResult first = get(*emulator, path, QStringLiteral("page_size=2"));
    QCOMPARE(first.status, 200);
    const QJsonArray firstPage = first.json.value(QStringLiteral("clusters")).toArray();
    QCOMPARE(firstPage.size(), 2);
    QVERIFY(!first.json.contains(QStringLiteral("prev_page_token")));
    const QString next = first.json.value(QStringLiteral("next_page_token")).toString();
    QVERIFY(!next.isEmpty());

    QUrlQuery secondQuery;
    secondQuery.addQueryItem(QStringLiteral("page_size"), QStringLiteral("2"));
    secondQuery.addQueryItem(QStringLiteral("page_token"), next);
    const HttpResult second = get(*emulator, path, secondQuery.toString(QUrl::FullyEncoded));
    QCOMPARE(second.status, 200);
    const QJsonArray secondPage = second.json.value(QStringLiteral("clusters")).toArray();
    QCOMPARE(secondPage.size(), 1);
    QVERIFY(!second.json.contains(QStringLiteral("next_page_token")));
    const QString prev = second.json.value(QStringLiteral("prev_page_token")).toString();
    QVERIFY(!prev.isEmpty());

    QCOMPARE(stringsOf(firstPage, QStringLiteral("cluster_id")) +
                 stringsOf(secondPage, QStringLiteral("cluster_id")),
             allIds);

    // The previous-page token leads back to the first page.
    QUrlQuery backQuery;
    backQuery.addQueryItem(QStringLiteral("page_size"), QStringLiteral("2"));
    backQuery.addQueryItem(QStringLiteral("page_token"), prev);
    const HttpResult back = get(*emulator, path, backQuery.toString(QUrl::FullyEncoded));
    QCOMPARE(stringsOf(back.json.value(QStringLiteral("clusters")).toArray(),
                       QStringLiteral("cluster_id")),
             stringsOf(firstPage, QStringLiteral("cluster_id")));

    // Without page_size everything fits on one page; above 100 is capped, not refused.
    const HttpResult whole = get(*emulator, path, QStringLiteral("page_size=500"));
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.json.value(QStringLiteral("clusters")).toArray().size(), 3);
    QVERIFY(!whole.json.contains(QStringLiteral("next_page_token")));
}

void tst_Emulator::clustersListV21FiltersByState()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QString path = QStringLiteral("/api/2.1/clusters/list");

    const HttpResult two =
        get(*emulator, path,
            QStringLiteral("filter_by.cluster_states=RUNNING&filter_by.cluster_states=PENDING"));
    QCOMPARE(two.status, 200);
    QStringList states =
        stringsOf(two.json.value(QStringLiteral("clusters")).toArray(), QStringLiteral("state"));
    states.sort();
    QCOMPARE(states, (QStringList{QStringLiteral("PENDING"), QStringLiteral("RUNNING")}));

    const HttpResult terminated =
        get(*emulator, path, QStringLiteral("filter_by.cluster_states=TERMINATED"));
    const QJsonArray terminatedClusters =
        terminated.json.value(QStringLiteral("clusters")).toArray();
    QCOMPARE(terminatedClusters.size(), 1);
    const QJsonObject reason =
        terminatedClusters.at(0).toObject().value(QStringLiteral("termination_reason")).toObject();
    QVERIFY(!reason.value(QStringLiteral("code")).toString().isEmpty());
    QVERIFY(
        terminatedClusters.at(0).toObject().value(QStringLiteral("terminated_time")).toDouble() >
        0);

    // Filtering happens before paging.
    const HttpResult paged =
        get(*emulator, path,
            QStringLiteral("page_size=1&filter_by.cluster_states=RUNNING&filter_by.cluster_states="
                           "PENDING"));
    QCOMPARE(paged.json.value(QStringLiteral("clusters")).toArray().size(), 1);
    QVERIFY(paged.json.contains(QStringLiteral("next_page_token")));

    const HttpResult none = get(*emulator, path, QStringLiteral("filter_by.cluster_states=ERROR"));
    QCOMPARE(none.status, 200);
    QVERIFY(!none.json.contains(QStringLiteral("clusters")));
}

void tst_Emulator::clustersListV21RejectsBadInput_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("garbage token") << QStringLiteral("page_token=not*a*token");
    QTest::newRow("token of another list")
        << QStringLiteral("page_token=") +
               QString::fromLatin1(
                   QByteArrayLiteral("jobs-after:5")
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("negative page size") << QStringLiteral("page_size=-1");
    QTest::newRow("text page size") << QStringLiteral("page_size=two");
    QTest::newRow("unknown state") << QStringLiteral("filter_by.cluster_states=SLEEPING");
}

void tst_Emulator::clustersListV21RejectsBadInput()
{
    QFETCH(QString, query);
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result = get(*emulator, QStringLiteral("/api/2.1/clusters/list"), query);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("INVALID_PARAMETER_VALUE"));
}

void tst_Emulator::clustersGetReturnsDetails_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("2.0") << QStringLiteral("2.0");
    QTest::newRow("2.1") << QStringLiteral("2.1");
}

void tst_Emulator::clustersGetReturnsDetails()
{
    QFETCH(QString, version);
    auto emulator = start();
    QVERIFY(emulator);
    const QJsonArray clusters = get(*emulator, QStringLiteral("/api/2.0/clusters/list"))
                                    .json.value(QStringLiteral("clusters"))
                                    .toArray();
    QCOMPARE(clusters.size(), 3);
    for (const QJsonValue &value : clusters) {
        const QString id = value.toObject().value(QStringLiteral("cluster_id")).toString();
        const HttpResult result =
            get(*emulator, QStringLiteral("/api/") + version + QStringLiteral("/clusters/get"),
                QStringLiteral("cluster_id=") + id);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json, value.toObject());
        for (const QString &key :
             {QStringLiteral("cluster_name"), QStringLiteral("creator_user_name"),
              QStringLiteral("cluster_source"), QStringLiteral("data_security_mode")}) {
            QVERIFY2(!result.json.value(key).toString().isEmpty(), qPrintable(key));
        }
        for (const QString &key : {QStringLiteral("spark_conf"), QStringLiteral("custom_tags"),
                                   QStringLiteral("default_tags")}) {
            QVERIFY2(result.json.value(key).isObject(), qPrintable(key));
        }
        QVERIFY(result.json.value(QStringLiteral("autotermination_minutes")).toInt() > 0);
        QVERIFY(result.json.value(QStringLiteral("cluster_memory_mb")).toDouble() > 0);
        QVERIFY(result.json.value(QStringLiteral("cluster_cores")).toDouble() > 0);
        QVERIFY(result.json.contains(QStringLiteral("state_message")));
    }
}

void tst_Emulator::clustersGetUnknownOrMissingIdIsInvalidParameter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << QStringLiteral("cluster_id=0101-000000-nonexist")
                             << QStringLiteral("Cluster 0101-000000-nonexist does not exist");
    QTest::newRow("missing") << QString() << QStringLiteral("Missing required field: cluster_id");
    QTest::newRow("empty") << QStringLiteral("cluster_id=")
                           << QStringLiteral("Missing required field: cluster_id");
}

void tst_Emulator::clustersGetUnknownOrMissingIdIsInvalidParameter()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result = get(*emulator, QStringLiteral("/api/2.1/clusters/get"), query);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(result.json.value(QStringLiteral("message")).toString(), message);
}

void tst_Emulator::jobsListPagesThroughAllJobs()
{
    auto emulator = start();
    QVERIFY(emulator);
    QList<qint64> ids;
    QList<int> pageSizes;
    QString token;
    for (int guard = 0; guard < 10; ++guard) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
        if (!token.isEmpty())
            query.addQueryItem(QStringLiteral("page_token"), token);
        const HttpResult page = get(*emulator, QStringLiteral("/api/2.1/jobs/list"),
                                    query.toString(QUrl::FullyEncoded));
        QCOMPARE(page.status, 200);
        const QJsonArray jobs = page.json.value(QStringLiteral("jobs")).toArray();
        pageSizes.append(int(jobs.size()));
        for (const QJsonValue &value : jobs) {
            const QJsonObject job = value.toObject();
            ids.append(job.value(QStringLiteral("job_id")).toInteger());
            QVERIFY(!job.value(QStringLiteral("creator_user_name")).toString().isEmpty());
            QVERIFY(job.value(QStringLiteral("created_time")).toDouble() > 1.6e12);
            QVERIFY(!job.value(QStringLiteral("settings"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString()
                         .isEmpty());
        }
        const bool hasMore = page.json.value(QStringLiteral("has_more")).toBool();
        QCOMPARE(page.json.contains(QStringLiteral("next_page_token")), hasMore);
        if (!hasMore)
            break;
        token = page.json.value(QStringLiteral("next_page_token")).toString();
    }
    QCOMPARE(pageSizes, (QList<int>{10, 10, 5}));
    QCOMPARE(ids.size(), 25);
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(ids, sorted);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 25);
}

void tst_Emulator::jobsListDefaultLimitAndExpandTasks()
{
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult plain = get(*emulator, QStringLiteral("/api/2.1/jobs/list"));
    QCOMPARE(plain.status, 200);
    const QJsonArray jobs = plain.json.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 20);
    QVERIFY(plain.json.value(QStringLiteral("has_more")).toBool());
    for (const QJsonValue &value : jobs) {
        QVERIFY(!value.toObject()
                     .value(QStringLiteral("settings"))
                     .toObject()
                     .contains(QStringLiteral("tasks")));
    }

    const HttpResult expanded = get(*emulator, QStringLiteral("/api/2.1/jobs/list"),
                                    QStringLiteral("expand_tasks=true&limit=25"));
    QCOMPARE(expanded.status, 200);
    const QJsonArray expandedJobs = expanded.json.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(expandedJobs.size(), 25);
    QVERIFY(!expanded.json.value(QStringLiteral("has_more")).toBool());
    QVERIFY(!expanded.json.contains(QStringLiteral("next_page_token")));
    int scheduled = 0;
    for (const QJsonValue &value : expandedJobs) {
        const QJsonObject settings = value.toObject().value(QStringLiteral("settings")).toObject();
        const QJsonArray tasks = settings.value(QStringLiteral("tasks")).toArray();
        QVERIFY(!tasks.isEmpty());
        for (const QJsonValue &task : tasks) {
            const QJsonObject taskObject = task.toObject();
            QVERIFY(!taskObject.value(QStringLiteral("task_key")).toString().isEmpty());
            QVERIFY(taskObject.contains(QStringLiteral("existing_cluster_id")) ||
                    taskObject.contains(QStringLiteral("job_cluster_key")));
        }
        if (settings.contains(QStringLiteral("schedule"))) {
            ++scheduled;
            QVERIFY(!settings.value(QStringLiteral("schedule"))
                         .toObject()
                         .value(QStringLiteral("quartz_cron_expression"))
                         .toString()
                         .isEmpty());
        }
    }
    QVERIFY(scheduled > 0 && scheduled < 25);

    const HttpResult badFlag =
        get(*emulator, QStringLiteral("/api/2.1/jobs/list"), QStringLiteral("expand_tasks=yes"));
    QCOMPARE(badFlag.status, 400);
}

void tst_Emulator::jobsListRejectsBadLimit_data()
{
    QTest::addColumn<QString>("limit");
    QTest::newRow("0") << QStringLiteral("0");
    QTest::newRow("101") << QStringLiteral("101");
    QTest::newRow("-5") << QStringLiteral("-5");
    QTest::newRow("text") << QStringLiteral("ten");
}

void tst_Emulator::jobsListRejectsBadLimit()
{
    QFETCH(QString, limit);
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result =
        get(*emulator, QStringLiteral("/api/2.1/jobs/list"), QStringLiteral("limit=") + limit);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("INVALID_PARAMETER_VALUE"));

    const HttpResult edge =
        get(*emulator, QStringLiteral("/api/2.1/jobs/list"), QStringLiteral("limit=100"));
    QCOMPARE(edge.status, 200);
}

void tst_Emulator::jobsListFiltersByName()
{
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result = get(*emulator, QStringLiteral("/api/2.1/jobs/list"),
                                  QStringLiteral("name=daily%20SALES%20ingest"));
    QCOMPARE(result.status, 200);
    const QJsonArray jobs = result.json.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0)
                 .toObject()
                 .value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("Daily sales ingest")));
    QVERIFY(!result.json.value(QStringLiteral("has_more")).toBool());

    // Exact match only: a prefix finds nothing.
    const HttpResult none =
        get(*emulator, QStringLiteral("/api/2.1/jobs/list"), QStringLiteral("name=Daily"));
    QCOMPARE(none.status, 200);
    QVERIFY(!none.json.contains(QStringLiteral("jobs")));
    QVERIFY(!none.json.value(QStringLiteral("has_more")).toBool());
}

void tst_Emulator::jobsListAcceptsDeprecatedOffset()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QString path = QStringLiteral("/api/2.1/jobs/list");
    QList<qint64> all;
    for (const QJsonValue &value : get(*emulator, path, QStringLiteral("limit=100"))
                                       .json.value(QStringLiteral("jobs"))
                                       .toArray())
        all.append(value.toObject().value(QStringLiteral("job_id")).toInteger());
    QCOMPARE(all.size(), 25);

    const HttpResult middle = get(*emulator, path, QStringLiteral("offset=7&limit=7"));
    QCOMPARE(middle.status, 200);
    QList<qint64> ids;
    for (const QJsonValue &value : middle.json.value(QStringLiteral("jobs")).toArray())
        ids.append(value.toObject().value(QStringLiteral("job_id")).toInteger());
    QCOMPARE(ids, all.mid(7, 7));
    QVERIFY(middle.json.value(QStringLiteral("has_more")).toBool());

    const HttpResult tail = get(*emulator, path, QStringLiteral("offset=21&limit=7"));
    QCOMPARE(tail.json.value(QStringLiteral("jobs")).toArray().size(), 4);
    QVERIFY(!tail.json.value(QStringLiteral("has_more")).toBool());

    QCOMPARE(get(*emulator, path, QStringLiteral("offset=-1")).status, 400);
}

void tst_Emulator::jobsGetReturnsJob()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QJsonArray jobs =
        get(*emulator, QStringLiteral("/api/2.1/jobs/list"), QStringLiteral("limit=3"))
            .json.value(QStringLiteral("jobs"))
            .toArray();
    QCOMPARE(jobs.size(), 3);
    const QJsonObject listed = jobs.at(2).toObject();
    const qint64 jobId = listed.value(QStringLiteral("job_id")).toInteger();

    const HttpResult result = get(*emulator, QStringLiteral("/api/2.1/jobs/get"),
                                  QStringLiteral("job_id=") + QString::number(jobId));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(QStringLiteral("job_id")).toInteger(), jobId);
    QCOMPARE(result.json.value(QStringLiteral("creator_user_name")),
             listed.value(QStringLiteral("creator_user_name")));
    QCOMPARE(result.json.value(QStringLiteral("created_time")),
             listed.value(QStringLiteral("created_time")));
    QVERIFY(!result.json.value(QStringLiteral("run_as_user_name")).toString().isEmpty());
    const QJsonObject settings = result.json.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("name")),
             listed.value(QStringLiteral("settings")).toObject().value(QStringLiteral("name")));
    QVERIFY(!settings.value(QStringLiteral("tasks")).toArray().isEmpty());
    QVERIFY(settings.value(QStringLiteral("max_concurrent_runs")).toInt() >= 1);
    QVERIFY(settings.contains(QStringLiteral("timeout_seconds")));
    QVERIFY(settings.value(QStringLiteral("tags")).isObject());
    QVERIFY(settings.value(QStringLiteral("email_notifications")).isObject());
}

void tst_Emulator::jobsGetUnknownOrInvalidIdIsInvalidParameter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << QStringLiteral("job_id=1")
                             << QStringLiteral("Job 1 does not exist.");
    QTest::newRow("text") << QStringLiteral("job_id=abc") << QString();
    QTest::newRow("negative") << QStringLiteral("job_id=-4") << QString();
    QTest::newRow("missing") << QString() << QStringLiteral("Missing required field: job_id");
}

void tst_Emulator::jobsGetUnknownOrInvalidIdIsInvalidParameter()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result = get(*emulator, QStringLiteral("/api/2.1/jobs/get"), query);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("INVALID_PARAMETER_VALUE"));
    if (!message.isEmpty())
        QCOMPARE(result.json.value(QStringLiteral("message")).toString(), message);
}

void tst_Emulator::scimMeReturnsDemoUser()
{
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result = get(*emulator, QStringLiteral("/api/2.0/preview/scim/v2/Me"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
    QVERIFY(!result.json.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(result.json.value(QStringLiteral("userName")).toString(),
             QStringLiteral("demo.user@brickdesk.example"));
    QCOMPARE(result.json.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Demo User"));
    QCOMPARE(result.json.value(QStringLiteral("active")).toBool(), true);
    const QJsonObject email =
        result.json.value(QStringLiteral("emails")).toArray().at(0).toObject();
    QCOMPARE(email.value(QStringLiteral("value")).toString(),
             QStringLiteral("demo.user@brickdesk.example"));
    QCOMPARE(email.value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(result.json.value(QStringLiteral("schemas")).toArray().at(0).toString(),
             QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"));
}

void tst_Emulator::unknownEndpointIs404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown path") << QByteArrayLiteral("GET") << QStringLiteral("/api/2.0/nope");
    QTest::newRow("root") << QByteArrayLiteral("GET") << QStringLiteral("/");
    QTest::newRow("trailing slash")
        << QByteArrayLiteral("GET") << QStringLiteral("/api/2.0/clusters/list/");
    QTest::newRow("wrong method") << QByteArrayLiteral("POST")
                                  << QStringLiteral("/api/2.0/clusters/list");
    QTest::newRow("delete") << QByteArrayLiteral("DELETE") << QStringLiteral("/api/2.1/jobs/get");
    QTest::newRow("jobs 2.0") << QByteArrayLiteral("GET") << QStringLiteral("/api/2.0/jobs/list");
}

void tst_Emulator::unknownEndpointIs404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    auto emulator = start();
    QVERIFY(emulator);
    const HttpResult result = send(*emulator, method, path);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("ENDPOINT_NOT_FOUND"));
    QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("No API found for '") + QString::fromLatin1(method) + QLatin1Char(' ') +
                 path + QLatin1Char('\''));
}

void tst_Emulator::requestReceivedCountsEveryRequest()
{
    auto emulator = start();
    QVERIFY(emulator);
    QSignalSpy received(emulator.get(), &WorkspaceEmulator::requestReceived);
    QCOMPARE(emulator->requestCount(), 0);

    QCOMPARE(get(*emulator, QStringLiteral("/api/2.1/jobs/list"), QStringLiteral("limit=2")).status,
             200);
    QCOMPARE(send(*emulator, "GET", QStringLiteral("/api/2.0/nope"), {}, QByteArray()).status, 401);
    QCOMPARE(emulator->requestCount(), 2);
    QCOMPARE(received.count(), 2);
    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArrayLiteral("GET"));
    QCOMPARE(received.at(0).at(1).toString(), QStringLiteral("/api/2.1/jobs/list"));
    QCOMPARE(received.at(1).at(1).toString(), QStringLiteral("/api/2.0/nope"));
}

void tst_Emulator::routerMatchesPathPlaceholders()
{
    ApiRouter router;
    const auto echo = [](const QString &which) {
        return [which](const ApiRequest &request) {
            QJsonObject body{{QStringLiteral("route"), which}};
            for (auto it = request.pathParams.cbegin(); it != request.pathParams.cend(); ++it)
                body.insert(it.key(), it.value());
            return ApiResponse::ok(body);
        };
    };
    router.get(QStringLiteral("/api/2.0/sql/statements/{statement_id}"),
               echo(QStringLiteral("get")));
    router.get(QStringLiteral("/api/2.0/sql/statements/{statement_id}/result/chunks/{chunk_index}"),
               echo(QStringLiteral("chunk")));
    router.get(QStringLiteral("/api/2.0/sql/statements/latest"), echo(QStringLiteral("literal")));
    router.post(QStringLiteral("/api/2.0/sql/statements/{statement_id}/cancel"),
                echo(QStringLiteral("cancel")));

    const auto dispatch = [&router](const char *method, const char *path) {
        ApiRequest request;
        request.method = method;
        request.path = QString::fromLatin1(path);
        return router.dispatch(request);
    };
    ApiResponse response = dispatch("GET", "/api/2.0/sql/statements/01ef-42");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body.value(QStringLiteral("route")).toString(), QStringLiteral("get"));
    QCOMPARE(response.body.value(QStringLiteral("statement_id")).toString(),
             QStringLiteral("01ef-42"));

    response = dispatch("GET", "/api/2.0/sql/statements/01ef-42/result/chunks/3");
    QCOMPARE(response.body.value(QStringLiteral("route")).toString(), QStringLiteral("chunk"));
    QCOMPARE(response.body.value(QStringLiteral("chunk_index")).toString(), QStringLiteral("3"));

    response = dispatch("GET", "/api/2.0/sql/statements/latest");
    QCOMPARE(response.body.value(QStringLiteral("route")).toString(), QStringLiteral("literal"));

    response = dispatch("POST", "/api/2.0/sql/statements/01ef-42/cancel");
    QCOMPARE(response.body.value(QStringLiteral("route")).toString(), QStringLiteral("cancel"));

    for (const auto &[method, path] :
         {std::pair{"GET", "/api/2.0/sql/statements/01ef-42/cancel"},
          std::pair{"GET", "/api/2.0/sql/statements/"}, std::pair{"GET", "/api/2.0/sql/statements"},
          std::pair{"DELETE", "/api/2.0/sql/statements/01ef-42"}}) {
        response = dispatch(method, path);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body.value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("ENDPOINT_NOT_FOUND"));
    }
}

void tst_Emulator::failNextRequestsAnswersInjectedError()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QString path = QStringLiteral("/api/2.0/clusters/list");
    emulator->failNextRequests(2, 503, QByteArrayLiteral("TEMPORARILY_UNAVAILABLE"), 7);
    emulator->failNextRequests(1, 429, QByteArrayLiteral("REQUEST_LIMIT_EXCEEDED"));

    for (int i = 0; i < 2; ++i) {
        const HttpResult failed = get(*emulator, path);
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.contentType, QByteArrayLiteral("application/json"));
        QCOMPARE(failed.retryAfter, QByteArrayLiteral("7"));
        QCOMPARE(failed.json.value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("TEMPORARILY_UNAVAILABLE"));
    }
    // Injected failures come before authentication.
    const HttpResult limited = send(*emulator, "GET", path, {}, QByteArray());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    QVERIFY(limited.retryAfter.isEmpty());

    const HttpResult ok = get(*emulator, path);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.retryAfter.isEmpty());
    QCOMPARE(emulator->requestCount(), 4);
}

void tst_Emulator::rateLimitAnswers429WithRetryAfter()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QString path = QStringLiteral("/api/2.0/clusters/list");
    emulator->setRateLimitPerSecond(1.0);

    const HttpResult first = get(*emulator, path);
    QCOMPARE(first.status, 200);
    const HttpResult second = get(*emulator, path);
    QCOMPARE(second.status, 429);
    QCOMPARE(second.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(second.retryAfter, QByteArrayLiteral("1"));
    QCOMPARE(second.json.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("REQUEST_LIMIT_EXCEEDED"));

    emulator->setRateLimitPerSecond(0); // unlimited again
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(*emulator, path).status, 200);
}

void tst_Emulator::tokenBucketRefillsWithTime()
{
    qint64 now = 1000;
    FaultInjector faults;
    faults.setClock([&now] { return now; });
    faults.setRateLimitPerSecond(2.0);

    QVERIFY(!faults.checkRateLimit()); // a full bucket holds one second: two requests
    QVERIFY(!faults.checkRateLimit());
    std::optional<ApiResponse> limited = faults.checkRateLimit();
    QVERIFY(limited);
    QCOMPARE(limited->status, 429);
    QCOMPARE(limited->headers.size(), 1);
    QCOMPARE(limited->headers.at(0).first, QByteArrayLiteral("Retry-After"));
    QCOMPARE(limited->headers.at(0).second, QByteArrayLiteral("1"));

    now += 250; // half a token
    QVERIFY(faults.checkRateLimit());
    now += 250; // a whole one
    QVERIFY(!faults.checkRateLimit());
    QVERIFY(faults.checkRateLimit());

    now += 60000; // a long pause refills only up to the bucket size
    QVERIFY(!faults.checkRateLimit());
    QVERIFY(!faults.checkRateLimit());
    QVERIFY(faults.checkRateLimit());

    // Slower than one per second: Retry-After says how long the wait really is.
    faults.setRateLimitPerSecond(0.25);
    QVERIFY(!faults.checkRateLimit());
    limited = faults.checkRateLimit();
    QVERIFY(limited);
    QCOMPARE(limited->headers.at(0).second, QByteArrayLiteral("4"));
}

void tst_Emulator::failRateOneAnswers503()
{
    EmulatorOptions options = defaultOptions();
    options.failRate = 1.0;
    auto emulator = start(options);
    QVERIFY(emulator);
    const QString path = QStringLiteral("/api/2.0/preview/scim/v2/Me");
    for (int i = 0; i < 3; ++i) {
        const HttpResult result = get(*emulator, path);
        QCOMPARE(result.status, 503);
        QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("TEMPORARILY_UNAVAILABLE"));
    }
    emulator->setFailRate(0.0);
    QCOMPARE(get(*emulator, path).status, 200);
}

void tst_Emulator::dropNextConnectionsClosesWithoutAnswer()
{
    auto emulator = start();
    QVERIFY(emulator);
    emulator->dropNextConnections(1);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator->port());
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(QByteArrayLiteral("GET /api/2.0/clusters/list HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Authorization: Bearer ") +
                 kToken.toUtf8() + QByteArrayLiteral("\r\n\r\n"));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(socket.readAll(), QByteArray());
    QCOMPARE(emulator->requestCount(), 1);

    // Only the next one: the following request is answered.
    QCOMPARE(get(*emulator, QStringLiteral("/api/2.0/clusters/list")).status, 200);
}

void tst_Emulator::dropNextConnectionsIsANetworkErrorForQnam()
{
    auto emulator = start();
    QVERIFY(emulator);
    const QString path = QStringLiteral("/api/2.0/clusters/list");

    // Qt 6.4's QNetworkAccessManager resends a request once, silently, when its connection closes
    // before any answer: one drop goes unnoticed by the client...
    emulator->dropNextConnections(1);
    QCOMPARE(get(*emulator, path).status, 200);
    QCOMPARE(emulator->requestCount(), 2);

    // ...two make the network error a client sees.
    emulator->dropNextConnections(2);
    const HttpResult dropped = get(*emulator, path);
    QVERIFY(dropped.finished);
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(emulator->requestCount(), 4);

    QCOMPARE(get(*emulator, path).status, 200);
}

void tst_Emulator::latencyDelaysAnswerWithoutBlocking()
{
    constexpr int latencyMs = 300;
    EmulatorOptions options = defaultOptions();
    options.latencyMs = latencyMs;
    auto emulator = start(options);
    QVERIFY(emulator);

    QElapsedTimer clock;
    clock.start();
    qint64 timerFiredAt = -1;
    QTimer::singleShot(50, this, [&] { timerFiredAt = clock.elapsed(); });
    const HttpResult result = get(*emulator, QStringLiteral("/api/2.0/clusters/list"));
    const qint64 answeredAt = clock.elapsed();
    QCOMPARE(result.status, 200);
    QVERIFY2(answeredAt >= latencyMs - 10, qPrintable(QString::number(answeredAt)));
    // The event loop kept running while the answer waited.
    QVERIFY(timerFiredAt >= 0);
    QVERIFY(timerFiredAt < answeredAt);

    // Errors wait too, and the latency can change at run time.
    emulator->setLatencyMs(0);
    clock.restart();
    QCOMPARE(send(*emulator, "GET", QStringLiteral("/api/2.0/nope"), {}, QByteArray()).status, 401);
    QVERIFY(clock.elapsed() < latencyMs);
}

void tst_Emulator::stateDirPersistsAndReloads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateDir = dir.filePath(QStringLiteral("nested/state"));
    const QString stateFile = stateDir + QStringLiteral("/state.json");
    EmulatorOptions options = defaultOptions();
    options.stateDir = stateDir;

    QJsonObject clustersBefore;
    QJsonObject jobsBefore;
    {
        auto emulator = start(options);
        QVERIFY(emulator);
        QVERIFY(QFile::exists(stateFile));
        clustersBefore = get(*emulator, QStringLiteral("/api/2.0/clusters/list")).json;
        jobsBefore = get(*emulator, QStringLiteral("/api/2.1/jobs/list"),
                         QStringLiteral("limit=100&expand_tasks=true"))
                         .json;
        QCOMPARE(clustersBefore.value(QStringLiteral("clusters")).toArray().size(), 3);
        QCOMPARE(jobsBefore.value(QStringLiteral("jobs")).toArray().size(), 25);
    }

    // A new instance reads the file instead of seeding, even when told to seed nothing.
    options.seed = Seed::Empty;
    {
        auto emulator = start(options);
        QVERIFY(emulator);
        QCOMPARE(get(*emulator, QStringLiteral("/api/2.0/clusters/list")).json, clustersBefore);
        QCOMPARE(get(*emulator, QStringLiteral("/api/2.1/jobs/list"),
                     QStringLiteral("limit=100&expand_tasks=true"))
                     .json,
                 jobsBefore);
    }

    // And what it serves is what the file says.
    QFile file(stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray clusters = root.value(QStringLiteral("clusters")).toArray();
    QJsonObject first = clusters.at(0).toObject();
    first.insert(QStringLiteral("cluster_name"), QStringLiteral("Renamed On Disk"));
    clusters.replace(0, first);
    root.insert(QStringLiteral("clusters"), clusters);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    auto emulator = start(options);
    QVERIFY(emulator);
    const HttpResult renamed =
        get(*emulator, QStringLiteral("/api/2.1/clusters/get"),
            QStringLiteral("cluster_id=") + first.value(QStringLiteral("cluster_id")).toString());
    QCOMPARE(renamed.json.value(QStringLiteral("cluster_name")).toString(),
             QStringLiteral("Renamed On Disk"));
}

void tst_Emulator::corruptStateFileFailsListen_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("not json") << QByteArrayLiteral("{ \"clusters\": [");
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("clusters not array") << QByteArrayLiteral("{\"clusters\": {}}");
    QTest::newRow("job without id") << QByteArrayLiteral("{\"jobs\": [{\"settings\": {}}]}");
    QTest::newRow("cluster without id") << QByteArrayLiteral("{\"clusters\": [{\"state\": 1}]}");
}

void tst_Emulator::corruptStateFileFailsListen()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateFile = dir.filePath(QStringLiteral("state.json"));
    QFile file(stateFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    EmulatorOptions options = defaultOptions();
    options.stateDir = dir.path();
    WorkspaceEmulator emulator(options);
    QVERIFY(!emulator.listen(0));
    QVERIFY2(emulator.errorString().contains(QDir::toNativeSeparators(stateFile)),
             qPrintable(emulator.errorString()));
    // The broken file is left for the user to look at.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
}

void tst_Emulator::emptySeedHasNoClustersOrJobs()
{
    EmulatorOptions options = defaultOptions();
    options.seed = Seed::Empty;
    auto emulator = start(options);
    QVERIFY(emulator);

    const HttpResult clusters = get(*emulator, QStringLiteral("/api/2.0/clusters/list"));
    QCOMPARE(clusters.status, 200);
    QCOMPARE(clusters.json, QJsonObject()); // the service leaves out empty lists
    const HttpResult paged = get(*emulator, QStringLiteral("/api/2.1/clusters/list"));
    QCOMPARE(paged.status, 200);
    QCOMPARE(paged.json, QJsonObject());
    const HttpResult jobs = get(*emulator, QStringLiteral("/api/2.1/jobs/list"));
    QCOMPARE(jobs.status, 200);
    QVERIFY(!jobs.json.contains(QStringLiteral("jobs")));
    QCOMPARE(jobs.json.value(QStringLiteral("has_more")), QJsonValue(false));
    QCOMPARE(get(*emulator, QStringLiteral("/api/2.0/preview/scim/v2/Me")).status, 200);
}

QTEST_GUILESS_MAIN(tst_Emulator)
#include "tst_emulator.moc"

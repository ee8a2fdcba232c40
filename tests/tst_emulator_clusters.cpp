// The emulator's cluster endpoints over real HTTP: create, edit, start, restart, resize, delete,
// permanent-delete, pin/unpin, events, node types and Spark versions, with the state machine
// driven by the simulated clock (a high time scale, polling with QTRY, no sleeps).

#include "WorkspaceEmulator.h"
#include "testing/EmulatorTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk::emulator;
using brickdesk::emulator::testing::EmulatorTestClient;
using brickdesk::emulator::testing::HttpResult;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-clusters-test-0123456789");
const QString kSharedAnalytics = QStringLiteral("0923-164208-k9x2m1qa"); // RUNNING, pinned
const QString kEtlNightly = QStringLiteral("0815-031507-ze7tpl42");      // TERMINATED
const QString kMlSandbox = QStringLiteral("1102-090311-mb4rq8sv");       // PENDING

QJsonObject validSpec(const QString &name = QStringLiteral("Test cluster"))
{
    return QJsonObject{{"cluster_name", name},
                       {"spark_version", "13.3.x-scala2.12"},
                       {"node_type_id", "Standard_DS3_v2"},
                       {"num_workers", 2},
                       {"autotermination_minutes", 60}};
}

QStringList eventTypes(const QJsonArray &events)
{
    QStringList types;
    for (const QJsonValue &event : events)
        types.append(event.toObject().value("type").toString());
    return types;
}

QList<qint64> timestamps(const QJsonArray &events)
{
    QList<qint64> result;
    for (const QJsonValue &event : events)
        result.append(static_cast<qint64>(event.toObject().value("timestamp").toDouble()));
    return result;
}

} // namespace

class tst_EmulatorClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createValidatesSpec_data();
    void createValidatesSpec();
    void createStartsPendingThenRunning();
    void createdClusterEventsContainCreatingAndRunning();
    void startRestartResizeDeleteFollowTheStateMachine();
    void editRestartsRunningClusterAndKeepsTerminatedOne();
    void editRejectsPendingClusterAndBadSpec();
    void actionsOnUnknownClusterAreInvalidParameter_data();
    void actionsOnUnknownClusterAreInvalidParameter();
    void actionsWorkOnApi21Too();
    void permanentDeleteRemovesTheCluster();
    void pinIsIdempotentAndFiltersTheList();
    void eventsFilterByTypeTimeAndOrder();
    void eventsRejectBadInput_data();
    void eventsRejectBadInput();
    void eventsPageWithNextPageLegacy();
    void eventsPageWithPageSize();
    void seededClustersHaveHistory();
    void nodeTypesAreRealisticAzureTypes();
    void sparkVersionsListRuntimesWithMlAndGpu();
    void stateDirKeepsClusterChangesAndResumes();

private:
    std::unique_ptr<WorkspaceEmulator> start(double timeScale = 1.0, const QString &stateDir = {});
    // Runs the clock fast until the cluster is in `state`, then slows it to real time again so
    // that intermediate states can be checked without racing the clock.
    bool reach(const QString &clusterId, const QString &state);
    QString createCluster(const QJsonObject &spec = validSpec());
    QJsonArray events(const QJsonObject &body);

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
};

void tst_EmulatorClusters::init() {}

void tst_EmulatorClusters::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

std::unique_ptr<WorkspaceEmulator> tst_EmulatorClusters::start(double timeScale,
                                                               const QString &stateDir)
{
    EmulatorOptions options;
    options.token = kToken;
    options.timeScale = timeScale;
    options.stateDir = stateDir;
    auto emulator = std::make_unique<WorkspaceEmulator>(options);
    if (!emulator->listen(0)) {
        qWarning("listen failed: %s", qPrintable(emulator->errorString()));
        return nullptr;
    }
    m_client = std::make_unique<EmulatorTestClient>(*emulator, kToken);
    return emulator;
}

bool tst_EmulatorClusters::reach(const QString &clusterId, const QString &state)
{
    m_emulator->setTimeScale(600.0);
    const bool reached =
        QTest::qWaitFor([&] { return m_client->clusterState(clusterId) == state; }, 5000);
    m_emulator->setTimeScale(1.0);
    return reached;
}

QString tst_EmulatorClusters::createCluster(const QJsonObject &spec)
{
    const HttpResult created = m_client->post("/api/2.0/clusters/create", spec);
    if (created.status != 200)
        qWarning("create failed: %s", created.body.constData());
    return created.json.value("cluster_id").toString();
}

QJsonArray tst_EmulatorClusters::events(const QJsonObject &body)
{
    return m_client->post("/api/2.0/clusters/events", body).json.value("events").toArray();
}

void tst_EmulatorClusters::createValidatesSpec_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");
    const auto spec = [](const char *key, const QJsonValue &value) {
        QJsonObject object = validSpec();
        if (value.isUndefined())
            object.remove(QString::fromUtf8(key));
        else
            object.insert(QString::fromUtf8(key), value);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("no spark_version")
        << spec("spark_version", QJsonValue::Undefined) << "INVALID_PARAMETER_VALUE"
        << "spark_version";
    QTest::newRow("unknown spark_version")
        << spec("spark_version", "99.9.x-scala2.12") << "INVALID_PARAMETER_VALUE"
        << "99.9.x-scala2.12";
    QTest::newRow("no node type") << spec("node_type_id", QJsonValue::Undefined)
                                  << "INVALID_PARAMETER_VALUE"
                                  << "node_type_id";
    QTest::newRow("unknown node type")
        << spec("node_type_id", "Standard_Imaginary_v9") << "INVALID_PARAMETER_VALUE"
        << "Standard_Imaginary_v9";
    QTest::newRow("unknown driver type")
        << spec("driver_node_type_id", "m5.xlarge") << "INVALID_PARAMETER_VALUE"
        << "m5.xlarge";
    QTest::newRow("negative workers") << spec("num_workers", -1) << "INVALID_PARAMETER_VALUE"
                                      << "num_workers";
    QTest::newRow("workers not a number")
        << spec("num_workers", "many") << "INVALID_PARAMETER_VALUE"
        << "num_workers";
    QTest::newRow("autoscale min > max")
        << spec("autoscale", QJsonObject{{"min_workers", 5}, {"max_workers", 2}})
        << "INVALID_PARAMETER_VALUE"
        << "min_workers";
    QTest::newRow("autoscale without max")
        << spec("autoscale", QJsonObject{{"min_workers", 1}}) << "INVALID_PARAMETER_VALUE"
        << "max_workers";
    QTest::newRow("autotermination 5")
        << spec("autotermination_minutes", 5) << "INVALID_PARAMETER_VALUE"
        << "autotermination_minutes";
    QTest::newRow("autotermination 10001")
        << spec("autotermination_minutes", 10001) << "INVALID_PARAMETER_VALUE"
        << "autotermination_minutes";
    QTest::newRow("name too long")
        << spec("cluster_name", QString(101, QLatin1Char('x'))) << "INVALID_PARAMETER_VALUE"
        << "100";
    QTest::newRow("spark_conf not an object")
        << spec("spark_conf", QJsonArray{1}) << "INVALID_PARAMETER_VALUE"
        << "spark_conf";
    QTest::newRow("malformed JSON") << QByteArray("{\"spark_version\": ") << "MALFORMED_REQUEST"
                                    << "JSON";
    QTest::newRow("JSON array") << QByteArray("[]") << "MALFORMED_REQUEST"
                                << "JSON";
}

void tst_EmulatorClusters::createValidatesSpec()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);
    m_emulator = start();
    QVERIFY(m_emulator);
    const HttpResult result = m_client->postRaw("/api/2.0/clusters/create", body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), errorCode);
    QVERIFY2(result.message().contains(messagePart), qPrintable(result.message()));
    QCOMPARE(m_client->get("/api/2.0/clusters/list").json.value("clusters").toArray().size(), 3);
}

void tst_EmulatorClusters::createStartsPendingThenRunning()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const qint64 before = m_emulator->simulatedNowMs();
    QJsonObject spec = validSpec("Nightly experiments");
    spec.remove("num_workers");
    spec.insert("autoscale", QJsonObject{{"min_workers", 2}, {"max_workers", 6}});
    spec.insert("custom_tags", QJsonObject{{"team", "qa"}});
    const HttpResult created = m_client->post("/api/2.0/clusters/create", spec);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.keys(), QStringList{"cluster_id"});
    const QString id = created.json.value("cluster_id").toString();
    QVERIFY2(QRegularExpression("^\\d{4}-\\d{6}-[a-z0-9]{8}$").match(id).hasMatch(),
             qPrintable(id));

    const QJsonObject pending = m_client->cluster(id);
    QCOMPARE(pending.value("state").toString(), QStringLiteral("PENDING"));
    QVERIFY(!pending.value("state_message").toString().isEmpty());
    QCOMPARE(pending.value("cluster_name").toString(), QStringLiteral("Nightly experiments"));
    QCOMPARE(pending.value("cluster_source").toString(), QStringLiteral("API"));
    QCOMPARE(pending.value("creator_user_name").toString(),
             QStringLiteral("demo.user@brickdesk.example"));
    QCOMPARE(pending.value("custom_tags").toObject().value("team").toString(),
             QStringLiteral("qa"));
    QCOMPARE(pending.value("default_tags").toObject().value("ClusterId").toString(), id);
    const auto startTime = static_cast<qint64>(pending.value("start_time").toDouble());
    QVERIFY(startTime >= before && startTime <= m_emulator->simulatedNowMs());
    // The 2.0 list shows it too, at the end.
    const QJsonArray all = m_client->get("/api/2.0/clusters/list").json.value("clusters").toArray();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.last().toObject().value("cluster_id").toString(), id);

    QVERIFY(reach(id, QStringLiteral("RUNNING")));
    const QJsonObject running = m_client->cluster(id);
    QCOMPARE(running.value("num_workers").toInt(), 2); // autoscale starts at min_workers
    QCOMPARE(running.value("executors").toArray().size(), 2);
    QVERIFY(running.value("driver").toObject().contains("private_ip"));
    QCOMPARE(running.value("cluster_memory_mb").toInt(), 3 * 14336);
    QCOMPARE(running.value("state_message").toString(), QString());
    QVERIFY(running.value("last_restarted_time").toDouble() > startTime);
}

void tst_EmulatorClusters::createdClusterEventsContainCreatingAndRunning()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const QString id = createCluster();
    QVERIFY(!id.isEmpty());
    QCOMPARE(eventTypes(events({{"cluster_id", id}})), QStringList{"CREATING"});
    QVERIFY(reach(id, QStringLiteral("RUNNING")));

    const QJsonArray newestFirst = events({{"cluster_id", id}});
    QCOMPARE(eventTypes(newestFirst), (QStringList{"DRIVER_HEALTHY", "RUNNING", "CREATING"}));
    const QJsonObject creating = newestFirst.at(2).toObject();
    QCOMPARE(creating.value("cluster_id").toString(), id);
    QCOMPARE(creating.value("details").toObject().value("user").toString(),
             QStringLiteral("demo.user@brickdesk.example"));
    QCOMPARE(
        creating.value("details").toObject().value("attributes").toObject().value("spark_version"),
        QJsonValue("13.3.x-scala2.12"));
    const QJsonObject runningDetails = newestFirst.at(1).toObject().value("details").toObject();
    QCOMPARE(runningDetails.value("current_num_workers").toInt(), 2);
    QCOMPARE(runningDetails.value("target_num_workers").toInt(), 2);
    // Starting took 3-5 simulated minutes.
    const QList<qint64> times = timestamps(newestFirst);
    const qint64 startup = times.at(1) - times.at(2);
    QVERIFY2(startup >= 180'000 && startup <= 300'000 + 5'000,
             qPrintable(QString::number(startup)));
}

void tst_EmulatorClusters::startRestartResizeDeleteFollowTheStateMachine()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const QString id = createCluster();
    const QJsonObject body{{"cluster_id", id}};

    // PENDING: only delete applies.
    for (const char *action : {"start", "restart", "resize"}) {
        QJsonObject request = body;
        request.insert("num_workers", 3);
        const HttpResult refused =
            m_client->post(QStringLiteral("/api/2.0/clusters/") + action, request);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_STATE"));
        QVERIFY2(refused.message().contains("unexpected state Pending"),
                 qPrintable(refused.message()));
    }
    QVERIFY(reach(id, QStringLiteral("RUNNING")));

    // RUNNING: start is refused; resize goes through RESIZING.
    QCOMPARE(m_client->post("/api/2.0/clusters/start", body).errorCode(),
             QStringLiteral("INVALID_STATE"));
    QCOMPARE(m_client->post("/api/2.0/clusters/resize", body).status, 400); // no size given
    QJsonObject resize = body;
    resize.insert("num_workers", 5);
    QCOMPARE(m_client->post("/api/2.0/clusters/resize", resize).status, 200);
    QCOMPARE(m_client->clusterState(id), QStringLiteral("RESIZING"));
    QCOMPARE(m_client->post("/api/2.0/clusters/restart", body).errorCode(),
             QStringLiteral("INVALID_STATE"));
    QVERIFY(reach(id, QStringLiteral("RUNNING")));
    QCOMPARE(m_client->cluster(id).value("num_workers").toInt(), 5);
    QCOMPARE(m_client->cluster(id).value("executors").toArray().size(), 5);
    const QJsonArray afterResize = events({{"cluster_id", id}, {"limit", 2}});
    QCOMPARE(eventTypes(afterResize), (QStringList{"UPSIZE_COMPLETED", "RESIZING"}));
    QCOMPARE(afterResize.at(1).toObject().value("details").toObject().value("target_num_workers"),
             QJsonValue(5));
    QCOMPARE(afterResize.at(1).toObject().value("details").toObject().value("current_num_workers"),
             QJsonValue(2));

    // Restart: RESTARTING, then RUNNING again.
    QCOMPARE(m_client->post("/api/2.0/clusters/restart", body).status, 200);
    QCOMPARE(m_client->clusterState(id), QStringLiteral("RESTARTING"));
    QVERIFY(reach(id, QStringLiteral("RUNNING")));

    // Delete: TERMINATING, then TERMINATED by the user's request.
    QCOMPARE(m_client->post("/api/2.0/clusters/delete", body).status, 200);
    QCOMPARE(m_client->clusterState(id), QStringLiteral("TERMINATING"));
    QCOMPARE(m_client->post("/api/2.0/clusters/delete", body).status, 200); // idempotent
    QVERIFY(reach(id, QStringLiteral("TERMINATED")));
    const QJsonObject terminated = m_client->cluster(id);
    QCOMPARE(terminated.value("termination_reason").toObject().value("code").toString(),
             QStringLiteral("USER_REQUEST"));
    QCOMPARE(terminated.value("termination_reason").toObject().value("type").toString(),
             QStringLiteral("SUCCESS"));
    QVERIFY(terminated.value("terminated_time").toDouble() >
            terminated.value("start_time").toDouble());
    QVERIFY(!terminated.contains("driver"));
    const QJsonArray terminating =
        events({{"cluster_id", id}, {"event_types", QJsonArray{"TERMINATING"}}});
    QCOMPARE(terminating.size(), 1);
    QCOMPARE(
        terminating.at(0).toObject().value("details").toObject().value("reason").toObject().value(
            "code"),
        QJsonValue("USER_REQUEST"));

    // TERMINATED: restart and resize are refused; start brings it back.
    QCOMPARE(m_client->post("/api/2.0/clusters/restart", body).errorCode(),
             QStringLiteral("INVALID_STATE"));
    QCOMPARE(m_client->post("/api/2.0/clusters/resize", resize).errorCode(),
             QStringLiteral("INVALID_STATE"));
    QCOMPARE(m_client->post("/api/2.0/clusters/start", body).status, 200);
    QCOMPARE(m_client->clusterState(id), QStringLiteral("PENDING"));
    QVERIFY(!m_client->cluster(id).contains("termination_reason"));
    QVERIFY(reach(id, QStringLiteral("RUNNING")));
    QVERIFY(eventTypes(events({{"cluster_id", id}})).contains("STARTING"));
}

void tst_EmulatorClusters::editRestartsRunningClusterAndKeepsTerminatedOne()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    // A running cluster restarts to apply the new spec.
    QJsonObject edit = validSpec("Shared Analytics v2");
    edit.insert("cluster_id", kSharedAnalytics);
    edit.insert("num_workers", 6);
    QCOMPARE(m_client->post("/api/2.0/clusters/edit", edit).status, 200);
    QJsonObject cluster = m_client->cluster(kSharedAnalytics);
    QCOMPARE(cluster.value("state").toString(), QStringLiteral("RESTARTING"));
    QCOMPARE(cluster.value("cluster_name").toString(), QStringLiteral("Shared Analytics v2"));
    QVERIFY(!cluster.contains("autoscale")); // full replace: the old autoscale is gone
    QCOMPARE(cluster.value("autotermination_minutes").toInt(), 60);
    const QJsonArray edited =
        events({{"cluster_id", kSharedAnalytics}, {"event_types", QJsonArray{"EDITED"}}});
    const QJsonObject details = edited.first().toObject().value("details").toObject();
    QCOMPARE(details.value("previous_attributes").toObject().value("cluster_name").toString(),
             QStringLiteral("Shared Analytics"));
    QCOMPARE(details.value("attributes").toObject().value("num_workers").toInt(), 6);
    QCOMPARE(details.value("user").toString(), QStringLiteral("demo.user@brickdesk.example"));
    QVERIFY(reach(kSharedAnalytics, QStringLiteral("RUNNING")));
    QCOMPARE(m_client->cluster(kSharedAnalytics).value("num_workers").toInt(), 6);

    // A terminated cluster takes the edit and stays terminated.
    QJsonObject etl = validSpec("ETL Nightly (bigger)");
    etl.insert("cluster_id", kEtlNightly);
    etl.insert("node_type_id", "Standard_DS5_v2");
    QCOMPARE(m_client->post("/api/2.1/clusters/edit", etl).status, 200);
    cluster = m_client->cluster(kEtlNightly);
    QCOMPARE(cluster.value("state").toString(), QStringLiteral("TERMINATED"));
    QCOMPARE(cluster.value("node_type_id").toString(), QStringLiteral("Standard_DS5_v2"));
    QCOMPARE(cluster.value("driver_node_type_id").toString(), QStringLiteral("Standard_DS5_v2"));
}

void tst_EmulatorClusters::editRejectsPendingClusterAndBadSpec()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    QJsonObject edit = validSpec();
    edit.insert("cluster_id", kMlSandbox);
    const HttpResult pending = m_client->post("/api/2.0/clusters/edit", edit);
    QCOMPARE(pending.status, 400);
    QCOMPARE(pending.errorCode(), QStringLiteral("INVALID_STATE"));

    QJsonObject noVersion{{"cluster_id", kEtlNightly}, {"node_type_id", "Standard_DS3_v2"}};
    const HttpResult invalid = m_client->post("/api/2.0/clusters/edit", noVersion);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(m_client->cluster(kEtlNightly).value("cluster_name").toString(),
             QStringLiteral("ETL Nightly"));
}

void tst_EmulatorClusters::actionsOnUnknownClusterAreInvalidParameter_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action : {"edit", "start", "restart", "resize", "delete", "permanent-delete",
                               "pin", "unpin", "events"}) {
        QTest::newRow(action) << QString::fromUtf8(action);
    }
}

void tst_EmulatorClusters::actionsOnUnknownClusterAreInvalidParameter()
{
    QFETCH(QString, action);
    m_emulator = start();
    QVERIFY(m_emulator);
    const QString path = QStringLiteral("/api/2.0/clusters/") + action;
    QJsonObject body = validSpec();
    body.insert("cluster_id", "0000-000000-nothere0");
    const HttpResult unknown = m_client->post(path, body);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(unknown.message(), QStringLiteral("Cluster 0000-000000-nothere0 does not exist"));

    body.remove("cluster_id");
    const HttpResult missing = m_client->post(path, body);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY2(missing.message().contains("cluster_id"), qPrintable(missing.message()));
}

void tst_EmulatorClusters::actionsWorkOnApi21Too()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const HttpResult created = m_client->post("/api/2.1/clusters/create", validSpec());
    QCOMPARE(created.status, 200);
    const QString id = created.json.value("cluster_id").toString();
    QCOMPARE(m_client->post("/api/2.1/clusters/delete", {{"cluster_id", id}}).status, 200);
    QVERIFY(reach(id, QStringLiteral("TERMINATED")));
    QCOMPARE(m_client->post("/api/2.1/clusters/start", {{"cluster_id", id}}).status, 200);
    QCOMPARE(m_client->post("/api/2.1/clusters/events", {{"cluster_id", id}}).status, 200);
    QCOMPARE(m_client->get("/api/2.1/clusters/list-node-types").status, 200);
    QCOMPARE(m_client->get("/api/2.1/clusters/spark-versions").status, 200);
    // GET on a POST endpoint is not an endpoint.
    QCOMPARE(m_client->get("/api/2.1/clusters/create").status, 404);
}

void tst_EmulatorClusters::permanentDeleteRemovesTheCluster()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    QCOMPARE(
        m_client->post("/api/2.0/clusters/permanent-delete", {{"cluster_id", kSharedAnalytics}})
            .status,
        200);
    const HttpResult gone = m_client->get(
        "/api/2.0/clusters/get", EmulatorTestClient::query({{"cluster_id", kSharedAnalytics}}));
    QCOMPARE(gone.status, 400);
    QCOMPARE(gone.message(),
             QStringLiteral("Cluster ") + kSharedAnalytics + QStringLiteral(" does not exist"));
    const QJsonArray clusters =
        m_client->get("/api/2.1/clusters/list").json.value("clusters").toArray();
    QCOMPARE(clusters.size(), 2);
    for (const QJsonValue &cluster : clusters)
        QVERIFY(cluster.toObject().value("cluster_id").toString() != kSharedAnalytics);
    QCOMPARE(m_client->post("/api/2.0/clusters/events", {{"cluster_id", kSharedAnalytics}}).status,
             400);
    QCOMPARE(m_client
                 ->get("/api/2.0/libraries/cluster-status",
                       EmulatorTestClient::query({{"cluster_id", kSharedAnalytics}}))
                 .status,
             400);
    // And it is not pinned any more: nothing is.
    QVERIFY(!m_client
                 ->get("/api/2.1/clusters/list",
                       EmulatorTestClient::query({{"filter_by.is_pinned", "true"}}))
                 .json.contains("clusters"));
}

void tst_EmulatorClusters::pinIsIdempotentAndFiltersTheList()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const auto pinnedNames = [this](const QString &value) {
        QStringList names;
        const QJsonArray clusters =
            m_client
                ->get("/api/2.1/clusters/list",
                      EmulatorTestClient::query({{"filter_by.is_pinned", value}}))
                .json.value("clusters")
                .toArray();
        for (const QJsonValue &cluster : clusters)
            names.append(cluster.toObject().value("cluster_name").toString());
        return names;
    };
    QCOMPARE(pinnedNames("true"), QStringList{"Shared Analytics"});

    QCOMPARE(m_client->post("/api/2.0/clusters/pin", {{"cluster_id", kEtlNightly}}).status, 200);
    QCOMPARE(m_client->post("/api/2.0/clusters/pin", {{"cluster_id", kEtlNightly}}).status, 200);
    QCOMPARE(m_client->post("/api/2.0/clusters/unpin", {{"cluster_id", kSharedAnalytics}}).status,
             200);
    QCOMPARE(m_client->post("/api/2.0/clusters/unpin", {{"cluster_id", kSharedAnalytics}}).status,
             200);
    QCOMPARE(pinnedNames("true"), QStringList{"ETL Nightly"});
    QCOMPARE(pinnedNames("false"), (QStringList{"Shared Analytics", "ML Sandbox"}));
    // One event per change, none for the repeats.
    QCOMPARE(events({{"cluster_id", kEtlNightly}, {"event_types", QJsonArray{"PINNED"}}}).size(),
             1);
    QCOMPARE(
        events({{"cluster_id", kSharedAnalytics}, {"event_types", QJsonArray{"UNPINNED"}}}).size(),
        1);
    // The pin filter combines with the others.
    const HttpResult combined =
        m_client->get("/api/2.1/clusters/list",
                      EmulatorTestClient::query({{"filter_by.is_pinned", "true"},
                                                 {"filter_by.cluster_states", "RUNNING"}}));
    QVERIFY(!combined.json.contains("clusters"));
    QCOMPARE(m_client
                 ->get("/api/2.1/clusters/list",
                       EmulatorTestClient::query({{"filter_by.is_pinned", "maybe"}}))
                 .status,
             400);
}

void tst_EmulatorClusters::eventsFilterByTypeTimeAndOrder()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const QJsonArray all = events({{"cluster_id", kEtlNightly}, {"limit", 500}});
    QVERIFY(all.size() >= 10);
    QList<qint64> times = timestamps(all);
    QVERIFY(std::is_sorted(times.rbegin(), times.rend())); // newest first by default

    const QJsonArray ascending =
        events({{"cluster_id", kEtlNightly}, {"order", "ASC"}, {"limit", 500}});
    times = timestamps(ascending);
    QVERIFY(std::is_sorted(times.begin(), times.end()));
    QCOMPARE(ascending.first().toObject().value("type").toString(), QStringLiteral("CREATING"));

    const QJsonArray terminating = events(
        {{"cluster_id", kEtlNightly}, {"event_types", QJsonArray{"TERMINATING", "STARTING"}}});
    QVERIFY(!terminating.isEmpty());
    for (const QString &type : eventTypes(terminating))
        QVERIFY(type == "TERMINATING" || type == "STARTING");
    const QJsonObject inactivity =
        events(
            {{"cluster_id", kEtlNightly}, {"event_types", QJsonArray{"TERMINATING"}}, {"limit", 1}})
            .first()
            .toObject();
    QCOMPARE(inactivity.value("details").toObject().value("reason").toObject().value("code"),
             QJsonValue("INACTIVITY"));

    // A time window, both ends included.
    const qint64 from = timestamps(ascending).at(2);
    const qint64 to = timestamps(ascending).at(5);
    const QJsonArray window = events(
        {{"cluster_id", kEtlNightly}, {"start_time", from}, {"end_time", to}, {"order", "ASC"}});
    QCOMPARE(timestamps(window), timestamps(ascending).mid(2, 4));
    const HttpResult counted =
        m_client->post("/api/2.0/clusters/events",
                       {{"cluster_id", kEtlNightly}, {"start_time", from}, {"end_time", to}});
    QCOMPARE(counted.json.value("total_count").toInt(), 4);
}

void tst_EmulatorClusters::eventsRejectBadInput_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("no cluster_id") << QJsonObject{};
    QTest::newRow("unknown type") << QJsonObject{{"cluster_id", kEtlNightly},
                                                 {"event_types", QJsonArray{"EXPLODED"}}};
    QTest::newRow("bad order") << QJsonObject{{"cluster_id", kEtlNightly}, {"order", "UP"}};
    QTest::newRow("limit above 500") << QJsonObject{{"cluster_id", kEtlNightly}, {"limit", 501}};
    QTest::newRow("limit 0") << QJsonObject{{"cluster_id", kEtlNightly}, {"limit", 0}};
    QTest::newRow("page_size above 500")
        << QJsonObject{{"cluster_id", kEtlNightly}, {"page_size", 501}};
    QTest::newRow("start after end")
        << QJsonObject{{"cluster_id", kEtlNightly}, {"start_time", 2000}, {"end_time", 1000}};
    QTest::newRow("bad page token")
        << QJsonObject{{"cluster_id", kEtlNightly}, {"page_token", "bm9wZTox"}};
}

void tst_EmulatorClusters::eventsRejectBadInput()
{
    QFETCH(QJsonObject, body);
    m_emulator = start();
    QVERIFY(m_emulator);
    const HttpResult result = m_client->post("/api/2.0/clusters/events", body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
}

void tst_EmulatorClusters::eventsPageWithNextPageLegacy()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const HttpResult whole = m_client->post("/api/2.0/clusters/events",
                                            {{"cluster_id", kSharedAnalytics}, {"limit", 500}});
    const int total = whole.json.value("total_count").toInt();
    QCOMPARE(whole.json.value("events").toArray().size(), total);
    QVERIFY(!whole.json.contains("next_page"));
    QVERIFY(total > 8);

    QJsonArray collected;
    QJsonObject request{{"cluster_id", kSharedAnalytics}, {"limit", 4}};
    int pages = 0;
    for (;;) {
        const HttpResult page = m_client->post("/api/2.0/clusters/events", request);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value("total_count").toInt(), total);
        for (const QJsonValue &event : page.json.value("events").toArray())
            collected.append(event);
        ++pages;
        if (!page.json.contains("next_page"))
            break;
        // next_page is the whole body of the next request.
        request = page.json.value("next_page").toObject();
        QCOMPARE(request.value("cluster_id").toString(), kSharedAnalytics);
        QCOMPARE(request.value("limit").toInt(), 4);
        QCOMPARE(request.value("offset").toInt(), pages * 4);
        QVERIFY(pages < 50);
    }
    QCOMPARE(pages, (total + 3) / 4);
    QCOMPARE(collected, whole.json.value("events").toArray());
}

void tst_EmulatorClusters::eventsPageWithPageSize()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const QJsonArray whole =
        events({{"cluster_id", kEtlNightly}, {"limit", 500}, {"order", "ASC"}});
    QJsonArray collected;
    QJsonObject request{{"cluster_id", kEtlNightly},
                        {"page_size", 5},
                        {"order", "ASC"},
                        {"event_types", QJsonArray()}};
    QString lastToken;
    for (int pages = 0;; ++pages) {
        QVERIFY(pages < 50);
        const HttpResult page = m_client->post("/api/2.1/clusters/events", request);
        QCOMPARE(page.status, 200);
        const QJsonArray pageEvents = page.json.value("events").toArray();
        QVERIFY(pageEvents.size() <= 5);
        for (const QJsonValue &event : pageEvents)
            collected.append(event);
        if (pages > 0)
            QVERIFY(page.json.contains("prev_page_token"));
        if (!page.json.contains("next_page")) {
            QVERIFY(!page.json.contains("next_page_token"));
            break;
        }
        request = page.json.value("next_page").toObject();
        QCOMPARE(request.value("page_size").toInt(), 5);
        QCOMPARE(request.value("order").toString(), QStringLiteral("ASC"));
        QCOMPARE(request.value("page_token").toString(),
                 page.json.value("next_page_token").toString());
        QVERIFY(request.value("page_token").toString() != lastToken);
        lastToken = request.value("page_token").toString();
    }
    QCOMPARE(collected, whole);
}

void tst_EmulatorClusters::seededClustersHaveHistory()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    for (const QString &id : {kSharedAnalytics, kEtlNightly, kMlSandbox}) {
        const QJsonArray history = events({{"cluster_id", id}, {"order", "ASC"}});
        QVERIFY2(history.size() >= 4, qPrintable(id));
        QCOMPARE(history.first().toObject().value("type").toString(), QStringLiteral("CREATING"));
        for (const QJsonValue &event : history) {
            QCOMPARE(event.toObject().value("cluster_id").toString(), id);
            QVERIFY(event.toObject().value("timestamp").toDouble() <= m_emulator->simulatedNowMs());
        }
    }
    const QStringList shared =
        eventTypes(events({{"cluster_id", kSharedAnalytics}, {"limit", 500}}));
    for (const char *type :
         {"PINNED", "EDITED", "RESTARTING", "RESIZING", "UPSIZE_COMPLETED", "DRIVER_HEALTHY"}) {
        QVERIFY2(shared.contains(QString::fromUtf8(type)), type);
    }
    // The terminated cluster's last event is its termination, at its terminated_time.
    const QJsonObject last = events({{"cluster_id", kEtlNightly}, {"limit", 1}}).first().toObject();
    QCOMPARE(last.value("type").toString(), QStringLiteral("TERMINATING"));
    QCOMPARE(last.value("timestamp"), m_client->cluster(kEtlNightly).value("terminated_time"));
}

void tst_EmulatorClusters::nodeTypesAreRealisticAzureTypes()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const HttpResult result = m_client->get("/api/2.0/clusters/list-node-types");
    QCOMPARE(result.status, 200);
    const QJsonArray nodeTypes = result.json.value("node_types").toArray();
    QVERIFY(nodeTypes.size() >= 10);
    QSet<QString> categories;
    bool gpu = false;
    bool deprecated = false;
    for (const QJsonValue &value : nodeTypes) {
        const QJsonObject node = value.toObject();
        QVERIFY(node.value("node_type_id").toString().startsWith("Standard_"));
        QVERIFY(node.value("memory_mb").toInt() >= 8192);
        QVERIFY(node.value("num_cores").toDouble() >= 4);
        QVERIFY(node.contains("num_gpus"));
        QVERIFY(node.value("is_deprecated").isBool());
        QVERIFY(!node.value("description").toString().isEmpty());
        categories.insert(node.value("category").toString());
        gpu = gpu || node.value("num_gpus").toInt() > 0;
        deprecated = deprecated || node.value("is_deprecated").toBool();
        if (node.value("node_type_id") == QJsonValue("Standard_DS3_v2")) {
            QCOMPARE(node.value("memory_mb").toInt(), 14336);
            QCOMPARE(node.value("num_cores").toDouble(), 4.0);
            QCOMPARE(node.value("category").toString(), QStringLiteral("General Purpose"));
        }
    }
    QVERIFY(gpu);
    QVERIFY(deprecated);
    QVERIFY(categories.contains("Memory Optimized"));
    QVERIFY(categories.contains("GPU Accelerated"));
}

void tst_EmulatorClusters::sparkVersionsListRuntimesWithMlAndGpu()
{
    m_emulator = start();
    QVERIFY(m_emulator);
    const QJsonArray versions =
        m_client->get("/api/2.0/clusters/spark-versions").json.value("versions").toArray();
    QHash<QString, QString> names;
    for (const QJsonValue &version : versions)
        names.insert(version.toObject().value("key").toString(),
                     version.toObject().value("name").toString());
    QCOMPARE(names.value("13.3.x-scala2.12"),
             QStringLiteral("13.3 LTS (includes Apache Spark 3.4.1, Scala 2.12)"));
    QVERIFY(names.value("13.3.x-cpu-ml-scala2.12").contains("ML"));
    QVERIFY(names.value("13.3.x-gpu-ml-scala2.12").contains("GPU"));
    // Every seeded cluster runs a listed version.
    const QJsonArray clusters =
        m_client->get("/api/2.0/clusters/list").json.value("clusters").toArray();
    for (const QJsonValue &cluster : clusters)
        QVERIFY(names.contains(cluster.toObject().value("spark_version").toString()));
}

void tst_EmulatorClusters::stateDirKeepsClusterChangesAndResumes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString id;
    {
        m_emulator = start(1.0, dir.path()); // real time: the new cluster stays PENDING
        QVERIFY(m_emulator);
        id = createCluster(validSpec("Persisted"));
        QCOMPARE(m_client->post("/api/2.0/clusters/pin", {{"cluster_id", id}}).status, 200);
        QCOMPARE(
            m_client->post("/api/2.0/clusters/delete", {{"cluster_id", kSharedAnalytics}}).status,
            200);
        cleanup();
    }
    m_emulator = start(1.0, dir.path());
    QVERIFY(m_emulator);
    QCOMPARE(m_client->cluster(id).value("cluster_name").toString(), QStringLiteral("Persisted"));
    QCOMPARE(m_client->clusterState(id), QStringLiteral("PENDING"));
    QVERIFY(eventTypes(events({{"cluster_id", id}})).contains("PINNED"));
    // Transitions under way carry on after the reload.
    QVERIFY(reach(id, QStringLiteral("RUNNING")));
    QVERIFY(reach(kSharedAnalytics, QStringLiteral("TERMINATED")));
}

QTEST_GUILESS_MAIN(tst_EmulatorClusters)
#include "tst_emulator_clusters.moc"

// The emulator's library endpoints over real HTTP: cluster-status, install, uninstall, and how
// statuses move with the cluster's state in simulated time.

#include "WorkspaceEmulator.h"
#include "testing/EmulatorTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <functional>
#include <memory>

using namespace brickdesk::emulator;
using brickdesk::emulator::testing::EmulatorTestClient;
using brickdesk::emulator::testing::HttpResult;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-libraries-test-0123456789");
const QString kSharedAnalytics = QStringLiteral("0923-164208-k9x2m1qa"); // RUNNING
const QString kEtlNightly = QStringLiteral("0815-031507-ze7tpl42");      // TERMINATED

QJsonObject pypi(const QString &package)
{
    return QJsonObject{{"pypi", QJsonObject{{"package", package}}}};
}

QJsonObject maven(const QString &coordinates)
{
    return QJsonObject{{"maven", QJsonObject{{"coordinates", coordinates}}}};
}

} // namespace

class tst_EmulatorLibraries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void clusterStatusListsSeededLibraries();
    void clusterStatusRejectsUnknownOrMissingCluster();
    void installOnRunningClusterEndsInstalled();
    void nonexistentPackageEndsFailedWithMessage();
    void installOnTerminatedClusterWaitsForStart();
    void uninstallMarksAndRestartRemoves();
    void installRejectsInvalidLibraries_data();
    void installRejectsInvalidLibraries();
    void installOnUnknownClusterIsInvalidParameter();

private:
    // Runs the clock fast until `done` holds, then back at real time.
    bool reach(const std::function<bool()> &done);

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
};

void tst_EmulatorLibraries::init()
{
    EmulatorOptions options;
    options.token = kToken;
    options.timeScale = 1.0; // raised only while waiting: see reach()
    m_emulator = std::make_unique<WorkspaceEmulator>(options);
    QVERIFY(m_emulator->listen(0));
    m_client = std::make_unique<EmulatorTestClient>(*m_emulator, kToken);
}

void tst_EmulatorLibraries::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

bool tst_EmulatorLibraries::reach(const std::function<bool()> &done)
{
    m_emulator->setTimeScale(600.0);
    const bool reached = QTest::qWaitFor(done, 5000);
    m_emulator->setTimeScale(1.0);
    return reached;
}

void tst_EmulatorLibraries::clusterStatusListsSeededLibraries()
{
    const HttpResult result =
        m_client->get("/api/2.0/libraries/cluster-status",
                      EmulatorTestClient::query({{"cluster_id", kSharedAnalytics}}));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value("cluster_id").toString(), kSharedAnalytics);
    const QJsonArray statuses = result.json.value("library_statuses").toArray();
    QCOMPARE(statuses.size(), 3);
    QSet<QString> kinds;
    for (const QJsonValue &value : statuses) {
        const QJsonObject status = value.toObject();
        QCOMPARE(status.value("status").toString(), QStringLiteral("INSTALLED"));
        QCOMPARE(status.value("is_library_for_all_clusters"), QJsonValue(false));
        QCOMPARE(status.value("library").toObject().size(), 1);
        kinds.insert(status.value("library").toObject().keys().first());
    }
    QCOMPARE(kinds, (QSet<QString>{"pypi", "maven", "whl"}));
    // The terminated cluster's libraries wait for it to start.
    const QJsonArray waiting = m_client
                                   ->get("/api/2.0/libraries/cluster-status",
                                         EmulatorTestClient::query({{"cluster_id", kEtlNightly}}))
                                   .json.value("library_statuses")
                                   .toArray();
    QVERIFY(!waiting.isEmpty());
    for (const QJsonValue &status : waiting)
        QCOMPARE(status.toObject().value("status").toString(), QStringLiteral("PENDING"));
}

void tst_EmulatorLibraries::clusterStatusRejectsUnknownOrMissingCluster()
{
    const HttpResult unknown = m_client->get("/api/2.0/libraries/cluster-status",
                                             EmulatorTestClient::query({{"cluster_id", "nope"}}));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(unknown.message(), QStringLiteral("Cluster nope does not exist"));
    const HttpResult missing = m_client->get("/api/2.0/libraries/cluster-status");
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
}

void tst_EmulatorLibraries::installOnRunningClusterEndsInstalled()
{
    const QJsonObject requests = pypi("requests==2.31.0");
    const QJsonObject xml = maven("com.crealytics:spark-excel_2.12:3.4.1_0.20.3");
    const QJsonObject jar{{"jar", "dbfs:/FileStore/jars/udfs-1.0.jar"}};
    const HttpResult installed = m_client->post(
        "/api/2.0/libraries/install",
        {{"cluster_id", kSharedAnalytics}, {"libraries", QJsonArray{requests, xml, jar}}});
    QCOMPARE(installed.status, 200);
    QCOMPARE(installed.json, QJsonObject());
    QCOMPARE(m_client->libraryStatus(kSharedAnalytics, requests), QStringLiteral("PENDING"));
    QVERIFY(reach([&] {
        return m_client->libraryStatus(kSharedAnalytics, requests) == QStringLiteral("INSTALLED");
    }));
    QVERIFY(reach([&] {
        return m_client->libraryStatus(kSharedAnalytics, xml) == QStringLiteral("INSTALLED");
    }));
    QVERIFY(reach([&] {
        return m_client->libraryStatus(kSharedAnalytics, jar) == QStringLiteral("INSTALLED");
    }));
    // Installing the same library again adds nothing.
    QCOMPARE(m_client
                 ->post("/api/2.0/libraries/install",
                        {{"cluster_id", kSharedAnalytics}, {"libraries", QJsonArray{requests}}})
                 .status,
             200);
    QCOMPARE(m_client
                 ->get("/api/2.0/libraries/cluster-status",
                       EmulatorTestClient::query({{"cluster_id", kSharedAnalytics}}))
                 .json.value("library_statuses")
                 .toArray()
                 .size(),
             6);
}

void tst_EmulatorLibraries::nonexistentPackageEndsFailedWithMessage()
{
    const QJsonObject missing = pypi("doesnotexist-tooling==0.0.1");
    QCOMPARE(m_client
                 ->post("/api/2.0/libraries/install",
                        {{"cluster_id", kSharedAnalytics}, {"libraries", QJsonArray{missing}}})
                 .status,
             200);
    QVERIFY(reach([&] {
        return m_client->libraryStatus(kSharedAnalytics, missing) == QStringLiteral("FAILED");
    }));
    const QJsonArray statuses =
        m_client
            ->get("/api/2.0/libraries/cluster-status",
                  EmulatorTestClient::query({{"cluster_id", kSharedAnalytics}}))
            .json.value("library_statuses")
            .toArray();
    QString message;
    for (const QJsonValue &status : statuses) {
        if (status.toObject().value("library").toObject() == missing)
            message = status.toObject().value("messages").toArray().first().toString();
    }
    QVERIFY2(message.contains("No matching distribution found for doesnotexist-tooling"),
             qPrintable(message));
    QVERIFY(message.contains(kSharedAnalytics));
}

void tst_EmulatorLibraries::installOnTerminatedClusterWaitsForStart()
{
    const QJsonObject library = pypi("pandas==2.1.4");
    QCOMPARE(m_client
                 ->post("/api/2.0/libraries/install",
                        {{"cluster_id", kEtlNightly}, {"libraries", QJsonArray{library}}})
                 .status,
             200);
    // Ten simulated minutes later it still waits: the cluster is not running.
    const qint64 installedAt = m_emulator->simulatedNowMs();
    QVERIFY(reach([&] { return m_emulator->simulatedNowMs() > installedAt + 600'000; }));
    QCOMPARE(m_client->libraryStatus(kEtlNightly, library), QStringLiteral("PENDING"));

    QCOMPARE(m_client->post("/api/2.0/clusters/start", {{"cluster_id", kEtlNightly}}).status, 200);
    QVERIFY(
        reach([&] { return m_client->clusterState(kEtlNightly) == QStringLiteral("RUNNING"); }));
    QVERIFY(reach([&] {
        return m_client->libraryStatus(kEtlNightly, library) == QStringLiteral("INSTALLED");
    }));
    // The libraries it already had are installed along with it.
    QVERIFY(reach([&] {
        return m_client->libraryStatus(kEtlNightly, pypi("delta-spark==2.4.0")) ==
               QStringLiteral("INSTALLED");
    }));
}

void tst_EmulatorLibraries::uninstallMarksAndRestartRemoves()
{
    const QJsonObject expectations = pypi("great-expectations==0.18.8");
    const HttpResult uninstalled =
        m_client->post("/api/2.0/libraries/uninstall",
                       {{"cluster_id", kSharedAnalytics}, {"libraries", QJsonArray{expectations}}});
    QCOMPARE(uninstalled.status, 200);
    QCOMPARE(m_client->libraryStatus(kSharedAnalytics, expectations),
             QStringLiteral("UNINSTALL_ON_RESTART"));

    QCOMPARE(m_client->post("/api/2.0/clusters/restart", {{"cluster_id", kSharedAnalytics}}).status,
             200);
    QVERIFY(reach(
        [&] { return m_client->clusterState(kSharedAnalytics) == QStringLiteral("RUNNING"); }));
    QCOMPARE(m_client->libraryStatus(kSharedAnalytics, expectations), QString());
    const QJsonObject xml = maven("com.databricks:spark-xml_2.12:0.17.0");
    QVERIFY(reach([&] {
        return m_client->libraryStatus(kSharedAnalytics, xml) == QStringLiteral("INSTALLED");
    }));
}

void tst_EmulatorLibraries::installRejectsInvalidLibraries_data()
{
    QTest::addColumn<QJsonValue>("libraries");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("empty") << QJsonValue(QJsonArray());
    QTest::newRow("not an array") << QJsonValue(pypi("requests"));
    QTest::newRow("not an object") << QJsonValue(QJsonArray{"requests"});
    QTest::newRow("two kinds") << QJsonValue(
        QJsonArray{QJsonObject{{"pypi", QJsonObject{{"package", "requests"}}}, {"jar", "a.jar"}}});
    QTest::newRow("no kind") << QJsonValue(QJsonArray{QJsonObject{}});
    QTest::newRow("unknown kind") << QJsonValue(QJsonArray{QJsonObject{{"npm", "left-pad"}}});
    QTest::newRow("pypi without package")
        << QJsonValue(QJsonArray{QJsonObject{{"pypi", QJsonObject{{"repo", "https://x"}}}}});
    QTest::newRow("maven without coordinates")
        << QJsonValue(QJsonArray{QJsonObject{{"maven", QJsonObject{}}}});
    QTest::newRow("empty jar") << QJsonValue(QJsonArray{QJsonObject{{"jar", ""}}});
    QTest::newRow("whl not a string") << QJsonValue(QJsonArray{QJsonObject{{"whl", 3}}});
}

void tst_EmulatorLibraries::installRejectsInvalidLibraries()
{
    QFETCH(QJsonValue, libraries);
    QJsonObject body{{"cluster_id", kSharedAnalytics}};
    if (!libraries.isUndefined())
        body.insert("libraries", libraries);
    for (const char *path : {"/api/2.0/libraries/install", "/api/2.0/libraries/uninstall"}) {
        const HttpResult result = m_client->post(QString::fromUtf8(path), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    }
    QCOMPARE(m_client
                 ->get("/api/2.0/libraries/cluster-status",
                       EmulatorTestClient::query({{"cluster_id", kSharedAnalytics}}))
                 .json.value("library_statuses")
                 .toArray()
                 .size(),
             3);
}

void tst_EmulatorLibraries::installOnUnknownClusterIsInvalidParameter()
{
    const HttpResult result =
        m_client->post("/api/2.0/libraries/install",
                       {{"cluster_id", "nope"}, {"libraries", QJsonArray{pypi("x")}}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.message(), QStringLiteral("Cluster nope does not exist"));
    QCOMPARE(
        m_client->post("/api/2.0/libraries/install", {{"libraries", QJsonArray{pypi("x")}}}).status,
        400);
}

QTEST_GUILESS_MAIN(tst_EmulatorLibraries)
#include "tst_emulator_libraries.moc"

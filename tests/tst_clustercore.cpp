// Cluster parsing and validation without the network: specs, choices, events, libraries.
#include "ClusterChoices.h"
#include "ClusterEvent.h"
#include "ClusterInfo.h"
#include "ClusterRequests.h"
#include "ClusterSpec.h"
#include "LibraryStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace brickdesk;

class TestClusterCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specValidationMirrorsTheApi_data();
    void specValidationMirrorsTheApi();
    void specFromDetailsDropsReadOnlyFieldsAndKeepsTheRest();
    void specJsonRoundTrip();
    void specFromMalformedJsonText_data();
    void specFromMalformedJsonText();
    void keyValueLines();
    void choicesAreSortedAndMalformedEntriesSkipped();
    void eventsParseAndMapToStates();
    void libraryStatusesAndNewLibraries();
    void requestsUseTheRightEndpoints();
    void clusterInfoIsLenient();
};

void TestClusterCore::specValidationMirrorsTheApi_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("valid") << "" << "";
    QTest::newRow("no runtime") << "runtime" << "runtime";
    QTest::newRow("no node type") << "node" << "node type";
    QTest::newRow("negative workers") << "workers" << "negative";
    QTest::newRow("min above max") << "autoscale" << "above the maximum";
    QTest::newRow("auto-termination 5") << "autotermination" << "between 10 and 10000";
    QTest::newRow("never terminate") << "never" << "";
}

void TestClusterCore::specValidationMirrorsTheApi()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    ClusterSpec spec;
    spec.sparkVersion = "13.3.x-scala2.12";
    spec.nodeTypeId = "Standard_DS3_v2";
    if (change == "runtime")
        spec.sparkVersion.clear();
    else if (change == "node")
        spec.nodeTypeId.clear();
    else if (change == "workers")
        spec.numWorkers = -1;
    else if (change == "autoscale") {
        spec.autoscale = true;
        spec.minWorkers = 5;
        spec.maxWorkers = 2;
    } else if (change == "autotermination")
        spec.autoterminationMinutes = 5;
    else if (change == "never")
        spec.autoterminationMinutes = 0;
    const QStringList problems = spec.problems();
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(' ')));
    else
        QVERIFY2(problems.join(' ').contains(problem), qPrintable(problems.join(' ')));
}

void TestClusterCore::specFromDetailsDropsReadOnlyFieldsAndKeepsTheRest()
{
    const QJsonObject details = QJsonDocument::fromJson(R"({
        "cluster_id": "0923-164208-abcd1234", "cluster_name": "ETL", "state": "RUNNING",
        "spark_version": "13.3.x-scala2.12", "node_type_id": "Standard_DS3_v2", "driver_node_type_id": "Standard_DS3_v2",
        "autoscale": {"min_workers": 2, "max_workers": 8}, "num_workers": 3, "autotermination_minutes": 30,
        "spark_conf": {"spark.speculation": "true", "spark.sql.shuffle.partitions": 64},
        "custom_tags": {"team": "data"}, "default_tags": {"Vendor": "Databricks"},
        "driver": {"host_private_ip": "10.0.0.1"}, "start_time": 1700000000000, "creator_user_name": "ada@example.com",
        "init_scripts": [{"workspace": {"destination": "/Shared/init.sh"}}], "data_security_mode": "SINGLE_USER"
    })").object();
    const ClusterSpec spec = ClusterSpec::fromClusterDetails(details);
    QCOMPARE(spec.name, QStringLiteral("ETL"));
    QVERIFY(spec.autoscale);
    QCOMPARE(spec.minWorkers, 2);
    QCOMPARE(spec.maxWorkers, 8);
    QVERIFY(spec.driverNodeTypeId.isEmpty()); // same as workers
    QCOMPARE(spec.sparkConf.value("spark.sql.shuffle.partitions"), QStringLiteral("64"));
    const QJsonObject json = spec.toJson();
    for (const char *dropped : {"cluster_id", "state", "default_tags", "driver", "start_time", "creator_user_name", "num_workers"})
        QVERIFY2(!json.contains(QLatin1String(dropped)), dropped);
    QCOMPARE(json.value("init_scripts").toArray().size(), 1);
    QCOMPARE(json.value("data_security_mode").toString(), QStringLiteral("SINGLE_USER"));
    QCOMPARE(json.value("autoscale").toObject().value("max_workers").toInt(), 8);
    QCOMPARE(json.value("custom_tags").toObject().value("team").toString(), QStringLiteral("data"));
}

void TestClusterCore::specJsonRoundTrip()
{
    ClusterSpec spec;
    spec.name = "Nightly";
    spec.sparkVersion = "14.3.x-scala2.12";
    spec.nodeTypeId = "Standard_E8ds_v5";
    spec.numWorkers = 0;
    spec.autoterminationMinutes = 120;
    spec.sparkEnvVars = {{"PYSPARK_PYTHON", "/databricks/python3/bin/python3"}};
    QString error;
    const auto back = ClusterSpec::fromJsonText(spec.toJsonText().toUtf8(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), spec.toJson());
}

void TestClusterCore::specFromMalformedJsonText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("truncated") << QByteArray("{\"spark_version\": ") << "Not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "must be a JSON object";
    QTest::newRow("empty") << QByteArray("") << "Not valid JSON";
}

void TestClusterCore::specFromMalformedJsonText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!ClusterSpec::fromJsonText(text, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestClusterCore::keyValueLines()
{
    QStringList problems;
    const auto values = parseKeyValueLines("a=1\n# comment\n\n b = two words \nbroken\nc x\n"
                                           "spark.driver.extraJavaOptions -Dx=y -Dz=w", &problems);
    QCOMPARE(values.value("spark.driver.extraJavaOptions"), QStringLiteral("-Dx=y -Dz=w"));
    QCOMPARE(values.value("a"), QStringLiteral("1"));
    QCOMPARE(values.value("b"), QStringLiteral("two words"));
    QCOMPARE(values.value("c"), QStringLiteral("x"));
    QCOMPARE(problems, QStringList{QStringLiteral("Line 5: expected 'key=value'.")});
    QCOMPARE(formatKeyValueLines(values), QStringLiteral("a=1\nb=two words\nc=x\nspark.driver.extraJavaOptions=-Dx=y -Dz=w"));
}

void TestClusterCore::choicesAreSortedAndMalformedEntriesSkipped()
{
    const QJsonObject versions = QJsonDocument::fromJson(R"({"versions":[
        {"key":"9.1.x-scala2.12","name":"9.1 LTS"}, {"key":"13.3.x-scala2.12","name":"13.3 LTS"},
        {"name":"no key"}, 7, {"key":"12.2.x-scala2.12"}]})").object();
    const QList<SparkVersion> parsed = parseSparkVersions(versions);
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed[0].key, QStringLiteral("13.3.x-scala2.12"));
    QCOMPARE(parsed[1].name, QStringLiteral("12.2.x-scala2.12")); // no name: the key stands in
    QCOMPARE(parsed[2].key, QStringLiteral("9.1.x-scala2.12"));
    const QJsonObject types = QJsonDocument::fromJson(R"({"node_types":[
        {"node_type_id":"Old","memory_mb":1024,"num_cores":1,"category":"General Purpose","is_deprecated":true},
        {"node_type_id":"Big","memory_mb":65536,"num_cores":16,"category":"General Purpose"},
        {"node_type_id":"Small","memory_mb":14336,"num_cores":4,"category":"General Purpose"},
        {"memory_mb":1}]})").object();
    const QList<NodeType> nodes = parseNodeTypes(types);
    QCOMPARE(nodes.size(), 3);
    QCOMPARE(nodes[0].id, QStringLiteral("Small"));
    QCOMPARE(nodes[2].id, QStringLiteral("Old"));
    QVERIFY(nodes[0].label().startsWith(QStringLiteral("Small — 14 GB, 4 cores")));
    QVERIFY(nodes[2].label().endsWith(QStringLiteral("[deprecated]")));
    QVERIFY(parseSparkVersions(QJsonObject{{"versions", "nope"}}).isEmpty());
    QVERIFY(parseNodeTypes({}).isEmpty());
}

void TestClusterCore::eventsParseAndMapToStates()
{
    const auto event = ClusterEvent::fromJson(QJsonDocument::fromJson(
        R"({"cluster_id":"c","timestamp":1700000000000,"type":"TERMINATING","details":{"user":"ada@example.com","reason":{"code":"USER_REQUEST"}}})").object());
    QVERIFY(event);
    QCOMPARE(event->stateAfter(), QStringLiteral("TERMINATED"));
    QCOMPARE(event->summary(), QStringLiteral("by ada@example.com, reason: USER_REQUEST"));
    QVERIFY(!ClusterEvent::fromJson(QJsonObject{{"type", "RUNNING"}})); // no timestamp
    QVERIFY(!ClusterEvent::fromJson(QJsonObject{{"timestamp", 1700000000000.0}})); // no type
    QCOMPARE(ClusterEvent::fromJson(QJsonObject{{"type", "PINNED"}, {"timestamp", 1700000000000.0}})->stateAfter(), QString());
}

void TestClusterCore::libraryStatusesAndNewLibraries()
{
    const auto status = LibraryStatus::fromJson(QJsonDocument::fromJson(
        R"({"library":{"pypi":{"package":"pandas==2.1.0"}},"status":"FAILED","messages":["No matching distribution"]})").object());
    QVERIFY(status);
    QCOMPARE(status->kind, LibraryStatus::Kind::PyPI);
    QCOMPARE(status->coordinate, QStringLiteral("pandas==2.1.0"));
    QCOMPARE(status->messages.size(), 1);
    QVERIFY(!LibraryStatus::fromJson(QJsonObject{{"status", "INSTALLED"}}));
    QString error;
    QCOMPARE(makeLibrary(LibraryStatus::Kind::PyPI, " requests>=2.31 ", &error)->value("pypi").toObject().value("package").toString(),
             QStringLiteral("requests>=2.31"));
    QVERIFY(!makeLibrary(LibraryStatus::Kind::PyPI, "not a package!", &error));
    QVERIFY(error.contains("PyPI requirement"));
    QVERIFY(makeLibrary(LibraryStatus::Kind::Maven, "com.example:lib:1.0", &error));
    QVERIFY(!makeLibrary(LibraryStatus::Kind::Maven, "lib", &error));
    QVERIFY(makeLibrary(LibraryStatus::Kind::Jar, "dbfs:/libs/tool.jar", &error));
    QVERIFY(!makeLibrary(LibraryStatus::Kind::Jar, "/tmp/tool.jar", &error));
    QVERIFY(makeLibrary(LibraryStatus::Kind::Wheel, "/Volumes/main/libs/x-1.0-py3-none-any.whl", &error));
    QVERIFY(!makeLibrary(LibraryStatus::Kind::Wheel, "dbfs:/x.jar", &error));
    QVERIFY(!makeLibrary(LibraryStatus::Kind::PyPI, "  ", &error));
}

void TestClusterCore::requestsUseTheRightEndpoints()
{
    QCOMPARE(clusterapi::action(ClusterAction::Terminate, "c1").path, QStringLiteral("/api/2.1/clusters/delete"));
    QCOMPARE(clusterapi::action(ClusterAction::PermanentDelete, "c1").path, QStringLiteral("/api/2.1/clusters/permanent-delete"));
    QVERIFY(!clusterapi::action(ClusterAction::Start, "c1").isIdempotent());
    QVERIFY(clusterapi::action(ClusterAction::Pin, "c1").isIdempotent());
    QVERIFY(clusterapi::events({}).isIdempotent());
    QCOMPARE(QJsonDocument::fromJson(clusterapi::edit("c1", {{"spark_version", "x"}}).body).object().value("cluster_id").toString(),
             QStringLiteral("c1"));
    QVERIFY(isDestructive(ClusterAction::Terminate));
    QVERIFY(isDestructive(ClusterAction::PermanentDelete));
    QVERIFY(!isDestructive(ClusterAction::Start));
    QVERIFY(!isDestructive(ClusterAction::Pin));
}

void TestClusterCore::clusterInfoIsLenient()
{
    QVERIFY(!ClusterInfo::fromJson(QJsonObject{{"cluster_name", "no id"}}));
    const auto info = ClusterInfo::fromJson(QJsonObject{{"cluster_id", "c"}, {"num_workers", "three"}, {"start_time", -5},
                                                        {"autoscale", QJsonArray{}}, {"state", "RUNNING"}});
    QVERIFY(info);
    QCOMPARE(info->numWorkers, 0);
    QVERIFY(!info->startTime.isValid());
    QCOMPARE(info->uptimeSeconds(QDateTime::currentDateTimeUtc()), 0);
    QVERIFY(!info->isTransitioning());
    QCOMPARE(info->raw.value("num_workers").toString(), QStringLiteral("three"));
}

QTEST_GUILESS_MAIN(TestClusterCore)
#include "tst_clustercore.moc"

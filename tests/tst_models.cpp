// Every model under QAbstractItemModelTester, fed by the emulator over real HTTP.
#include "ActivityLog.h"
#include "ActivityModel.h"
#include "ClusterListModel.h"
#include "JobListModel.h"
#include "ProfileListModel.h"
#include "EmulatorOptionsFor.h"
#include "WorkspaceEmulator.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using brickdesk::emulator::WorkspaceEmulator;

namespace {
const QString kToken = QStringLiteral("bdtest-models");
}

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clusterModelLoadsThreeClusters();
    void clusterRefreshUpdatesInPlaceWithoutReset();
    void clusterRefreshRemovesVanishedRows();
    void failedRefreshKeepsRows();
    void cancelStopsLoading();
    void jobModelLoadsAllPages();
    void profileModelUpdatesInPlace();
    void activityModelFollowsLogAndDropsOldest();

private:
    std::unique_ptr<WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestModels::init()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("m"), m_emulator->baseUrl(), kToken, {}});
    RetryPolicy policy = RetryPolicy::none();
    m_client->setRetryPolicy(policy);
}

void TestModels::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestModels::clusterModelLoadsThreeClusters()
{
    ClusterListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClusterListModel::loaded);
    QSignalSpy loading(&model, &ClusterListModel::loadingChanged);
    model.load(m_client.get());
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ClusterListModel::ColumnCount));
    QVERIFY(!model.isLoading());
    QVERIFY(model.hasLoaded());
    QCOMPARE(loading.size(), 2);
    QStringList states;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.data(model.index(row, ClusterListModel::Name)).toString().isEmpty());
        QVERIFY(!model.data(model.index(row, 0), ClusterListModel::ClusterIdRole).toString().isEmpty());
        states.append(model.data(model.index(row, ClusterListModel::State)).toString());
    }
    QVERIFY(states.contains(QStringLiteral("RUNNING")));
    QVERIFY(states.contains(QStringLiteral("TERMINATED")));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestModels::clusterRefreshUpdatesInPlaceWithoutReset()
{
    ClusterListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClusterListModel::loaded);
    model.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    const QPersistentModelIndex second = model.index(1, 0);
    const QString secondId = second.data(ClusterListModel::ClusterIdRole).toString();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    model.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserts.size(), 0);
    QCOMPARE(removes.size(), 0);
    QVERIFY(second.isValid());
    QCOMPARE(second.data(ClusterListModel::ClusterIdRole).toString(), secondId);
}

void TestModels::clusterRefreshRemovesVanishedRows()
{
    ClusterListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClusterListModel::loaded);
    model.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    // The same client pointed at an empty workspace: every row goes, in removals, not a reset.
    WorkspaceEmulator empty(emulatorOptionsFor(kToken, emulator::Seed::Empty));
    QVERIFY(empty.listen());
    m_client->setConnection({QStringLiteral("m"), empty.baseUrl(), kToken, {}});
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    model.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(removes.size() >= 1);
}

void TestModels::failedRefreshKeepsRows()
{
    ClusterListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClusterListModel::loaded);
    QSignalSpy failed(&model, &ClusterListModel::loadFailed);
    model.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    m_emulator->failNextRequests(1, 500, "INTERNAL_ERROR");
    model.load(m_client.get());
    QVERIFY(failed.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.errorText().startsWith(QStringLiteral("500 INTERNAL_ERROR")));
    QVERIFY(!model.isLoading());
}

void TestModels::cancelStopsLoading()
{
    m_emulator->setLatencyMs(3000);
    ClusterListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &ClusterListModel::loadingChanged);
    model.load(m_client.get());
    model.cancel();
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.last().first().toBool(), false);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::jobModelLoadsAllPages()
{
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &JobListModel::loaded);
    model.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 25);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.data(model.index(row, 0), JobListModel::JobIdRole).toLongLong());
        QVERIFY(!model.data(model.index(row, JobListModel::Name)).toString().isEmpty());
    }
    QCOMPARE(ids.size(), 25);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasLoaded());
}

void TestModels::profileModelUpdatesInPlace()
{
    ProfileListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Profile dev;
    dev.name = QStringLiteral("dev");
    dev.host = QStringLiteral("https://dev");
    dev.environment = EnvironmentTag::Dev;
    dev.colour = defaultEnvironmentColour(EnvironmentTag::Dev);
    Profile prod = dev;
    prod.name = QStringLiteral("prod");
    prod.environment = EnvironmentTag::Prod;
    prod.colour = defaultEnvironmentColour(EnvironmentTag::Prod);
    model.setProfiles({dev, prod}, QStringLiteral("dev"));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.data(model.index(1), ProfileListModel::IsProdRole).toBool());
    QVERIFY(model.data(model.index(0), ProfileListModel::IsDemoRole).toBool());
    QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("prod  [PROD]"));
    QCOMPARE(model.data(model.index(1), ProfileListModel::ColourRole).value<QColor>(), QColor(QStringLiteral("#c62828")));
    QVERIFY(!model.data(model.index(1), Qt::DecorationRole).value<QIcon>().isNull());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Profile staging = dev;
    staging.name = QStringLiteral("staging");
    prod.host = QStringLiteral("https://prod-new");
    model.setProfiles({prod, staging});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("prod")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("staging")), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.profileAt(0)->host, QStringLiteral("https://prod-new"));
    QVERIFY(!model.profileAt(5));
}

void TestModels::activityModelFollowsLogAndDropsOldest()
{
    ActivityLog log(nullptr, 3);
    ActivityModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i) {
        ActivityEntry entry;
        entry.method = "GET";
        entry.path = QStringLiteral("/api/%1").arg(i);
        entry.httpStatus = i == 4 ? 503 : 200;
        entry.durationMs = 10 * i;
        entry.outcome = QStringLiteral("OK");
        entry.startedAt = QDateTime::currentDateTimeUtc();
        log.record(entry);
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, ActivityModel::Path)).toString(), QStringLiteral("/api/2"));
    QCOMPARE(model.data(model.index(2, ActivityModel::Status)).toString(), QStringLiteral("503"));
    QCOMPARE(model.data(model.index(2, ActivityModel::Duration)).toString(), QStringLiteral("40 ms"));
    QVERIFY(model.data(model.index(2, ActivityModel::Status), Qt::ForegroundRole).isValid());
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"

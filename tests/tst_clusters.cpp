// Cluster management end to end: the UI-facing models and the Clusters page against the emulator
// over real HTTP, with the emulator's clock sped up so state machines run in a blink.
#include "ApiClient.h"
#include "ClusterChoicesLoader.h"
#include "ClusterController.h"
#include "ClusterDetailsPane.h"
#include "ClusterDialog.h"
#include "ClusterEventsModel.h"
#include "ClusterFilterModel.h"
#include "ClusterListModel.h"
#include "ClusterStateWatcher.h"
#include "ClusterTimelineWidget.h"
#include "ClustersPage.h"
#include "ConfirmByNameDialog.h"
#include "EmulatorOptionsFor.h"
#include "jobs/FakeJsonServer.h"
#include "LibraryStatusModel.h"
#include "WorkspaceEmulator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace brickdesk;

namespace {
const QString kToken = QStringLiteral("bdtest-clusters");
}

class TestClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startReachesRunningAndSaysSo();
    void terminateAndRestart();
    void refusedActionShowsTheApiErrorVerbatim();
    void unknownClusterIdShowsTheApiError();
    void permanentDeleteRemovesTheRow();
    void createAppearsAtOnceAndRuns();
    void editATerminatedCluster();
    void pinAndUnpin();
    void filterScopes();
    void eventsNewestFirstWithPaging();
    void librariesInstallFailAndUninstall();
    void pageTerminateOnProdNeedsTheProfileName();
    void pageCreateThroughTheDialog();
    void pageShowsLiveProgress();
    void pageShowsEventsTimelineAndLibraries();
    void localChangesWinOverAnOlderLoad();
    void watchGivesUpWhenPollsKeepFailing();
    void malformedAnswersAreRefusedClearly_data();
    void malformedAnswersAreRefusedClearly();

private:
    QString clusterInState(const QString &state) const;
    void loadList();

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ClusterListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ClusterController> m_controller;
};

void TestClusters::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY(m_emulator->listen());
    m_emulator->setTimeScale(600); // a 4-minute start takes 0.4 s
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("t"), m_emulator->baseUrl(), kToken, {}});
    m_model = std::make_unique<ClusterListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_controller = std::make_unique<ClusterController>(m_model.get());
    m_controller->setClient(m_client.get());
    m_controller->watcher()->setIntervals(50, 200);
    loadList();
}

void TestClusters::cleanup()
{
    m_controller.reset();
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestClusters::loadList()
{
    QSignalSpy loaded(m_model.get(), &ClusterListModel::loaded);
    m_model->load(m_client.get());
    QVERIFY(loaded.wait(10000));
}

QString TestClusters::clusterInState(const QString &state) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->itemAt(row).state == state)
            return m_model->itemAt(row).id;
    }
    return {};
}

void TestClusters::startReachesRunningAndSaysSo()
{
    const QString id = clusterInState(QStringLiteral("TERMINATED"));
    QVERIFY(!id.isEmpty());
    QSignalSpy ready(m_controller.get(), &ClusterController::clusterReady);
    QSignalSpy accepted(m_controller.get(), &ClusterController::actionSucceeded);
    QStringList statesSeen;
    connect(m_controller->watcher(), &ClusterStateWatcher::updated, this,
            [&](const ClusterInfo &cluster) { statesSeen.append(cluster.state); });
    m_controller->perform(ClusterAction::Start, id);
    QVERIFY(accepted.wait(10000));
    QVERIFY(m_controller->isBusy(id));
    QVERIFY(m_controller->progressText(id).startsWith(QStringLiteral("Starting…")));
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.first().first().toString(), id);
    QCOMPARE(m_model->itemAt(*m_model->rowOf(id)).state, QStringLiteral("RUNNING"));
    QVERIFY2(statesSeen.contains(QStringLiteral("PENDING")), qPrintable(statesSeen.join(',')));
    QVERIFY(!m_controller->isBusy(id));
    QVERIFY(m_controller->progressText(id).isEmpty());
}

void TestClusters::terminateAndRestart()
{
    const QString id = clusterInState(QStringLiteral("RUNNING"));
    QVERIFY(!id.isEmpty());
    QSignalSpy ready(m_controller.get(), &ClusterController::clusterReady);
    m_controller->perform(ClusterAction::Restart, id);
    QVERIFY(ready.wait(20000));
    QSignalSpy stopped(m_controller.get(), &ClusterController::clusterStopped);
    m_controller->perform(ClusterAction::Terminate, id);
    QVERIFY(stopped.wait(20000));
    const ClusterInfo &cluster = m_model->itemAt(*m_model->rowOf(id));
    QCOMPARE(cluster.state, QStringLiteral("TERMINATED"));
    QCOMPARE(cluster.terminationCode, QStringLiteral("USER_REQUEST"));
}

void TestClusters::refusedActionShowsTheApiErrorVerbatim()
{
    const QString id = clusterInState(QStringLiteral("RUNNING"));
    QSignalSpy failed(m_controller.get(), &ClusterController::actionFailed);
    m_controller->perform(ClusterAction::Start, id); // only a terminated cluster starts
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("400 INVALID_STATE: ")), qPrintable(message));
    QVERIFY(!m_controller->isBusy(id));
}

void TestClusters::unknownClusterIdShowsTheApiError()
{
    QSignalSpy failed(m_controller.get(), &ClusterController::actionFailed);
    m_controller->perform(ClusterAction::Terminate, QStringLiteral("0000-000000-nosuch"));
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("400 INVALID_PARAMETER_VALUE: ")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("0000-000000-nosuch")));
}

void TestClusters::permanentDeleteRemovesTheRow()
{
    const QString id = clusterInState(QStringLiteral("TERMINATED"));
    const int before = m_model->rowCount();
    QSignalSpy accepted(m_controller.get(), &ClusterController::actionSucceeded);
    m_controller->perform(ClusterAction::PermanentDelete, id);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_model->rowCount(), before - 1);
    QVERIFY(!m_model->rowOf(id));
    loadList(); // the workspace agrees
    QVERIFY(!m_model->rowOf(id));
}

void TestClusters::createAppearsAtOnceAndRuns()
{
    ClusterChoicesLoader choices;
    QSignalSpy loaded(&choices, &ClusterChoicesLoader::loaded);
    choices.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    const auto versions = loaded.first().at(0).value<QList<SparkVersion>>();
    const auto types = loaded.first().at(1).value<QList<NodeType>>();
    QVERIFY(!versions.isEmpty() && !types.isEmpty());
    ClusterSpec spec;
    spec.name = QStringLiteral("Created in a test");
    spec.sparkVersion = versions.first().key;
    spec.nodeTypeId = types.first().id;
    spec.autoscale = true;
    spec.minWorkers = 1;
    spec.maxWorkers = 3;
    spec.customTags = {{QStringLiteral("team"), QStringLiteral("qa")}};
    QSignalSpy created(m_controller.get(), &ClusterController::created);
    QSignalSpy ready(m_controller.get(), &ClusterController::clusterReady);
    const int before = m_model->rowCount();
    m_controller->create(spec);
    QVERIFY(created.wait(10000));
    const QString id = created.first().first().toString();
    QCOMPARE(m_model->rowCount(), before + 1);
    QVERIFY(ready.wait(20000));
    const ClusterInfo &cluster = m_model->itemAt(*m_model->rowOf(id));
    QCOMPARE(cluster.name, spec.name);
    QCOMPARE(cluster.state, QStringLiteral("RUNNING"));
    QCOMPARE(cluster.raw.value(QStringLiteral("custom_tags")).toObject().value(QStringLiteral("team")).toString(), QStringLiteral("qa"));

    // A spec the API refuses (unknown runtime) comes back with the API's words.
    QSignalSpy failed(m_controller.get(), &ClusterController::actionFailed);
    spec.sparkVersion = QStringLiteral("0.0.x-nonsense");
    m_controller->create(spec);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(1).toString().startsWith(QStringLiteral("400 INVALID_PARAMETER_VALUE")),
             qPrintable(failed.first().at(1).toString()));
    // And one the form can already tell is wrong never leaves the app.
    spec.sparkVersion.clear();
    m_controller->create(spec);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("runtime")));
}

void TestClusters::editATerminatedCluster()
{
    const QString id = clusterInState(QStringLiteral("TERMINATED"));
    ClusterSpec spec = ClusterSpec::fromClusterDetails(m_model->itemAt(*m_model->rowOf(id)).raw);
    spec.autoterminationMinutes = 45;
    spec.name = QStringLiteral("Renamed by a test");
    QSignalSpy accepted(m_controller.get(), &ClusterController::actionSucceeded);
    m_controller->edit(id, spec);
    QVERIFY(accepted.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->itemAt(*m_model->rowOf(id)).autoterminationMinutes, 45, 10000);
    QCOMPARE(m_model->itemAt(*m_model->rowOf(id)).name, QStringLiteral("Renamed by a test"));
}

void TestClusters::pinAndUnpin()
{
    const QString id = clusterInState(QStringLiteral("RUNNING"));
    m_controller->perform(ClusterAction::Pin, id);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isPinned(id), 10000);
    QVERIFY(m_model->data(m_model->index(*m_model->rowOf(id), ClusterListModel::Name)).toString().startsWith(QStringLiteral("★ ")));
    m_controller->perform(ClusterAction::Unpin, id);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isPinned(id), 10000);
}

void TestClusters::filterScopes()
{
    ClusterFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(m_model.get());
    QCOMPARE(filter.rowCount(), m_model->rowCount());
    filter.setScope(ClusterFilterModel::Scope::Running);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(ClusterListModel::StateRole).toString(), QStringLiteral("RUNNING"));
    QVERIFY(filter.rowCount() >= 1);
    filter.setScope(ClusterFilterModel::Scope::Mine);
    filter.setUserName(QStringLiteral("demo.user@brickdesk.example"));
    QVERIFY(filter.rowCount() >= 1);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(ClusterListModel::CreatorRole).toString(), QStringLiteral("demo.user@brickdesk.example"));
    filter.setScope(ClusterFilterModel::Scope::All);
    filter.setText(QStringLiteral("no cluster is called this"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestClusters::eventsNewestFirstWithPaging()
{
    const QString id = clusterInState(QStringLiteral("RUNNING"));
    ClusterEventsModel events;
    QAbstractItemModelTester tester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&events, &ClusterEventsModel::loadingChanged);
    events.load(m_client.get(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!events.isLoading() && loading.size() >= 2, 10000);
    QVERIFY2(events.rowCount() > 0, qPrintable(events.errorText()));
    for (int i = 1; i < events.events().size(); ++i)
        QVERIFY(events.events()[i - 1].timestamp >= events.events()[i].timestamp);
    while (events.canFetchMoreEvents()) {
        const int before = events.rowCount();
        events.fetchMoreEvents();
        QTRY_VERIFY_WITH_TIMEOUT(!events.isLoading(), 10000);
        QVERIFY(events.rowCount() > before);
    }
    QCOMPARE(events.rowCount(), events.totalCount());
    events.load(m_client.get(), id, {QStringLiteral("RUNNING")});
    QTRY_VERIFY_WITH_TIMEOUT(!events.isLoading(), 10000);
    for (const ClusterEvent &event : events.events())
        QCOMPARE(event.type, QStringLiteral("RUNNING"));
    events.load(m_client.get(), QStringLiteral("0000-000000-nosuch"));
    QTRY_VERIFY_WITH_TIMEOUT(!events.errorText().isEmpty(), 10000);
    QVERIFY(events.errorText().contains(QStringLiteral("INVALID_PARAMETER_VALUE")));
}

void TestClusters::librariesInstallFailAndUninstall()
{
    const QString id = clusterInState(QStringLiteral("RUNNING"));
    LibraryStatusModel libraries;
    libraries.setPollIntervalMs(50);
    QAbstractItemModelTester tester(&libraries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&libraries, &LibraryStatusModel::loaded);
    libraries.load(m_client.get(), id);
    QVERIFY(loaded.wait(10000));
    QString error;
    libraries.install(*makeLibrary(LibraryStatus::Kind::PyPI, QStringLiteral("requests==2.31.0"), &error));
    libraries.install(*makeLibrary(LibraryStatus::Kind::PyPI, QStringLiteral("doesnotexist-package"), &error));
    auto statusOf = [&](const QString &coordinate) {
        for (int row = 0; row < libraries.rowCount(); ++row) {
            if (libraries.statusAt(row)->coordinate == coordinate)
                return libraries.statusAt(row)->status;
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("requests==2.31.0")), QStringLiteral("INSTALLED"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("doesnotexist-package")), QStringLiteral("FAILED"), 20000);
    for (int row = 0; row < libraries.rowCount(); ++row) {
        if (libraries.statusAt(row)->coordinate == QStringLiteral("doesnotexist-package"))
            QVERIFY(!libraries.statusAt(row)->messages.isEmpty());
    }
    for (int row = 0; row < libraries.rowCount(); ++row) {
        if (libraries.statusAt(row)->coordinate == QStringLiteral("requests==2.31.0"))
            libraries.uninstall(row);
    }
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("requests==2.31.0")), QStringLiteral("UNINSTALL_ON_RESTART"), 20000);
    QSignalSpy failed(&libraries, &LibraryStatusModel::actionFailed);
    libraries.install(QJsonObject{{QStringLiteral("pypi"), QJsonObject{}}, {QStringLiteral("jar"), QStringLiteral("dbfs:/x.jar")}});
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("INVALID_PARAMETER_VALUE")));
}

void TestClusters::pageTerminateOnProdNeedsTheProfileName()
{
    ClustersPage page;
    page.show();
    Profile prod;
    prod.name = QStringLiteral("acme-prod");
    prod.environment = EnvironmentTag::Prod;
    page.connectTo({m_client.get(), prod, QStringLiteral("demo.user@brickdesk.example")});
    page.controller()->watcher()->setIntervals(50, 200);
    QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), 10000);
    const QString id = [&] {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->itemAt(row).state == QStringLiteral("RUNNING"))
                return page.model()->itemAt(row).id;
        }
        return QString();
    }();
    QVERIFY(page.selectCluster(id));
    QVERIFY(page.action(ClusterAction::Terminate)->isEnabled());
    QVERIFY(!page.action(ClusterAction::Start)->isEnabled());

    // Cancelled: nothing is sent.
    QStringList posts;
    connect(m_emulator.get(), &emulator::WorkspaceEmulator::requestReceived, this,
            [&](const QByteArray &method, const QString &path) {
                if (method == "POST" && !path.endsWith(QStringLiteral("/events")))
                    posts.append(path);
            });
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ConfirmByNameDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->reject();
    });
    page.action(ClusterAction::Terminate)->trigger();
    QTest::qWait(100);
    QVERIFY2(posts.isEmpty(), qPrintable(posts.join(',')));

    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ConfirmByNameDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("acme-prod"));
        dialog->accept();
    });
    page.action(ClusterAction::Terminate)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->itemAt(*page.model()->rowOf(id)).state, QStringLiteral("TERMINATED"), 20000);
    QTRY_VERIFY(page.action(ClusterAction::Start)->isEnabled());
    QCOMPARE(posts, QStringList{QStringLiteral("/api/2.1/clusters/delete")});
}

void TestClusters::pageCreateThroughTheDialog()
{
    ClustersPage page;
    page.show();
    page.connectTo({m_client.get(), Profile(), QStringLiteral("demo.user@brickdesk.example")});
    QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), 10000);
    page.createAction()->trigger();
    ClusterDialog *dialog = page.openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->choicesLoaded(), 10000);
    QVERIFY(dialog->runtimeBox()->count() > 1);
    QVERIFY(!dialog->runtimeBox()->currentText().isEmpty());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("From the dialog"));
    dialog->autoterminationBox()->setValue(5); // the form refuses this before sending
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *create = nullptr;
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            create = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(create);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("between 10 and 10000")));
    dialog->autoterminationBox()->setValue(30);
    // The JSON tab shows the same definition and carries edits back.
    dialog->tabs()->setCurrentIndex(1);
    QVERIFY2(dialog->jsonEdit()->toPlainText().contains(QStringLiteral("\"cluster_name\": \"From the dialog\"")),
             qPrintable(dialog->jsonEdit()->toPlainText()));
    dialog->tabs()->setCurrentIndex(0);
    const int before = page.model()->rowCount();
    QTest::mouseClick(create, Qt::LeftButton);
    QTest::mouseClick(create, Qt::LeftButton); // an impatient second click creates nothing more
    QTRY_VERIFY_WITH_TIMEOUT(!page.openDialog(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), before + 1, 10000);
    QTest::qWait(200);
    page.refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), 10000);
    QStringList names;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        names.append(page.model()->itemAt(row).name + QLatin1Char('/') + page.model()->itemAt(row).state);
    QVERIFY2(page.model()->rowCount() == before + 1, qPrintable(names.join(QStringLiteral(", ")) + QStringLiteral(" err=") + page.model()->errorText()));
    QCOMPARE(page.model()->itemAt(*page.model()->rowOf(page.selectedClusterId())).name, QStringLiteral("From the dialog"));
}

void TestClusters::pageShowsLiveProgress()
{
    m_emulator->setTimeScale(20); // slow enough to watch: a start takes several seconds
    ClustersPage page;
    page.show();
    page.connectTo({m_client.get(), Profile(), QStringLiteral("demo.user@brickdesk.example")});
    page.controller()->watcher()->setIntervals(50, 200);
    QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), 10000);
    const QString id = [&] {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->itemAt(row).state == QStringLiteral("TERMINATED"))
                return page.model()->itemAt(row).id;
        }
        return QString();
    }();
    QVERIFY(page.selectCluster(id));
    page.action(ClusterAction::Start)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(page.details()->progressLabel()->text().contains(QStringLiteral("latest event")), 10000);
    QVERIFY(page.details()->progressLabel()->text().startsWith(QStringLiteral("Starting…")));
    QVERIFY(!page.action(ClusterAction::Start)->isEnabled());
    m_emulator->setTimeScale(600);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->itemAt(*page.model()->rowOf(id)).state, QStringLiteral("RUNNING"), 20000);
    QTRY_VERIFY(page.details()->progressLabel()->text().isEmpty());
    QVERIFY(page.details()->overviewLabel()->text().contains(QStringLiteral("RUNNING")));
}

void TestClusters::pageShowsEventsTimelineAndLibraries()
{
    ClustersPage page;
    page.resize(1100, 760);
    page.show();
    page.connectTo({m_client.get(), Profile(), QStringLiteral("demo.user@brickdesk.example")});
    QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), 10000);
    // The page's own filters: Running shows only running clusters; text narrows further.
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(static_cast<int>(ClusterFilterModel::Scope::Running)));
    QVERIFY(page.table()->model()->rowCount() >= 1);
    for (int row = 0; row < page.table()->model()->rowCount(); ++row)
        QCOMPARE(page.table()->model()->index(row, 0).data(ClusterListModel::StateRole).toString(), QStringLiteral("RUNNING"));
    QTest::keyClicks(page.filterEdit(), QStringLiteral("no such cluster"));
    QCOMPARE(page.table()->model()->rowCount(), 0);
    page.filterEdit()->clear();
    page.scopeBox()->setCurrentIndex(0);
    QCOMPARE(page.table()->model()->rowCount(), page.model()->rowCount());
    QVERIFY(page.selectCluster(clusterInState(QStringLiteral("RUNNING"))));
    page.details()->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(page.details()->eventsModel()->rowCount() > 0, 10000);
    QTRY_VERIFY(!page.details()->timeline()->bands().isEmpty());
    QCOMPARE(page.details()->timeline()->bands().last().state, QStringLiteral("RUNNING"));
    // Set BRICKDESK_SCREENSHOT_DIR to look at the page as a user would.
    const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(page.grab().save(shots + QStringLiteral("/clusters-events.png")));
    page.details()->setCurrentIndex(3);
    QTRY_VERIFY_WITH_TIMEOUT(page.details()->librariesModel()->rowCount() > 0, 10000);
    QTest::keyClicks(page.details()->libraryEdit(), QStringLiteral("not a package!"));
    QTest::mouseClick(page.details()->installButton(), Qt::LeftButton);
    QVERIFY2(page.details()->libraryErrorLabel()->text().contains(QStringLiteral("PyPI requirement")),
             qPrintable(page.details()->libraryErrorLabel()->text()));
    if (!shots.isEmpty())
        QVERIFY(page.grab().save(shots + QStringLiteral("/clusters-libraries.png")));
    // The keyboard way: Delete on a selected library uninstalls it.
    auto *libraryTable = page.details()->findChildren<QTableView *>().last();
    QCOMPARE(libraryTable->model(), page.details()->librariesModel());
    libraryTable->setFocus();
    libraryTable->setCurrentIndex(libraryTable->model()->index(0, 0));
    QTest::keyClick(libraryTable, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(page.details()->librariesModel()->statusAt(0)->status, QStringLiteral("UNINSTALL_ON_RESTART"), 10000);
}

void TestClusters::localChangesWinOverAnOlderLoad()
{
    // A load whose pages were read before a delete must not bring the row back, and rows removed
    // under listeners must be looked up right while they are told.
    const QString gone = clusterInState(QStringLiteral("TERMINATED"));
    bool consistent = true;
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, [&] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            consistent &= m_model->rowOf(m_model->itemAt(row).id) == row;
    });
    m_emulator->setLatencyMs(300);
    QSignalSpy loaded(m_model.get(), &ClusterListModel::loaded);
    m_model->load(m_client.get());
    QVERIFY(m_model->removeItem(gone));
    QVERIFY(loaded.wait(10000));
    QVERIFY(!m_model->rowOf(gone));
    QVERIFY(consistent);
    // A row added locally during a load (a cluster just created) survives the load's end.
    ClusterInfo added;
    added.id = QStringLiteral("local-new");
    added.state = QStringLiteral("PENDING");
    m_model->load(m_client.get());
    m_model->upsertItem(added);
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_model->rowOf(QStringLiteral("local-new")));
    QVERIFY(consistent);
}

void TestClusters::watchGivesUpWhenPollsKeepFailing()
{
    FakeJsonServer refusing(R"({"error_code":"PERMISSION_DENIED","message":"no"})", 403);
    ApiClient client(&m_network, nullptr);
    client.setConnection({QStringLiteral("bad"), refusing.baseUrl(), kToken, {}});
    ClusterStateWatcher watcher(&client);
    watcher.setIntervals(20, 40, 400);
    QSignalSpy settled(&watcher, &ClusterStateWatcher::settled);
    QSignalSpy failed(&watcher, &ClusterStateWatcher::failed);
    watcher.watch(QStringLiteral("c1"), {QStringLiteral("RUNNING")});
    QVERIFY(settled.wait(10000));
    QCOMPARE(settled.first().at(1).toBool(), false);
    QVERIFY(!failed.isEmpty());
    QVERIFY(!watcher.isWatching(QStringLiteral("c1")));

    // Through the controller the user hears of it after a few failures, and the row is free again.
    ClusterController controller(m_model.get());
    controller.setClient(&client);
    controller.watcher()->setIntervals(20, 40);
    QSignalSpy actionFailed(&controller, &ClusterController::actionFailed);
    controller.perform(ClusterAction::Start, QStringLiteral("c1")); // refused at once: 403
    QVERIFY(actionFailed.wait(10000));
    QVERIFY(actionFailed.first().at(1).toString().startsWith(QStringLiteral("403 PERMISSION_DENIED")));
    QVERIFY(!controller.isBusy(QStringLiteral("c1")));
}

void TestClusters::malformedAnswersAreRefusedClearly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("<html>gateway</html>") << QStringLiteral("Invalid response: the answer is not JSON");
    QTest::newRow("list not an array") << QByteArray(R"({"clusters": {"cluster_id": "x"}})")
                                       << QStringLiteral("Invalid response: 'clusters' is not a list");
    QTest::newRow("json array") << QByteArray("[1,2]") << QStringLiteral("Invalid response: the answer is JSON but not an object");
    QTest::newRow("cut short") << QByteArray(R"({"clusters": [{"cluster_id": "a")") << QStringLiteral("Invalid response: the answer is not JSON");
}

void TestClusters::malformedAnswersAreRefusedClearly()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    FakeJsonServer server(body);
    ApiClient client(&m_network, nullptr);
    client.setConnection({QStringLiteral("bad"), server.baseUrl(), kToken, {}});
    ClusterListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &ClusterListModel::loadFailed);
    model.load(&client);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().startsWith(expected), qPrintable(failed.first().first().toString()));
    QCOMPARE(model.rowCount(), 0);
    // Entries without a cluster_id cannot be acted on: they are left out, the rest are shown.
    FakeJsonServer partial(R"({"clusters": [{"cluster_name": "no id"}, {"cluster_id": "ok-1", "state": "RUNNING"}, 7]})");
    client.setConnection({QStringLiteral("bad"), partial.baseUrl(), kToken, {}});
    QSignalSpy loaded(&model, &ClusterListModel::loaded);
    model.load(&client);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.itemAt(0).id, QStringLiteral("ok-1"));
}

QTEST_MAIN(TestClusters)
#include "tst_clusters.moc"

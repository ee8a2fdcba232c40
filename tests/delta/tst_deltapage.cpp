// The "Delta table" tab as a user meets it: opened from the DBFS browser on the emulator, the
// newest version chosen with its details and schema, filtering by operation, the chart, Copy as
// SQL, and RESTORE / DESCRIBE HISTORY off without a warehouse and, on the demo workspace's
// warehouse, DESCRIBE HISTORY compared with the log and RESTORE behind the prod guard; tabs close
// with the workspace.
#include "ApiClient.h"
#include "ConfirmByNameDialog.h"
#include "DbfsClient.h"
#include "DbfsDeltaLogSource.h"
#include "DbfsPage.h"
#include "DeltaChangeChart.h"
#include "DeltaDetailModel.h"
#include "DeltaHistory.h"
#include "DeltaHistoryModel.h"
#include "DeltaSchemaModel.h"
#include "DeltaSqlText.h"
#include "DeltaTablePage.h"
#include "DeltaTestData.h"
#include "DescribeHistoryPanel.h"
#include "EmulatorOptionsFor.h"
#include "LocalDeltaLogSource.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace brickdesk;
using namespace deltatestdata;

namespace {

const QString kToken = QStringLiteral("delta-page-test-token");

Profile devProfile()
{
    Profile profile;
    profile.name = QStringLiteral("dev");
    profile.environment = EnvironmentTag::Dev;
    return profile;
}

const QString kDemoTable = QStringLiteral("/user/hive/warehouse/trips_delta");

// The demo workspace (with its generated Delta table and SQL warehouse) over HTTP.
struct DemoSetup
{
    DemoSetup()
    {
        emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
        ok = emulator->listen();
        error = emulator->errorString();
        client = std::make_unique<ApiClient>(&network, nullptr);
        client->setConnection({"dev", emulator->baseUrl(), kToken, {}});
        dbfs = std::make_unique<DbfsClient>(client.get());
    }
    int statementCount() const { return emulator->sqlStatementCount(); }

    std::unique_ptr<emulator::WorkspaceEmulator> emulator;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<DbfsClient> dbfs;
    bool ok = false;
    QString error;
};

// Answers the next modal dialog (from inside its exec()) with `answer`.
void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

bool settled(DeltaTablePage &page)
{
    return QTest::qWaitFor(
        [&] {
            return page.history()->isOpen() && !page.history()->isBusy() &&
                   page.selectedVersion() >= 0;
        },
        30000);
}

} // namespace

class TestDeltaPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestVersionIsChosenWithItsDetailsAndSchema()
    {
        DeltaTablePage page(new LocalDeltaLogSource(tableDir("type-widening")), devProfile(),
                            nullptr);
        page.resize(1100, 800);
        page.show();
        QVERIFY(settled(page));
        QCOMPARE(page.historyProxy()->rowCount(), 3);
        QCOMPARE(page.selectedVersion(), 2);
        QVERIFY2(page.statusLabel()->text().contains("versions 0–2, 3 commits, 3 loaded"),
                 qPrintable(page.statusLabel()->text()));
        QVERIFY(QTest::qWaitFor([&] { return page.schemaModel()->rowCount() > 0; }, 10000));
        bool marked = false;
        for (int row = 0; row < page.schemaModel()->rowCount(); ++row)
            marked |=
                page.schemaModel()->index(row, DeltaSchemaModel::ChangeColumn).data().toString() ==
                "type byte → long";
        QVERIFY(marked);
        QCOMPARE(page.detailModel()->index(0, 1).data().toString(), QStringLiteral("version 2"));
        // The chart picks versions too.
        page.selectVersion(0);
        QCOMPARE(page.selectedVersion(), 0);
        QTest::qWait(0);
        QCOMPARE(page.detailModel()
                     ->section("Changes from the version before")
                     .siblingAtColumn(1)
                     .data()
                     .toString(),
                 QStringLiteral("the first version in the log"));
        const QRect bar = page.chart()->rect();
        QVERIFY(page.chart()->versionAt(QPoint(bar.right() - 12, bar.center().y())) == 2);
    }

    void filterByOperationAndCopyAsSql()
    {
        DeltaTablePage page(new LocalDeltaLogSource(tableDir("type-widening")), devProfile(),
                            nullptr);
        QVERIFY(settled(page));
        QComboBox *filter = page.operationFilter();
        QCOMPARE(filter->count(), 3); // all, SET TBLPROPERTIES, WRITE
        filter->setCurrentIndex(filter->findData("SET TBLPROPERTIES"));
        QCOMPARE(page.historyProxy()->rowCount(), 1);
        QCOMPARE(page.historyProxy()->index(0, 0).data(DeltaHistoryModel::VersionRole).toLongLong(),
                 1);
        filter->setCurrentIndex(0);
        QCOMPARE(page.historyProxy()->rowCount(), 3);
        page.selectVersion(1);
        page.copySelectAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 "SELECT * FROM delta.`" + tableDir("type-widening") + "` VERSION AS OF 1");
        page.copyRestoreAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 "RESTORE TABLE delta.`" + tableDir("type-widening") + "` TO VERSION AS OF 1");
        // Without a SQL warehouse nothing runs: the actions say why.
        QVERIFY(!page.runRestoreAction()->isEnabled());
        QVERIFY(page.runRestoreAction()->toolTip().contains("warehouse_id"));
        QVERIFY(!page.describeAction()->isEnabled());
        QVERIFY(!page.restoreSelectedVersion());
    }

    void brokenLogsSayWhy()
    {
        QTemporaryDir plain;
        DeltaTablePage page(new LocalDeltaLogSource(plain.path()), devProfile(), nullptr);
        QVERIFY(QTest::qWaitFor([&] { return !page.history()->openError().isEmpty(); }, 10000));
        QCOMPARE(page.statusLabel()->text(),
                 plain.path() + " has no _delta_log folder: it is not a Delta table");
        QCOMPARE(page.historyProxy()->rowCount(), 0);
        QVERIFY(!page.copySelectAction()->isEnabled());
    }

    void sqlQuotesThePathAsItIs()
    {
        // A path may hold "%2" (a URL-encoded "/" is "%2F") and backticks.
        QCOMPARE(selectVersionAsOfSql("dbfs:/t/x%2Fy`z", 5),
                 QStringLiteral("SELECT * FROM delta.`dbfs:/t/x%2Fy``z` VERSION AS OF 5"));
        QCOMPARE(restoreToVersionSql("dbfs:/t/x%1", 7),
                 QStringLiteral("RESTORE TABLE delta.`dbfs:/t/x%1` TO VERSION AS OF 7"));
        QCOMPARE(describeHistorySql("dbfs:/a b"),
                 QStringLiteral("DESCRIBE HISTORY delta.`dbfs:/a b`"));
    }

    void describeHistoryOnTheWarehouseAgreesWithTheLog()
    {
        DemoSetup demo;
        QVERIFY2(demo.ok, qPrintable(demo.error));
        Profile profile = devProfile();
        profile.attributes.insert("warehouse_id", demo.emulator->demoWarehouseId());
        DeltaTablePage page(new DbfsDeltaLogSource(demo.dbfs.get(), kDemoTable), profile,
                            demo.client.get());
        QVERIFY(settled(page));
        QCOMPARE(page.history()->commitCount(), 120);
        QVERIFY(page.describeAction()->isEnabled());
        QVERIFY(page.runRestoreAction()->isEnabled());
        page.describeAction()->trigger();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return page.describePanel()->comparisonText().startsWith("DESCRIBE HISTORY agrees");
            },
            30000));
        QVERIFY2(page.describePanel()->comparisonText().endsWith("versions compared (120 rows)"),
                 qPrintable(page.describePanel()->comparisonText()));
        QCOMPARE(page.describePanel()->view()->model()->rowCount(), 120);
        // Toggling back and forth shows the same answer; it is not asked again.
        const int statements = demo.statementCount();
        page.describeAction()->trigger();
        page.describeAction()->trigger();
        QTest::qWait(50);
        QCOMPARE(demo.statementCount(), statements);
    }

    void restoreOnProdAsksForTheTypedNameAndRunsOnTheWarehouse()
    {
        DemoSetup demo;
        QVERIFY2(demo.ok, qPrintable(demo.error));
        Profile profile = devProfile();
        profile.name = "acme-prod";
        profile.environment = EnvironmentTag::Prod;
        profile.attributes.insert("warehouse_id", demo.emulator->demoWarehouseId());
        DeltaTablePage page(new DbfsDeltaLogSource(demo.dbfs.get(), kDemoTable), profile,
                            demo.client.get());
        QVERIFY(settled(page));
        page.selectVersion(110);
        QCOMPARE(page.selectedVersion(), 110);
        // Declined: nothing runs.
        const int before = demo.statementCount();
        answerNextDialog([](QWidget *dialog) {
            auto *confirm = qobject_cast<ConfirmByNameDialog *>(dialog);
            QVERIFY(confirm);
            confirm->nameEdit()->setText("acme-pro");
            QVERIFY(!confirm->isConfirmEnabled());
            confirm->reject();
        });
        QVERIFY(!page.restoreSelectedVersion());
        QTest::qWait(50);
        QCOMPARE(demo.statementCount(), before);
        // The exact name: RESTORE runs, a new version appears and the history reloads.
        answerNextDialog([](QWidget *dialog) {
            auto *confirm = qobject_cast<ConfirmByNameDialog *>(dialog);
            QVERIFY(confirm);
            confirm->nameEdit()->setText("acme-prod");
            QVERIFY(confirm->isConfirmEnabled());
            confirm->accept();
        });
        QSignalSpy finished(&page, &DeltaTablePage::restoreFinished);
        QVERIFY(page.restoreSelectedVersion());
        QVERIFY(!page.runRestoreAction()->isEnabled()); // one restore at a time
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return page.history()->isOpen() && page.history()->latestVersion() == 120 &&
                       !page.history()->isBusy();
            },
            30000));
        QCOMPARE(page.history()->entryAt(0).commit.operation, QStringLiteral("RESTORE"));
        QCOMPARE(page.history()->entryAt(0).commit.operationParameters.value("version").toString(),
                 QStringLiteral("110"));
    }

    void dbfsBrowserOpensTheTabAndClosesItWithTheWorkspace()
    {
        emulator::WorkspaceEmulator emulator(emulatorOptionsFor(kToken, emulator::Seed::Empty));
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        const QString log = emulator.dbfsRootPath() + "/tables/merge/_delta_log";
        QVERIFY(QDir().mkpath(log));
        const QString source = tableDir("basic-with-inserts-merge") + "/_delta_log";
        for (const QString &name : QDir(source).entryList(QDir::Files))
            QVERIFY(QFile::copy(source + '/' + name, log + '/' + name));
        QNetworkAccessManager network;
        ApiClient client(&network, nullptr);
        client.setConnection({"dev", emulator.baseUrl(), kToken, {}});
        DbfsPage dbfs;
        ConnectedWorkspace workspace;
        workspace.client = &client;
        workspace.profile = devProfile();
        dbfs.connectTo(workspace);
        QVERIFY(dbfs.navigateTo("dbfs:/tables"));
        // The browser finds the table by its _delta_log and offers the history.
        QVERIFY(QTest::qWaitFor([&] { return dbfs.currentFolder() == "/tables"; }, 10000));
        QVERIFY(dbfs.navigateTo("dbfs:/tables/merge/_delta_log"));
        QVERIFY(QTest::qWaitFor([&] { return dbfs.openDeltaAction()->isEnabled(); }, 10000));
        QCOMPARE(dbfs.deltaTableTarget(), QStringLiteral("/tables/merge"));
        dbfs.openDeltaAction()->trigger();
        QCOMPARE(dbfs.tabs()->count(), 2);
        // With the Delta tab in front, the browser's keys are off (Delete must not delete the
        // folder selected behind it).
        QVERIFY(!dbfs.openDeltaAction()->isEnabled());
        for (QAction *action : dbfs.actions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        auto *page = qobject_cast<DeltaTablePage *>(dbfs.tabs()->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->tableLocation(), QStringLiteral("dbfs:/tables/merge"));
        QVERIFY(settled(*page));
        QCOMPARE(page->historyProxy()->rowCount(), 2);
        QCOMPARE(
            page->historyProxy()->index(0, DeltaHistoryModel::OperationColumn).data().toString(),
            QStringLiteral("MERGE"));
        // Asking again shows the same tab.
        QCOMPARE(dbfs.openDeltaTable("/tables/merge"), page);
        QCOMPARE(dbfs.tabs()->count(), 2);
        dbfs.tabs()->setCurrentIndex(0);
        QVERIFY(dbfs.openDeltaAction()->isEnabled());
        dbfs.disconnectFrom("switched");
        QCOMPARE(dbfs.tabs()->count(), 1);
        QVERIFY(!dbfs.openDeltaTable("/tables/merge"));
    }
};

QTEST_MAIN(TestDeltaPage)
#include "tst_deltapage.moc"

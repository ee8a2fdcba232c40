// The "Delta table" tab as a user meets it: opened from the DBFS browser on the emulator, the
// newest version chosen with its details and schema, filtering by operation, the chart, Copy as
// SQL, and RESTORE / DESCRIBE HISTORY off without a warehouse; tabs close with the workspace.
#include "ApiClient.h"
#include "DbfsPage.h"
#include "DeltaChangeChart.h"
#include "DeltaDetailModel.h"
#include "DeltaHistory.h"
#include "DeltaHistoryModel.h"
#include "DeltaSchemaModel.h"
#include "DeltaTablePage.h"
#include "DeltaTestData.h"
#include "EmulatorOptionsFor.h"
#include "LocalDeltaLogSource.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

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
        dbfs.disconnectFrom("switched");
        QCOMPARE(dbfs.tabs()->count(), 1);
        QVERIFY(!dbfs.openDeltaTable("/tables/merge"));
    }
};

QTEST_MAIN(TestDeltaPage)
#include "tst_deltapage.moc"

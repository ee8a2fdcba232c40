// The DBFS page as a user drives it, offscreen, against the demo emulator over real HTTP: the
// path bar, previews, actions through their shortcuts with their dialogs answered, conflicts,
// drops and drags.
#include "ConfirmByNameDialog.h"
#include "ConflictDialog.h"
#include "DbfsDragMimeData.h"
#include "DbfsDropView.h"
#include "DbfsKind.h"
#include "DbfsPage.h"
#include "DbfsProxies.h"
#include "DbfsTreeModel.h"
#include "EmulatorOptionsFor.h"
#include "PreviewPane.h"
#include "PreviewTableModel.h"
#include "TransferListModel.h"
#include "TransferPanel.h"
#include "TransferQueue.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <chrono>
#include <filesystem>

using namespace brickdesk;

namespace {
const QString kToken = QStringLiteral("bdtest-dbfs-page");
} // namespace

class TestDbfsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pathBarTakesAllThreeFormsAndSaysWhatIsWrong();
    void contentsAreSortedFilteredAndCounted();
    void previewsCsvJsonAndBinary();
    void newFolderRenameAndDeleteThroughTheActions();
    void deletingOnProdNeedsTheProfileName();
    void copyPathInBothForms();
    void conflictDialogKeepsBoth();
    void droppedLocalFilesAreUploaded();
    void staleDragOutStagingIsRemoved();
    void draggedOutFilesAreDownloadedForTheDrop();
    void switchingWorkspaceCancelsTransfersAndSaysSo();

private:
    void connectPage(bool prod = false);
    void go(const QString &typed, const QString &expectedFolder);
    void selectFile(const QString &path);
    // Answers the next modal dialog: a QInputDialog gets `text`, a ConfirmByNameDialog gets it
    // typed, a QMessageBox gets Yes (or Cancel). The question shown is kept in m_lastQuestion.
    void answerNextModal(const QString &text, bool accept = true);
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // With BRICKDESK_DBFS_SCREENSHOT_DIR set: the page as it looks now, to look at by eye.
    void saveScreenshot(const QString &name);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DbfsPage> m_page;
    QString m_lastQuestion;
    bool m_modalMissed = false; // answerNextModal found no dialog: the test fails in cleanup()
};

void TestDbfsPage::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_client->setRetryPolicy(RetryPolicy::none());
    m_page = std::make_unique<DbfsPage>();
    m_page->resize(1400, 900);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_lastQuestion.clear();
}

void TestDbfsPage::cleanup()
{
    QVERIFY2(!std::exchange(m_modalMissed, false), "a dialog the test expected never appeared");
    m_page.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestDbfsPage::connectPage(bool prod)
{
    ConnectedWorkspace workspace;
    workspace.client = m_client.get();
    workspace.profile.name = prod ? QStringLiteral("acme-prod") : QStringLiteral("dev");
    workspace.profile.environment = prod ? EnvironmentTag::Prod : EnvironmentTag::Dev;
    workspace.userName = QStringLiteral("demo.user@brickdesk.example");
    QVERIFY(!m_page->isSettled());
    QSignalSpy settled(m_page.get(), &WorkspacePage::settledChanged);
    m_page->connectTo(workspace);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isSettled(), 10000);
    QVERIFY(!settled.isEmpty());
    QCOMPARE(m_page->currentFolder(), QStringLiteral("/"));
    QCOMPARE(m_page->pathEdit()->text(), QStringLiteral("dbfs:/"));
}

void TestDbfsPage::go(const QString &typed, const QString &expectedFolder)
{
    QLineEdit *edit = m_page->pathEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->currentFolder(), expectedFolder, 10000);
    QTRY_VERIFY(m_page->model()->isListed(m_page->model()->indexForPath(expectedFolder)));
    QVERIFY(m_page->pathErrorLabel()->isHidden());
}

void TestDbfsPage::selectFile(const QString &path)
{
    QVERIFY(m_page->navigateTo(path));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->selectedEntries().size() == 1 &&
                                 m_page->selectedEntries().first().path == path,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->preview()->isLoading() && m_page->preview()->path() == path,
                             10000);
}

void TestDbfsPage::answerNextModal(const QString &text, bool accept)
{
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    auto *waited = new QElapsedTimer;
    waited->start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited, text, accept] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            m_lastQuestion = input->labelText();
            input->setTextValue(text);
            accept ? input->accept() : input->reject();
        } else if (auto *confirm = qobject_cast<ConfirmByNameDialog *>(modal)) {
            const QList<QLabel *> labels = confirm->findChildren<QLabel *>();
            m_lastQuestion = labels.isEmpty() ? QString() : labels.first()->text();
            QTest::keyClicks(confirm->nameEdit(), text);
            if (accept && confirm->isConfirmEnabled())
                confirm->accept();
            else
                confirm->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            m_lastQuestion = box->text();
            box->button(accept ? QMessageBox::Yes : QMessageBox::Cancel)->click();
        } else if (waited->elapsed() < 10000) {
            return;
        } else {
            m_modalMissed = true;
        }
        poll->stop();
        poll->deleteLater();
        delete waited;
    });
    poll->start();
}

void TestDbfsPage::saveScreenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("BRICKDESK_DBFS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + QLatin1Char('/') + name));
}

void TestDbfsPage::key(int keyCode, Qt::KeyboardModifiers modifiers)
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QWidget *focus = m_page->contentsView();
    focus->setFocus();
    QTest::keyClick(focus, static_cast<Qt::Key>(keyCode), modifiers);
}

void TestDbfsPage::pathBarTakesAllThreeFormsAndSaysWhatIsWrong()
{
    connectPage();
    go(QStringLiteral("dbfs:/FileStore/tables"), QStringLiteral("/FileStore/tables"));
    QCOMPARE(m_page->pathEdit()->text(), QStringLiteral("dbfs:/FileStore/tables"));
    QVERIFY(m_page->contentsProxy()->rowCount(m_page->contentsView()->rootIndex()) >= 4);
    // The folder tree follows.
    QCOMPARE(m_page->folderTree()->currentIndex().data(DbfsTreeModel::PathRole).toString(),
             QStringLiteral("/FileStore/tables"));
    go(QStringLiteral("/dbfs/mnt/raw"), QStringLiteral("/mnt/raw"));
    go(QStringLiteral("/user/hive//warehouse/"), QStringLiteral("/user/hive/warehouse"));
    // A Delta table is told apart.
    const QModelIndex delta =
        m_page->model()->indexForPath(QStringLiteral("/user/hive/warehouse/sales_delta"));
    QTRY_COMPARE_WITH_TIMEOUT(delta.data(DbfsTreeModel::KindRole).toInt(),
                              int(DbfsKind::DeltaTable), 10000);

    // Not a DBFS path: said under the path bar, before any request.
    QLineEdit *edit = m_page->pathEdit();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("FileStore/tables"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!m_page->pathErrorLabel()->isHidden());
    QVERIFY2(m_page->pathErrorLabel()->text().contains(QLatin1String("starts with /")),
             qPrintable(m_page->pathErrorLabel()->text()));
    QCOMPARE(m_page->currentFolder(), QStringLiteral("/user/hive/warehouse"));
    // Not there: the workspace's answer, also inline.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("dbfs:/FileStore/nope"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->pathErrorLabel()->isHidden(), 10000);
    QCOMPARE(m_page->pathErrorLabel()->text(),
             QStringLiteral("No such file or folder: /FileStore/nope"));
    QCOMPARE(m_page->currentFolder(), QStringLiteral("/user/hive/warehouse"));
    // Up goes to the parent and the error goes.
    key(Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->currentFolder(), QStringLiteral("/user/hive"), 10000);
    QVERIFY(m_page->pathErrorLabel()->isHidden());
}

void TestDbfsPage::contentsAreSortedFilteredAndCounted()
{
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/data/parts"), 30));
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/data/parts/sub"), 1));
    connectPage();
    go(QStringLiteral("/data/parts"), QStringLiteral("/data/parts"));
    QAbstractItemModelTester tester(m_page->contentsProxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex root = m_page->contentsView()->rootIndex();
    QCOMPARE(m_page->contentsProxy()->rowCount(root), 31);
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("31 items"));
    // Descending by name: the folder stays first.
    m_page->contentsView()->sortByColumn(DbfsTreeModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->contentsProxy()->index(0, 0, root).data().toString(), QStringLiteral("sub"));
    QCOMPARE(m_page->contentsProxy()->index(1, 0, root).data().toString(),
             QStringLiteral("part-000030.csv"));
    m_page->filterEdit()->setText(QStringLiteral("000001"));
    QCOMPARE(m_page->contentsProxy()->rowCount(root), 1);
    QVERIFY(m_page->countLabel()->text().contains(QLatin1String("1 match")));
    m_page->filterEdit()->clear();
    QCOMPARE(m_page->contentsProxy()->rowCount(root), 31);
    // The folder tree shows folders only.
    const QModelIndex inTree = m_page->folderTree()->currentIndex();
    QCOMPARE(m_page->folderTree()->model()->rowCount(inTree), 1);
}

void TestDbfsPage::previewsCsvJsonAndBinary()
{
    connectPage();
    selectFile(QStringLiteral("/FileStore/tables/sales.csv"));
    PreviewPane *preview = m_page->preview();
    QVERIFY(preview->isShowingTable());
    QVERIFY(preview->tableModel()->rowCount() > 5);
    QVERIFY(preview->tableModel()->columnCount() >= 3);
    QVERIFY(!preview->tableModel()->headerData(0, Qt::Horizontal).toString().isEmpty());
    // A finished download in the transfer panel, as a user would have one.
    QTemporaryDir local;
    m_page->download(m_page->selectedEntries(), local.path());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->transferQueue()->isIdle(), 10000);
    QVERIFY(QFileInfo::exists(local.filePath(QStringLiteral("sales.csv"))));
    saveScreenshot(QStringLiteral("dbfs-csv.png"));

    selectFile(QStringLiteral("/FileStore/tables/products.json"));
    QVERIFY(preview->isShowingText());
    QCOMPARE(preview->content().kind, PreviewContent::Kind::Json);
    QVERIFY(preview->textView()->toPlainText().contains(QLatin1String("\n    ")));

    selectFile(QStringLiteral("/FileStore/jars/udfs-1.0.jar"));
    QVERIFY(!preview->isShowingText() && !preview->isShowingTable());
    QVERIFY2(preview->messageLabel()->text().startsWith(QLatin1String("Binary file, ")),
             qPrintable(preview->messageLabel()->text()));
    QVERIFY(preview->messageLabel()->text().endsWith(QLatin1String("no preview.")));
    QVERIFY(preview->textView()->toPlainText().isEmpty());
}

void TestDbfsPage::newFolderRenameAndDeleteThroughTheActions()
{
    connectPage();
    go(QStringLiteral("/tmp"), QStringLiteral("/tmp"));
    answerNextModal(QStringLiteral("reports"));
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->indexForPath(QStringLiteral("/tmp/reports")).isValid(), 10000);
    QVERIFY(m_lastQuestion.contains(QLatin1String("dbfs:/tmp")));
    // The new folder is selected, so F2 renames it.
    QTRY_COMPARE(m_page->selectedEntries().size(), 1);
    QCOMPARE(m_page->selectedEntries().first().path, QStringLiteral("/tmp/reports"));
    answerNextModal(QStringLiteral("reports-2024"));
    key(Qt::Key_F2);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->indexForPath(QStringLiteral("/tmp/reports-2024")).isValid(), 10000);
    QVERIFY(!m_page->model()->indexForPath(QStringLiteral("/tmp/reports")).isValid());
    QTRY_COMPARE(m_page->messageLabel()->text(),
                 QStringLiteral("Renamed reports to reports-2024."));
    QTRY_COMPARE(m_page->selectedEntries().size(), 1);

    // Delete counts first and asks with the count.
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/tmp/reports-2024/q1"), 3));
    answerNextModal(QString());
    key(Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->model()->indexForPath(QStringLiteral("/tmp/reports-2024")).isValid(), 10000);
    QCOMPARE(m_lastQuestion, QStringLiteral("Delete /tmp/reports-2024 and the 3 files and 1 "
                                            "folder in it?\nThis cannot be undone."));
    QTRY_VERIFY(
        m_page->messageLabel()->text().startsWith(QLatin1String("Deleted /tmp/reports-2024")));

    // Saying no deletes nothing.
    QVERIFY(m_page->navigateTo(QStringLiteral("/FileStore/tables/regions.json")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->selectedEntries().size(), 1, 10000);
    answerNextModal(QString(), false);
    key(Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->messageLabel()->text(),
                              QStringLiteral("Nothing was deleted."), 10000);
    QCOMPARE(m_lastQuestion,
             QStringLiteral("Delete /FileStore/tables/regions.json?\nThis cannot be undone."));
    QVERIFY(
        m_page->model()->indexForPath(QStringLiteral("/FileStore/tables/regions.json")).isValid());
}

void TestDbfsPage::deletingOnProdNeedsTheProfileName()
{
    connectPage(true);
    go(QStringLiteral("/mnt/raw"), QStringLiteral("/mnt/raw"));
    QVERIFY(m_page->navigateTo(QStringLiteral("/mnt/raw/events")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->currentFolder(), QStringLiteral("/mnt/raw/events"), 10000);
    go(QStringLiteral("/mnt/raw"), QStringLiteral("/mnt/raw"));
    const QModelIndex events = m_page->contentsProxy()->mapFromSource(
        m_page->model()->indexForPath(QStringLiteral("/mnt/raw/events")));
    m_page->contentsView()->setCurrentIndex(events);
    QCOMPARE(m_page->selectedEntries().size(), 1);
    // The wrong name never confirms.
    answerNextModal(QStringLiteral("acme"));
    key(Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->messageLabel()->text(),
                              QStringLiteral("Nothing was deleted."), 10000);
    QVERIFY(m_lastQuestion.contains(QLatin1String("Delete /mnt/raw/events and the ")));
    QVERIFY(m_lastQuestion.contains(QLatin1String("PRODUCTION")));
    answerNextModal(QStringLiteral("acme-prod"));
    key(Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->model()->indexForPath(QStringLiteral("/mnt/raw/events")).isValid(), 10000);
}

void TestDbfsPage::copyPathInBothForms()
{
    connectPage();
    selectFile(QStringLiteral("/FileStore/tables/sales.csv"));
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("dbfs:/FileStore/tables/sales.csv"));
    m_page->contentsView()->setFocus();
    m_page->copyFusePathAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("/dbfs/FileStore/tables/sales.csv"));
}

void TestDbfsPage::conflictDialogKeepsBoth()
{
    connectPage();
    go(QStringLiteral("/FileStore/tables"), QStringLiteral("/FileStore/tables"));
    QTemporaryDir local;
    const QString file = local.filePath(QStringLiteral("sales.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("region,amount\nnorth,1\n");
    out.close();
    m_page->uploadFiles({file}, QStringLiteral("/FileStore/tables"));
    TransferPanel *panel = m_page->transferPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->conflictDialog() != nullptr, 10000);
    ConflictDialog *dialog = panel->conflictDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>()->text().contains(
        QLatin1String("dbfs:/FileStore/tables/sales.csv")));
    dialog->buttonFor(ConflictChoice::KeepBoth)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->transferQueue()->isIdle(), 10000);
    QCOMPARE(panel->model()->index(0, TransferListModel::StateColumn).data().toString(),
             transferStateName(TransferState::Done));
    QCOMPARE(panel->model()->index(0, TransferListModel::NameColumn).data().toString(),
             QStringLiteral("sales (1).csv"));
    // The new file shows in the folder without a refresh.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->indexForPath(QStringLiteral("/FileStore/tables/sales (1).csv")).isValid(),
        10000);

    // Overwrite for all: two more uploads, one question.
    QSignalSpy asked(m_page->transferQueue(), &TransferQueue::conflictAsked);
    m_page->uploadFiles({file, file}, QStringLiteral("/FileStore/tables"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->conflictDialog() != nullptr, 10000);
    panel->conflictDialog()->applyToAllBox()->setChecked(true);
    panel->conflictDialog()->buttonFor(ConflictChoice::Overwrite)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->transferQueue()->isIdle(), 10000);
    QVERIFY(panel->conflictDialog() == nullptr);
    QCOMPARE(m_page->transferQueue()->count(), 3);
    panel->clearButton()->click();
    QCOMPARE(panel->model()->rowCount(), 0);
}

void TestDbfsPage::droppedLocalFilesAreUploaded()
{
    connectPage();
    go(QStringLiteral("/tmp"), QStringLiteral("/tmp"));
    QTemporaryDir local;
    QDir(local.path()).mkpath(QStringLiteral("batch/inner"));
    for (const QString &name : {QStringLiteral("a.txt"), QStringLiteral("batch/b.csv"),
                                QStringLiteral("batch/inner/c.json")}) {
        QFile file(local.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(name.toUtf8());
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(local.filePath(QStringLiteral("a.txt"))),
                  QUrl::fromLocalFile(local.filePath(QStringLiteral("batch")))});
    // A real drop event on the contents view, below the rows: it lands in the folder shown.
    DbfsDropView *view = m_page->contentsView();
    const QPoint below(20, view->viewport()->height() - 5);
    QDragEnterEvent enter(below, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(below, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->transferQueue()->count() == 3 && m_page->transferQueue()->isIdle(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->indexForPath(QStringLiteral("/tmp/a.txt")).isValid(),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->indexForPath(QStringLiteral("/tmp/batch")).isValid(),
                             10000);
    QVERIFY(m_page->model()
                ->indexForPath(QStringLiteral("/tmp/batch"))
                .data(DbfsTreeModel::IsDirRole)
                .toBool());
    go(QStringLiteral("/tmp/batch/inner"), QStringLiteral("/tmp/batch/inner"));
    QVERIFY(m_page->model()->indexForPath(QStringLiteral("/tmp/batch/inner/c.json")).isValid());

    // DBFS items dropped on another folder move there, after asking.
    DbfsDragMimeData moving({QStringLiteral("/tmp/a.txt")}, nullptr, local.path());
    answerNextModal(QString());
    m_page->handleDrop(&moving, QStringLiteral("/tmp/batch"));
    QCOMPARE(m_lastQuestion, QStringLiteral("Move /tmp/a.txt into /tmp/batch?"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->indexForPath(QStringLiteral("/tmp/batch/a.txt")).isValid(), 10000);
    QVERIFY(!m_page->model()->indexForPath(QStringLiteral("/tmp/a.txt")).isValid());
}

void TestDbfsPage::staleDragOutStagingIsRemoved()
{
    QTemporaryDir staging;
    const QString old = staging.filePath(QStringLiteral("old-drag"));
    const QString recent = staging.filePath(QStringLiteral("recent-drag"));
    QVERIFY(QDir().mkpath(old + QStringLiteral("/sub")));
    QVERIFY(QDir().mkpath(recent));
    QFile file(old + QStringLiteral("/sub/data.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b\n");
    file.close();
    std::filesystem::last_write_time(
        old.toStdString(), std::filesystem::file_time_type::clock::now() - std::chrono::hours(48));
    QCOMPARE(DbfsDragMimeData::removeStaleStaging(staging.path(), 24 * 3600), 1);
    QVERIFY(!QFileInfo::exists(old));
    QVERIFY(QFileInfo::exists(recent));
}

void TestDbfsPage::draggedOutFilesAreDownloadedForTheDrop()
{
    connectPage();
    QTemporaryDir staging;
    m_page->setDragStagingRoot(staging.path());
    selectFile(QStringLiteral("/FileStore/tables/customers.csv"));
    const DbfsPage::Entry entry = m_page->selectedEntries().first();
    std::unique_ptr<QMimeData> mime(m_page->mimeDataFor({entry}));
    auto *drag = qobject_cast<DbfsDragMimeData *>(mime.get());
    QVERIFY(drag);
    QVERIFY(drag->canDragOut());
    QVERIFY(mime->hasUrls());
    QCOMPARE(DbfsDragMimeData::pathsOf(mime.get()), QStringList{entry.path});
    // The drop target asks for the files: they are downloaded there and then.
    const QList<QUrl> urls = mime->urls();
    QCOMPARE(urls.size(), 1);
    const QFileInfo local(urls.first().toLocalFile());
    QVERIFY(local.absoluteFilePath().startsWith(staging.path()));
    QCOMPARE(local.fileName(), QStringLiteral("customers.csv"));
    QCOMPARE(local.size(), entry.size);
    QCOMPARE(mime->urls(), urls); // once

    // A folder, or too much, only moves inside Brickdesk.
    std::unique_ptr<QMimeData> folder(
        m_page->mimeDataFor({{QStringLiteral("/FileStore/tables"), true, 0}}));
    QVERIFY(!qobject_cast<DbfsDragMimeData *>(folder.get())->canDragOut());
    QVERIFY(!folder->hasUrls());
    QVERIFY(m_page->messageLabel()->text().contains(QLatin1String("64 MB")));
    std::unique_ptr<QMimeData> big(m_page->mimeDataFor(
        {{QStringLiteral("/FileStore/tables/sales.csv"), false, 65 * 1024 * 1024}}));
    QVERIFY(!big->hasUrls());
}

void TestDbfsPage::switchingWorkspaceCancelsTransfersAndSaysSo()
{
    connectPage();
    QTemporaryDir local;
    const QString file = local.filePath(QStringLiteral("big.bin"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(8 * 1024 * 1024, 'x'));
    out.close();
    m_emulator->setLatencyMs(100);
    m_page->uploadFiles({file}, QStringLiteral("/tmp"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->transferQueue()->at(0)->state() == TransferState::Running,
                             10000);
    m_page->disconnectFrom(QStringLiteral("Connecting…"));
    QCOMPARE(m_page->messageLabel()->text(),
             QStringLiteral("Switched workspace: 1 running or queued transfer(s) cancelled."));
    QVERIFY(m_page->transferQueue() == nullptr);
    QCOMPARE(m_page->transferPanel()->model()->rowCount(), 0);
    QCOMPARE(m_page->model()->rowCount(m_page->model()->rootIndex()), 0);
    QVERIFY(!m_page->newFolderAction()->isEnabled());
    QVERIFY(!m_page->isSettled());
    // Nothing of it arrives afterwards.
    QTest::qWait(300);
    QCOMPARE(m_page->model()->rowCount(m_page->model()->rootIndex()), 0);
}

QTEST_MAIN(TestDbfsPage)
#include "tst_dbfspage.moc"

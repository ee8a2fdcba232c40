// The DBFS models against the emulator over real HTTP (and a misbehaving server), each under
// QAbstractItemModelTester; and the preview parsers on malformed input.
#include "DbfsClient.h"
#include "DbfsDeltaProbe.h"
#include "DbfsKind.h"
#include "DbfsTreeModel.h"
#include "EmulatorOptionsFor.h"
#include "FakeJsonServer.h"
#include "PreviewContent.h"
#include "PreviewTableModel.h"
#include "TransferListModel.h"
#include "TransferQueue.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk;

namespace {

const QString kToken = QStringLiteral("dbfs-models-token");

QStringList namesIn(const DbfsTreeModel &model, const QModelIndex &folder)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(folder); ++row)
        names.append(model.index(row, 0, folder).data().toString());
    return names;
}

} // namespace

class TestDbfsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void demoTreeUnderTheTester();
    void deltaTablesAreFoundByProbing();
    void hugeFolderArrivesInBatches();
    void ensurePathDeepMissingAndThroughAFile();
    void mkdirRenameMoveRemoveTouchOnlyTheirRows();
    void actionsSayWhatWentWrong();
    void partialDeleteReportsProgress();
    void disconnectingDuringADeleteStopsItQuietly();
    void malformedListingIsRefusedWhole();
    void refreshAndCancelAll();
    void transferListFollowsTheQueue();
    void previewCsvQuotingAndRaggedRows();
    void previewCutAtOneMegabyteAndRowCap();
    void previewJsonAndJsonLines();
    void previewBinaryAndEncoding();
    void previewRandomBytesNeverCrash();
    void previewTableModel();

private:
    QModelIndex ensure(const QString &path);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<DbfsClient> m_client;
    std::unique_ptr<DbfsTreeModel> m_model;
};

void TestDbfsModels::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY(m_emulator->listen());
    m_api = std::make_unique<ApiClient>(&m_network, nullptr);
    m_api->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_api->setRetryPolicy(RetryPolicy::none());
    m_client = std::make_unique<DbfsClient>(m_api.get());
    m_model = std::make_unique<DbfsTreeModel>();
    m_model->setClient(m_client.get());
}

void TestDbfsModels::cleanup()
{
    m_model.reset();
    m_client.reset();
    m_api.reset();
    m_emulator.reset();
}

QModelIndex TestDbfsModels::ensure(const QString &path)
{
    QSignalSpy ready(m_model.get(), &DbfsTreeModel::pathReady);
    QSignalSpy failed(m_model.get(), &DbfsTreeModel::pathFailed);
    m_model->ensurePath(path);
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 15000))
        return {};
    if (!failed.isEmpty())
        qWarning("ensurePath(%s) failed: %s", qPrintable(path),
                 qPrintable(failed.first().at(1).toString()));
    return ready.isEmpty() ? QModelIndex() : ready.first().first().toModelIndex();
}

void TestDbfsModels::demoTreeUnderTheTester()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex root = m_model->rootIndex();
    QCOMPARE(root.data().toString(), QStringLiteral("/"));
    QVERIFY(m_model->hasChildren(root));
    // The tester fetches as a view would; the listings come in over HTTP.
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isListed(root), 10000);
    const QStringList top = namesIn(*m_model, root);
    for (const char *name : {"FileStore", "databricks-datasets", "mnt", "tmp", "user"})
        QVERIFY2(top.contains(QLatin1String(name)), name);

    const QModelIndex tables = ensure(QStringLiteral("/FileStore/tables"));
    QVERIFY(tables.isValid());
    QCOMPARE(DbfsTreeModel::pathOf(tables), QStringLiteral("/FileStore/tables"));
    const QModelIndex sales = m_model->indexForPath(QStringLiteral("/FileStore/tables/sales.csv"));
    QVERIFY(sales.isValid());
    QCOMPARE(sales.data(DbfsTreeModel::IsDirRole).toBool(), false);
    QCOMPARE(sales.data(DbfsTreeModel::KindRole).toInt(), int(DbfsKind::DataFile));
    QVERIFY(sales.data(DbfsTreeModel::SizeRole).toLongLong() > 0);
    QVERIFY(sales.data(DbfsTreeModel::ModifiedRole).toLongLong() > 0);
    const QModelIndex size = sales.siblingAtColumn(DbfsTreeModel::SizeColumn);
    QVERIFY(size.data().toString().endsWith(QLatin1String("B")));
    QCOMPARE(size.data(DbfsTreeModel::SortRole).toLongLong(),
             sales.data(DbfsTreeModel::SizeRole).toLongLong());
    QVERIFY(!sales.siblingAtColumn(DbfsTreeModel::ModifiedColumn).data().toString().isEmpty());
    // Folders show no size.
    QVERIFY(tables.siblingAtColumn(DbfsTreeModel::SizeColumn).data().toString().isEmpty());
    QCOMPARE(tables.data(DbfsTreeModel::KindRole).toInt(), int(DbfsKind::Folder));

    // Folders first, then names regardless of case.
    const QModelIndex user = ensure(QStringLiteral("/"));
    QVERIFY(user.isValid());
    bool seenFile = false;
    QString previous;
    for (int row = 0; row < m_model->rowCount(root); ++row) {
        const QModelIndex index = m_model->index(row, 0, root);
        const bool isDir = index.data(DbfsTreeModel::IsDirRole).toBool();
        QVERIFY2(!(isDir && seenFile), "a folder after a file");
        seenFile = seenFile || !isDir;
        const QString name = index.data().toString();
        if (!previous.isEmpty() && !seenFile)
            QVERIFY(QString::compare(previous, name, Qt::CaseInsensitive) < 0);
        previous = name;
    }
}

void TestDbfsModels::deltaTablesAreFoundByProbing()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex warehouse = ensure(QStringLiteral("/user/hive/warehouse"));
    QVERIFY(warehouse.isValid());
    const QModelIndex delta =
        m_model->indexForPath(QStringLiteral("/user/hive/warehouse/sales_delta"));
    QVERIFY(delta.isValid());
    // Without listing the table itself: get-status of its _delta_log says so.
    QTRY_COMPARE_WITH_TIMEOUT(delta.data(DbfsTreeModel::KindRole).toInt(),
                              int(DbfsKind::DeltaTable), 10000);
    bool iconOnly = false;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).toModelIndex();
        const auto bottomRight = signal.at(1).toModelIndex();
        if (topLeft == delta && bottomRight == delta)
            iconOnly = signal.at(2).value<QList<int>>().contains(DbfsTreeModel::KindRole);
    }
    QVERIFY2(iconOnly, "the Delta table's row changed alone, for its kind");
    QTRY_COMPARE(m_model->deltaProbe()->inFlight(), 0);
    // A plain folder stays a folder.
    const QModelIndex tables = ensure(QStringLiteral("/FileStore"));
    QVERIFY(tables.isValid());
    QTRY_COMPARE(m_model->deltaProbe()->inFlight(), 0);
    QCOMPARE(m_model->indexForPath(QStringLiteral("/FileStore/tables"))
                 .data(DbfsTreeModel::KindRole)
                 .toInt(),
             int(DbfsKind::Folder));
}

void TestDbfsModels::hugeFolderArrivesInBatches()
{
    constexpr int kFiles = 100000;
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/big"), kFiles));
    // Folders come first whatever their names.
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/big/zzz-folder"), 1));
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/big/Aaa-folder"), 1));
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex big = ensure(QStringLiteral("/big"));
    QVERIFY(big.isValid());
    // The tester fetches too; take the count from the first listing's insert.
    QVERIFY(m_model->isListed(big));
    QVERIFY(m_model->rowCount(big) >= DbfsTreeModel::kFirstBatch);
    QCOMPARE(m_model->rowCount(big) + m_model->pendingCount(big), kFiles + 2);
    QCOMPARE(m_model->index(0, 0, big).data().toString(), QStringLiteral("Aaa-folder"));
    QCOMPARE(m_model->index(1, 0, big).data().toString(), QStringLiteral("zzz-folder"));
    QCOMPARE(m_model->index(2, 0, big).data().toString(), QStringLiteral("part-000001.csv"));

    qint64 slowest = 0;
    int fetches = 0;
    while (m_model->canFetchMore(big)) {
        const int before = m_model->rowCount(big);
        QElapsedTimer timer;
        timer.start();
        m_model->fetchMore(big);
        slowest = qMax(slowest, timer.elapsed());
        QVERIFY(m_model->rowCount(big) > before);
        QVERIFY(m_model->rowCount(big) - before <= DbfsTreeModel::kBatch);
        ++fetches;
    }
    QCOMPARE(m_model->rowCount(big), kFiles + 2);
    QCOMPARE(m_model->pendingCount(big), 0);
    QCOMPARE(m_model->index(kFiles + 1, 0, big).data().toString(),
             QStringLiteral("part-100000.csv"));
    QVERIFY(m_model->indexForPath(QStringLiteral("/big/part-054321.csv")).isValid());
    qInfo("%d fetches, the slowest %lld ms (with the model tester attached)", fetches, slowest);
}

void TestDbfsModels::ensurePathDeepMissingAndThroughAFile()
{
    const QModelIndex log = ensure(QStringLiteral("/user/hive/warehouse/sales_delta/_delta_log"));
    QVERIFY(log.isValid());
    QCOMPARE(DbfsTreeModel::pathOf(log),
             QStringLiteral("/user/hive/warehouse/sales_delta/_delta_log"));
    QCOMPARE(m_model->indexForPath(QStringLiteral("/user/hive/warehouse/sales_delta")),
             log.parent());
    QTRY_COMPARE(log.parent().data(DbfsTreeModel::KindRole).toInt(), int(DbfsKind::DeltaTable));

    QSignalSpy failed(m_model.get(), &DbfsTreeModel::pathFailed);
    m_model->ensurePath(QStringLiteral("/nope/deeper"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("/nope/deeper"));
    QCOMPARE(failed.first().at(1).toString(),
             QStringLiteral("No such file or folder: /nope/deeper"));

    m_model->ensurePath(QStringLiteral("/FileStore/tables/sales.csv/inside"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QCOMPARE(failed.at(1).at(1).toString(),
             QStringLiteral("Not a folder: /FileStore/tables/sales.csv"));

    // A file is a path too.
    const QModelIndex file = ensure(QStringLiteral("/FileStore/tables/products.json"));
    QVERIFY(file.isValid());
    QVERIFY(!file.data(DbfsTreeModel::IsDirRole).toBool());

    // Without a client, nothing to ask.
    m_model->setClient(nullptr);
    m_model->ensurePath(QStringLiteral("/tmp"));
    QCOMPARE(failed.size(), 3);
    QVERIFY(failed.at(2).at(1).toString().contains(QLatin1String("Not connected")));
}

void TestDbfsModels::mkdirRenameMoveRemoveTouchOnlyTheirRows()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex tables = ensure(QStringLiteral("/FileStore/tables"));
    QVERIFY(tables.isValid());
    const int before = m_model->rowCount(tables);
    const QPersistentModelIndex sales =
        m_model->indexForPath(QStringLiteral("/FileStore/tables/sales.csv"));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy succeeded(m_model.get(), &DbfsTreeModel::actionSucceeded);

    m_model->mkdir(QStringLiteral("/FileStore/tables"), QStringLiteral("archive"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
    QCOMPARE(succeeded.first().at(0).toString(), QStringLiteral("/FileStore/tables/archive"));
    QCOMPARE(m_model->rowCount(tables), before + 1);
    // The tester lists other folders meanwhile; in this one, one row came.
    int insertsHere = 0;
    for (const QList<QVariant> &signal : std::as_const(inserted)) {
        if (signal.at(0).toModelIndex() == tables) {
            ++insertsHere;
            QCOMPARE(signal.at(1).toInt(), signal.at(2).toInt());
        }
    }
    QCOMPARE(insertsHere, 1);
    const QModelIndex archive = m_model->indexForPath(QStringLiteral("/FileStore/tables/archive"));
    QVERIFY(archive.isValid());
    QCOMPARE(archive.row(), 0); // the only folder comes first
    QVERIFY(archive.data(DbfsTreeModel::IsDirRole).toBool());
    QVERIFY(sales.isValid()); // other rows kept their indexes

    m_model->rename(QStringLiteral("/FileStore/tables/sales.csv"),
                    QStringLiteral("/FileStore/tables/revenue.csv"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 2, 10000);
    QCOMPARE(succeeded.at(1).at(1).toString(), QStringLiteral("Renamed sales.csv to revenue.csv."));
    QVERIFY(!sales.isValid());
    QVERIFY(m_model->indexForPath(QStringLiteral("/FileStore/tables/revenue.csv")).isValid());
    QCOMPARE(m_model->rowCount(tables), before + 1);

    m_model->move(QStringLiteral("/FileStore/tables/revenue.csv"),
                  QStringLiteral("/FileStore/tables/archive/revenue.csv"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 3, 10000);
    QVERIFY(!m_model->indexForPath(QStringLiteral("/FileStore/tables/revenue.csv")).isValid());
    QCOMPARE(m_model->rowCount(tables), before);
    const QModelIndex moved = ensure(QStringLiteral("/FileStore/tables/archive/revenue.csv"));
    QVERIFY(moved.isValid());

    m_model->remove(QStringLiteral("/FileStore/tables/archive"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 4, 10000);
    QVERIFY(!m_model->indexForPath(QStringLiteral("/FileStore/tables/archive")).isValid());
    QCOMPARE(m_model->rowCount(tables), before - 1);
    QCOMPARE(reset.size(), 0);
    for (const QList<QVariant> &signal : std::as_const(removed)) {
        if (signal.at(0).toModelIndex() == tables)
            QCOMPARE(signal.at(1).toInt(), signal.at(2).toInt());
    }
    // The workspace agrees.
    QSignalSpy failed(m_model.get(), &DbfsTreeModel::pathFailed);
    m_model->ensurePath(QStringLiteral("/FileStore/tables/archive"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
}

void TestDbfsModels::actionsSayWhatWentWrong()
{
    QVERIFY(ensure(QStringLiteral("/FileStore/tables")).isValid());
    QSignalSpy failed(m_model.get(), &DbfsTreeModel::actionFailed);
    m_model->rename(QStringLiteral("/FileStore/tables/sales.csv"),
                    QStringLiteral("/FileStore/tables/customers.csv"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.first().first().toString().contains(
                 QLatin1String("/FileStore/tables/customers.csv already exists")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(m_model->indexForPath(QStringLiteral("/FileStore/tables/sales.csv")).isValid());

    m_model->move(QStringLiteral("/FileStore/gone.csv"), QStringLiteral("/FileStore/x.csv"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QVERIFY(failed.at(1).first().toString().contains(
        QLatin1String("/FileStore/gone.csv does not exist")));

    m_model->mkdir(QStringLiteral("/FileStore"), QStringLiteral("a/b"));
    QCOMPARE(failed.size(), 3);
    QVERIFY(failed.at(2).first().toString().contains(QLatin1String("not a folder name")));

    m_model->move(QStringLiteral("/FileStore"), QStringLiteral("/FileStore/tables/x"));
    QCOMPARE(failed.size(), 4);
    QVERIFY(failed.at(3).first().toString().contains(QLatin1String("into itself")));

    m_model->remove(QStringLiteral("/"));
    QCOMPARE(failed.size(), 5);
}

void TestDbfsModels::partialDeleteReportsProgress()
{
    m_emulator->setDbfsDeleteBatchSize(5);
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/bulk/files"), 12));
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(ensure(QStringLiteral("/bulk/files")).isValid());
    QCOMPARE(m_model->rowCount(m_model->indexForPath(QStringLiteral("/bulk/files"))), 12);
    QSignalSpy progress(m_model.get(), &DbfsTreeModel::deleteProgress);
    QSignalSpy succeeded(m_model.get(), &DbfsTreeModel::actionSucceeded);
    m_model->remove(QStringLiteral("/bulk/files"));
    QVERIFY(m_model->isDeleting());
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 15000);
    QVERIFY(!m_model->isDeleting());
    QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
    qint64 last = 0;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        QCOMPARE(signal.at(0).toString(), QStringLiteral("/bulk/files"));
        QVERIFY(signal.at(1).toLongLong() >= last);
        last = signal.at(1).toLongLong();
    }
    QVERIFY(last >= 10);
    QVERIFY(!m_model->indexForPath(QStringLiteral("/bulk/files")).isValid());
    QVERIFY(m_model->indexForPath(QStringLiteral("/bulk")).isValid());
}

void TestDbfsModels::disconnectingDuringADeleteStopsItQuietly()
{
    m_emulator->setDbfsDeleteBatchSize(5);
    m_emulator->setLatencyMs(200); // the first delete round is still in flight below
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/bulk/files"), 12));
    QVERIFY(ensure(QStringLiteral("/bulk/files")).isValid());
    QSignalSpy failed(m_model.get(), &DbfsTreeModel::actionFailed);
    QSignalSpy finished(m_model.get(), &DbfsTreeModel::deleteFinished);
    m_model->remove(QStringLiteral("/bulk/files"));
    QVERIFY(m_model->isDeleting());
    m_model->cancelAll();
    QVERIFY(!m_model->isDeleting());
    QTest::qWait(500);
    QCOMPARE(failed.size(), 0); // a cancel is not a failure to report
    QCOMPARE(finished.size(), 0);
}

void TestDbfsModels::malformedListingIsRefusedWhole()
{
    for (const QByteArray &body :
         {QByteArray(R"({"files":[{"path":"/a","is_dir":true,"file_size":0},{"path":5}]})"),
          QByteArray(R"({"files":[{"path":"/a/elsewhere.csv","is_dir":false,"file_size":3}]})"),
          QByteArray(R"({"files":[{"path":"/a","is_dir":true},{"path":"/a","is_dir":true}]})"),
          QByteArray(R"({"files":"nope"})"), QByteArray("not json")}) {
        FakeJsonServer server(body);
        ApiClient api(&m_network, nullptr);
        api.setConnection({QStringLiteral("fake"), server.baseUrl(), kToken, {}});
        api.setRetryPolicy(RetryPolicy::none());
        DbfsClient client(&api);
        DbfsTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        QSignalSpy failed(&model, &DbfsTreeModel::listingFailed);
        QSignalSpy pathFailed(&model, &DbfsTreeModel::pathFailed);
        model.ensurePath(QStringLiteral("/a"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("/"));
        QVERIFY2(failed.first().at(1).toString().startsWith(QLatin1String("Cannot list /:")),
                 qPrintable(failed.first().at(1).toString()));
        QCOMPARE(pathFailed.size(), 1);
        QCOMPARE(model.rowCount(model.rootIndex()), 0);
        QVERIFY(!model.listingError(model.rootIndex()).isEmpty());
        QVERIFY(!model.canFetchMore(model.rootIndex()));
    }
}

void TestDbfsModels::refreshAndCancelAll()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex tables = ensure(QStringLiteral("/FileStore/tables"));
    QVERIFY(tables.isValid());
    const int before = m_model->rowCount(tables);
    // Someone else adds a file; a refresh shows it.
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/FileStore/tables/more"), 1));
    QSignalSpy finished(m_model.get(), &DbfsTreeModel::listingFinished);
    m_model->refresh(tables);
    QVERIFY(m_model->isListing(tables));
    QTRY_VERIFY_WITH_TIMEOUT(finished.contains(QVariantList{QStringLiteral("/FileStore/tables")}),
                             10000);
    QCOMPARE(m_model->rowCount(tables), before + 1);

    // Cancelled listings never land, and can be asked for again.
    m_emulator->setLatencyMs(200);
    m_model->refresh(tables);
    QVERIFY(m_model->isListing(tables));
    m_model->cancelAll();
    QVERIFY(!m_model->isListing(tables));
    QVERIFY(m_model->canFetchMore(tables));
    finished.clear();
    QTest::qWait(400);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_model->rowCount(tables), before + 1);
}

void TestDbfsModels::transferListFollowsTheQueue()
{
    QTemporaryDir local;
    QVERIFY(local.isValid());
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        const QString path = local.filePath(QStringLiteral("up-%1.bin").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200 * 1024 * (i + 1), char('a' + i)));
        files.append(path);
    }
    TransferQueue queue(m_client.get());
    queue.setBlockBytes(64 * 1024);
    TransferListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueue(&queue);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (const QString &file : std::as_const(files))
        QVERIFY(queue.upload(file, QStringLiteral("/tmp/up/") + QFileInfo(file).fileName()) > 0);
    QVERIFY(queue.download(QStringLiteral("/FileStore/tables/sales.csv"),
                           local.filePath(QStringLiteral("sales.csv"))) > 0);
    QCOMPARE(model.rowCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model.index(row, TransferListModel::StateColumn).data().toString(),
                 transferStateName(TransferState::Done));
        QCOMPARE(model.index(row, TransferListModel::ProgressColumn).data().toInt(), 100);
        QCOMPARE(model.index(row, 0).data(TransferListModel::BytesDoneRole).toLongLong(),
                 model.index(row, 0).data(TransferListModel::BytesTotalRole).toLongLong());
    }
    QCOMPARE(model.index(0, TransferListModel::NameColumn).data().toString(),
             QStringLiteral("up-0.bin"));
    QCOMPARE(model.index(0, TransferListModel::DirectionColumn).data().toString(),
             QStringLiteral("Upload"));
    QCOMPARE(model.index(3, TransferListModel::DirectionColumn).data().toString(),
             QStringLiteral("Download"));
    // Each change repaints one row.
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed))
        QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());

    queue.clearFinished();
    QCOMPARE(model.rowCount(), 0);
}

void TestDbfsModels::previewCsvQuotingAndRaggedRows()
{
    const QByteArray csv = "name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\"\r\n\"multi\nline\",x\r\n";
    PreviewContent content = preview::make(csv, QStringLiteral("people.csv"), csv.size());
    QCOMPARE(content.kind, PreviewContent::Kind::Csv);
    QCOMPARE(content.rows.size(), 3);
    QCOMPARE(content.rows.at(1), (QStringList{"Smith, J", "said \"hi\""}));
    QCOMPARE(content.rows.at(2), (QStringList{"multi\nline", "x"}));
    QVERIFY(!content.truncated);
    QVERIFY(content.warning.isEmpty());

    const QByteArray ragged = "a,b,c\n1\n1,2,3,4\n\n";
    content = preview::make(ragged, QStringLiteral("r.csv"), ragged.size());
    QCOMPARE(content.rows.size(), 3);
    QCOMPARE(content.columnCount, 4);
    QCOMPARE(content.rows.at(1), QStringList{"1"});

    const QByteArray unterminated = "a,b\n1,\"oops\n2,3\n";
    content = preview::make(unterminated, QStringLiteral("u.csv"), unterminated.size());
    QCOMPARE(content.kind, PreviewContent::Kind::Csv);
    QCOMPARE(content.rows.size(), 2);
    QCOMPARE(content.rows.at(1).at(1), QStringLiteral("oops\n2,3\n"));
    QVERIFY(content.warning.contains(QLatin1String("line 2")));

    const QByteArray tsv = "a\tb\n1\t\"x\ty\"\n";
    content = preview::make(tsv, QStringLiteral("t.tsv"), tsv.size());
    QCOMPARE(content.delimiter, QChar(u'\t'));
    QCOMPARE(content.rows.at(1), (QStringList{"1", "x\ty"}));

    // No extension: recognised by its content; a .txt never is.
    const QByteArray sniffed = "id,score\n1,0.5\n2,0.7\n";
    QCOMPARE(preview::make(sniffed, QStringLiteral("part-0000"), sniffed.size()).kind,
             PreviewContent::Kind::Csv);
    QCOMPARE(preview::make(sniffed, QStringLiteral("notes.txt"), sniffed.size()).kind,
             PreviewContent::Kind::Text);
    // The last line without a line break belongs to a whole file.
    const QByteArray noFinalBreak = "a,b\n1,2";
    QCOMPARE(preview::make(noFinalBreak, QStringLiteral("n.csv"), 7).rows.size(), 2);
}

void TestDbfsModels::previewCutAtOneMegabyteAndRowCap()
{
    QByteArray head = "id,text\n";
    int line = 0;
    while (head.size() < PreviewContent::kMaxBytes)
        head += QByteArray::number(++line) + ",\"some, quoted text\"\n";
    head.truncate(PreviewContent::kMaxBytes); // cut in the middle of a line
    PreviewContent content =
        preview::make(head, QStringLiteral("big.csv"), 50 * PreviewContent::kMaxBytes);
    QCOMPARE(content.kind, PreviewContent::Kind::Csv);
    QVERIFY(content.truncated);
    QCOMPARE(content.rows.size(), PreviewContent::kMaxRows);
    for (const QStringList &row : std::as_const(content.rows))
        QCOMPARE(row.size(), 2);

    // Under the row cap: the incomplete last line goes, every kept row is whole.
    QByteArray small = "a,b\n";
    for (int i = 0; i < 100; ++i)
        small += "1,\"x\ny\"\n";
    small += "2,\"cut he";
    content = preview::make(small, QStringLiteral("s.csv"), small.size() + 1000);
    QVERIFY(content.truncated);
    QCOMPARE(content.rows.size(), 101);
    QCOMPARE(content.rows.last(), (QStringList{"1", "x\ny"}));
    const preview::CsvResult cut =
        preview::parseCsv(QStringLiteral("a,b\n1,\"open\n"), QLatin1Char(','), true, 10);
    QVERIFY(cut.droppedIncompleteLast);
    QCOMPARE(cut.rows.size(), 1);
}

void TestDbfsModels::previewJsonAndJsonLines()
{
    const QByteArray json = R"({"name":"a","values":[1,2,3]})";
    PreviewContent content = preview::make(json, QStringLiteral("x.json"), json.size());
    QCOMPARE(content.kind, PreviewContent::Kind::Json);
    QVERIFY(content.text.contains(QLatin1String("\n    \"name\": \"a\"")));
    // Not named .json but starts like it and parses.
    QCOMPARE(preview::make(json, QStringLiteral("answer"), json.size()).kind,
             PreviewContent::Kind::Json);

    const QByteArray lines = "{\"a\":1}\n{\"b\":[true]}\n";
    content = preview::make(lines, QStringLiteral("events.json"), lines.size());
    QCOMPARE(content.kind, PreviewContent::Kind::Json);
    QVERIFY(content.text.contains(QLatin1String("\"a\": 1")));
    QVERIFY(content.text.contains(QLatin1String("\"b\": [")));

    const QByteArray truncated = R"({"a": [1, 2)";
    content = preview::make(truncated, QStringLiteral("t.json"), truncated.size());
    QCOMPARE(content.kind, PreviewContent::Kind::Text);
    QCOMPARE(content.text, QString::fromUtf8(truncated));
    QVERIFY(content.warning.startsWith(QLatin1String("Not valid JSON")));

    // A big JSON file cut at 1 MB: shown as text, said so.
    QByteArray big = "[\n";
    while (big.size() < 2000)
        big += "  {\"k\": \"v\"},\n";
    content = preview::make(big, QStringLiteral("big.json"), 10 * big.size());
    QCOMPARE(content.kind, PreviewContent::Kind::Text);
    QVERIFY(content.truncated);
    QVERIFY(!content.warning.isEmpty());

    // Braces that do not parse, in a file not named .json: plain text.
    const QByteArray braces = "{ not json at all";
    QCOMPARE(preview::make(braces, QStringLiteral("notes"), braces.size()).kind,
             PreviewContent::Kind::Text);
}

void TestDbfsModels::previewBinaryAndEncoding()
{
    QVERIFY(preview::looksBinary(QByteArray("abc\0def", 7)));
    QVERIFY(preview::looksBinary(QByteArray("abc\xff\xfe rest")));
    QVERIFY(preview::looksBinary(QByteArray("caf\xc3(")));
    QVERIFY(!preview::looksBinary(QByteArray("café, naïve")));
    // A character cut by the 8 KB sniffing limit is not a broken one.
    QByteArray edge(PreviewContent::kSniffBytes - 1, 'a');
    edge += "\xc3\xa9 and more";
    QVERIFY(!preview::looksBinary(edge));
    // Past the first 8 KB nothing is sniffed.
    QByteArray late(PreviewContent::kSniffBytes + 10, 'a');
    late += '\0';
    QVERIFY(!preview::looksBinary(late));

    const QByteArray zip("PK\x03\x04\x14\0\0\0\x08\0", 10);
    const PreviewContent content = preview::make(zip, QStringLiteral("a.jar"), 12345678);
    QCOMPARE(content.kind, PreviewContent::Kind::Binary);
    QCOMPARE(content.fullSize, 12345678);
    QVERIFY(content.text.isEmpty());
}

void TestDbfsModels::previewRandomBytesNeverCrash()
{
    QRandomGenerator random(20241125);
    const QStringList names{"a.csv", "b.tsv", "c.json", "d.jsonl", "e", "f.txt"};
    const QByteArray alphabet = "ab,\t\"\n\r{}[]:0 \\\xc3\xa9";
    int kinds[4] = {};
    for (int round = 0; round < 2000; ++round) {
        QByteArray data;
        const int size = int(random.bounded(200));
        for (int i = 0; i < size; ++i)
            data += alphabet.at(int(random.bounded(alphabet.size())));
        const QString name = names.at(int(random.bounded(names.size())));
        const PreviewContent content =
            preview::make(data, name, data.size() + qint64(random.bounded(2)) * 10);
        ++kinds[int(content.kind)];
        QVERIFY(content.rows.size() <= PreviewContent::kMaxRows);
        for (const QStringList &row : content.rows)
            QVERIFY(row.size() <= content.columnCount);
    }
    QVERIFY(kinds[int(PreviewContent::Kind::Csv)] > 0);
    QVERIFY(kinds[int(PreviewContent::Kind::Text)] > 0);
}

void TestDbfsModels::previewTableModel()
{
    PreviewTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({{"id", "name", ""}, {"1", "a"}, {"2", "b", "x", "extra"}}, 4);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Column 3"));
    QCOMPARE(model.index(0, 2).data().toString(), QString());
    QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("extra"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDbfsModels)
#include "tst_dbfsmodels.moc"

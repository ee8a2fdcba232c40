// The SQL models, each under QAbstractItemModelTester: the result grid over a chunk cache whose
// chunks come from a small HTTP server (arrival, NULL apart from empty, failed chunks and retry),
// the warehouse list refreshed without resets, and the query history with its filter.
#include "QueryHistory.h"
#include "QueryHistoryModel.h"
#include "ResultChunkCache.h"
#include "ResultTableModel.h"
#include "SpinUntil.h"
#include "SqlClient.h"
#include "WarehouseListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk;

namespace {

const QString kToken = QStringLiteral("sql-models-token");
const QString kStatementId = QStringLiteral("01ef-models-statement");
constexpr int kRowsPerChunk = 2;
constexpr int kChunks = 3;

// Answers GET …/result/chunks/N with rows N*2 and N*2+1: id, a NULL name and an empty note for
// even rows, a name and a note for odd ones; or with `failStatus` for the chunks in `failing`.
class ChunkServer : public QTcpServer
{
public:
    ChunkServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    const QByteArray request = m_buffer.take(socket);
                    answer(socket, QString::fromLatin1(request.left(request.indexOf("\r\n"))));
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    QSet<int> failing;
    int requests = 0;

private:
    void answer(QTcpSocket *socket, const QString &requestLine)
    {
        ++requests;
        static const QRegularExpression chunkPath(QStringLiteral("/result/chunks/(\\d+) "));
        const QRegularExpressionMatch match = chunkPath.match(requestLine);
        int status = 404;
        QByteArray body = R"({"error_code":"NOT_FOUND","message":"no such route"})";
        if (match.hasMatch()) {
            const int chunk = match.captured(1).toInt();
            if (failing.contains(chunk)) {
                status = 500;
                body = R"({"error_code":"INTERNAL_ERROR","message":"chunk store unavailable"})";
            } else {
                QJsonArray rows;
                for (int i = 0; i < kRowsPerChunk; ++i) {
                    const int row = chunk * kRowsPerChunk + i;
                    if (row % 2 == 0)
                        rows.append(QJsonArray{QString::number(row), QJsonValue::Null, ""});
                    else
                        rows.append(
                            QJsonArray{QString::number(row), QString("name %1").arg(row), "note"});
                }
                body = QJsonDocument(QJsonObject{{"chunk_index", chunk},
                                                 {"row_offset", chunk * kRowsPerChunk},
                                                 {"row_count", kRowsPerChunk},
                                                 {"data_array", rows}})
                           .toJson(QJsonDocument::Compact);
                status = 200;
            }
        }
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QHash<QTcpSocket *, QByteArray> m_buffer;
};

ResultManifest manifest()
{
    ResultManifest m;
    m.format = "JSON_ARRAY";
    m.columns = {{"id", 0, "LONG", "BIGINT"},
                 {"name", 1, "STRING", "STRING"},
                 {"note", 2, "STRING", "STRING"}};
    m.totalChunkCount = kChunks;
    m.totalRowCount = kChunks * kRowsPerChunk;
    for (int c = 0; c < kChunks; ++c)
        m.chunks.append({c, qint64(c) * kRowsPerChunk, kRowsPerChunk, 100});
    return m;
}

ResultChunk firstChunk()
{
    ResultChunk chunk(3, kRowsPerChunk);
    chunk.set(0, 0, "0");
    chunk.setNull(0, 1);
    chunk.set(0, 2, "");
    chunk.set(1, 0, "1");
    chunk.set(1, 1, "name 1");
    chunk.set(1, 2, "note");
    return chunk;
}

SqlWarehouse warehouse(const QString &id, const QString &name, const QString &state)
{
    SqlWarehouse w;
    w.id = id;
    w.name = name;
    w.stateId = state;
    w.state = warehouseStateFromId(state);
    w.clusterSize = "Small";
    w.warehouseType = "PRO";
    return w;
}

QueryHistoryEntry entry(const QString &text, const QString &status = "SUCCEEDED")
{
    QueryHistoryEntry e;
    e.text = text;
    e.warehouseId = "wh1";
    e.warehouseName = "Demo Serverless";
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.durationMs = 1500;
    e.rows = status == "SUCCEEDED" ? 100 : -1;
    e.status = status;
    if (status == "FAILED")
        e.errorMessage = "UNRESOLVED_COLUMN: nope";
    return e;
}

QStringList texts(const QueryHistoryModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(QueryHistoryModel::TextRole).toString());
    return list;
}

} // namespace

class TestSqlModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resultRowsArriveChunkByChunkUnderTheTester();
    void nullIsNotAnEmptyString();
    void headersCarryTypes();
    void failedChunkShowsErrorRowsUntilRetried();
    void resultModelOutlivesItsCache();
    void warehouseRefreshDiffsByIdWithoutReset();
    void historyModelFollowsTheHistoryAndItsFilter();
    void historyModelDropsRowsOverTheCap();

private:
    std::unique_ptr<ChunkServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SqlClient> m_client;
};

void TestSqlModels::init()
{
    m_server = std::make_unique<ChunkServer>();
    QVERIFY(m_server->isListening());
    m_api = std::make_unique<ApiClient>(&m_network, nullptr);
    m_api->setConnection({"dev", m_server->baseUrl(), kToken, {}});
    m_api->setRetryPolicy(RetryPolicy::none());
    m_client = std::make_unique<SqlClient>(m_api.get());
}

void TestSqlModels::cleanup()
{
    m_client.reset();
    m_api.reset();
    m_server.reset();
}

void TestSqlModels::resultRowsArriveChunkByChunkUnderTheTester()
{
    ResultChunkCache cache(m_client.get(), kStatementId, manifest(), firstChunk());
    ResultTableModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), kChunks * kRowsPerChunk);
    QCOMPARE(model.columnCount(), 3);
    // The inline chunk is there at once.
    QCOMPARE(model.index(1, 1).data().toString(), QString("name 1"));
    QCOMPARE(model.index(1, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(1, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignLeft | Qt::AlignVCenter);
    QVERIFY(model.index(1, 0).data(ResultTableModel::IsNumericRole).toBool());

    // A row further down shows the placeholder while its chunk is fetched, then its values.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex far = model.index(4, 1);
    QCOMPARE(far.data().toString(), ResultTableModel::loadingText());
    QVERIFY(far.data(ResultTableModel::IsLoadingRole).toBool());
    QVERIFY(!far.data(ResultTableModel::IsNullRole).toBool());
    QVERIFY(!far.data(ResultTableModel::RawValueRole).isValid());
    QVERIFY(spinUntil([&] { return !far.data(ResultTableModel::IsLoadingRole).toBool(); }));
    bool saidRows4And5 = false;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        saidRows4And5 |= topLeft.row() == 4 && bottomRight.row() == 5 && topLeft.column() == 0 &&
                         bottomRight.column() == 2;
    }
    QVERIFY(saidRows4And5);
    QCOMPARE(model.index(4, 0).data().toString(), QString("4"));
    QCOMPARE(model.index(5, 1).data().toString(), QString("name 5"));
    QCOMPARE(model.index(5, 2).data(ResultTableModel::RawValueRole).toString(), QString("note"));
    // Chunk 1 was not asked for yet: one fetch so far, and a placeholder until it is.
    QCOMPARE(cache.fetchCount(), 1);
    QCOMPARE(model.index(2, 0).data().toString(), ResultTableModel::loadingText());
    QVERIFY(spinUntil([&] { return model.index(2, 0).data().toString() == "2"; }));
    QCOMPARE(cache.fetchCount(), 2);
    QCOMPARE(cache.loadedChunkCount(), 3);
}

void TestSqlModels::nullIsNotAnEmptyString()
{
    ResultChunkCache cache(m_client.get(), kStatementId, manifest(), firstChunk());
    ResultTableModel model(&cache);
    const QModelIndex null = model.index(0, 1);
    const QModelIndex empty = model.index(0, 2);
    QCOMPARE(null.data().toString(), QString("NULL"));
    QVERIFY(null.data(ResultTableModel::IsNullRole).toBool());
    QVERIFY(null.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(null.data(Qt::ForegroundRole).value<QColor>(), QColor(0x9e, 0x9e, 0x9e));
    QVERIFY(!null.data(ResultTableModel::RawValueRole).isValid());

    QCOMPARE(empty.data().toString(), QString(""));
    QVERIFY(empty.data().isValid());
    QVERIFY(!empty.data(ResultTableModel::IsNullRole).toBool());
    QVERIFY(!empty.data(Qt::FontRole).isValid());
    QVERIFY(!empty.data(Qt::ForegroundRole).isValid());
    QVERIFY(empty.data(ResultTableModel::RawValueRole).isValid());
    QCOMPARE(empty.data(ResultTableModel::RawValueRole).toString(), QString(""));
    // The same in a chunk fetched over HTTP.
    const QModelIndex fetched = model.index(2, 1);
    fetched.data();
    QVERIFY(spinUntil([&] { return !fetched.data(ResultTableModel::IsLoadingRole).toBool(); }));
    QVERIFY(fetched.data(ResultTableModel::IsNullRole).toBool());
    QVERIFY(!model.index(2, 2).data(ResultTableModel::IsNullRole).toBool());
    QCOMPARE(model.index(2, 2).data().toString(), QString(""));
}

void TestSqlModels::headersCarryTypes()
{
    ResultChunkCache cache(m_client.get(), kStatementId, manifest(), firstChunk());
    ResultTableModel model(&cache);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QString("id\nBIGINT"));
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QString("id: BIGINT"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, ResultTableModel::ColumnTypeRole).toString(),
             QString("STRING"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, ResultTableModel::ColumnNameRole).toString(),
             QString("name"));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setTypesInHeader(false);
    QCOMPARE(header.size(), 1);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QString("id"));
    QCOMPARE(model.headerData(3, Qt::Vertical).toInt(), 4); // rows count from 1
}

void TestSqlModels::failedChunkShowsErrorRowsUntilRetried()
{
    m_server->failing = {1};
    ResultChunkCache cache(m_client.get(), kStatementId, manifest(), firstChunk());
    ResultTableModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&cache, &ResultChunkCache::chunkFailed);
    const QModelIndex row2 = model.index(2, 0);
    row2.data();
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    QVERIFY(row2.data(ResultTableModel::IsErrorRole).toBool());
    QVERIFY(model.index(3, 2).data(ResultTableModel::IsErrorRole).toBool());
    QVERIFY(!model.index(4, 0).data(ResultTableModel::IsErrorRole).toBool());
    const QString error = row2.data(ResultTableModel::ErrorRole).toString();
    QVERIFY2(error.contains("500") && error.contains("chunk store unavailable"), qPrintable(error));
    QCOMPARE(row2.data(Qt::ToolTipRole).toString(), error);
    QVERIFY(row2.data().toString().contains("retry"));
    QCOMPARE(model.index(2, 1).data().toString(), QString());
    // Asking again does not fetch again by itself.
    const int fetches = cache.fetchCount();
    row2.data();
    QCOMPARE(cache.fetchCount(), fetches);
    // Retry once the server is well again.
    m_server->failing.clear();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retry(2);
    QVERIFY(!changed.isEmpty()); // back to "…"
    QVERIFY(row2.data(ResultTableModel::IsLoadingRole).toBool() || row2.data().toString() == "2");
    QVERIFY(spinUntil([&] { return row2.data().toString() == "2"; }));
    QVERIFY(!row2.data(ResultTableModel::IsErrorRole).toBool());
    QCOMPARE(model.index(3, 1).data().toString(), QString("name 3"));
}

void TestSqlModels::resultModelOutlivesItsCache()
{
    auto cache =
        std::make_unique<ResultChunkCache>(m_client.get(), kStatementId, manifest(), firstChunk());
    ResultTableModel model(cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    cache.reset();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestSqlModels::warehouseRefreshDiffsByIdWithoutReset()
{
    WarehouseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setWarehouses({warehouse("a1", "Demo Serverless", "RUNNING"),
                         warehouse("b2", "Reporting (Pro)", "STOPPED")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.index(0).data().toString(), QString("Demo Serverless — Running"));
    QCOMPARE(model.index(1).data().toString(), QString("Reporting (Pro) — Stopped"));
    QCOMPARE(model.index(1).data(WarehouseListModel::IdRole).toString(), QString("b2"));
    QCOMPARE(model.index(1).data(WarehouseListModel::StateIdRole).toString(), QString("STOPPED"));
    QCOMPARE(model.index(1).data(WarehouseListModel::StateRole).toInt(),
             int(WarehouseState::Stopped));
    QVERIFY(model.index(0).data(WarehouseListModel::IsRunningRole).toBool());
    QVERIFY(!model.index(1).data(WarehouseListModel::IsRunningRole).toBool());
    QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains("Size: Small"));
    QVERIFY(WarehouseListModel::stateColour(WarehouseState::Running) !=
            WarehouseListModel::stateColour(WarehouseState::Stopped));
    QVERIFY(WarehouseListModel::stateColour(WarehouseState::Starting) !=
            WarehouseListModel::stateColour(WarehouseState::Running));

    // The same list again changes nothing; a changed state is one dataChanged for its row.
    model.setWarehouses({warehouse("a1", "Demo Serverless", "RUNNING"),
                         warehouse("b2", "Reporting (Pro)", "STOPPED")});
    QCOMPARE(changed.size(), 0);
    model.setWarehouses({warehouse("a1", "Demo Serverless", "RUNNING"),
                         warehouse("b2", "Reporting (Pro)", "STARTING")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1).data().toString(), QString("Reporting (Pro) — Starting"));
    // A poll of one warehouse.
    QVERIFY(model.updateWarehouse(warehouse("b2", "Reporting (Pro)", "RUNNING")));
    QVERIFY(!model.updateWarehouse(warehouse("zz", "Elsewhere", "RUNNING")));
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.index(1).data(WarehouseListModel::IsRunningRole).toBool());
    // One goes, one comes: rows removed and appended, the rest keep their place.
    model.setWarehouses(
        {warehouse("c3", "New", "STOPPED"), warehouse("b2", "Reporting (Pro)", "RUNNING")});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(WarehouseListModel::IdRole).toString(), QString("b2"));
    QCOMPARE(model.index(1).data(WarehouseListModel::IdRole).toString(), QString("c3"));
    QCOMPARE(model.rowOfId("c3"), 1);
    QCOMPARE(model.warehouse("b2")->name, QString("Reporting (Pro)"));
    QCOMPARE(reset.size(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestSqlModels::historyModelFollowsTheHistoryAndItsFilter()
{
    QTemporaryDir dir;
    QueryHistory history("dev", dir.path());
    history.add(entry("SELECT * FROM demo.trips"));
    history.add(entry("SELECT nope FROM demo.orders", "FAILED"));
    QueryHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setHistory(&history);
    QCOMPARE(texts(model),
             (QStringList{"SELECT nope FROM demo.orders", "SELECT * FROM demo.trips"}));
    const QModelIndex failed = model.index(0, 0);
    QCOMPARE(failed.data(QueryHistoryModel::StatusRole).toString(), QString("FAILED"));
    QCOMPARE(failed.data(QueryHistoryModel::RowsRole).toLongLong(), -1);
    QCOMPARE(failed.data(QueryHistoryModel::ErrorRole).toString(),
             QString("UNRESOLVED_COLUMN: nope"));
    QVERIFY(failed.data(Qt::ToolTipRole).toString().contains("UNRESOLVED_COLUMN"));
    const QString display = model.index(1, 0).data().toString();
    QVERIFY2(display.startsWith("SELECT * FROM demo.trips\n"), qPrintable(display));
    QVERIFY2(display.contains("Demo Serverless") && display.contains("1.5 s") &&
                 display.contains("100 rows"),
             qPrintable(display));
    QVERIFY(!display.contains("Succeeded")); // the icon says it
    QVERIFY(failed.data().toString().contains("Failed"));
    QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(1, 0).data(QueryHistoryModel::HistoryIndexRole).toInt(), 1);

    // A filter; entries added while it is on appear only when they match.
    model.setFilterText("TRIPS");
    QCOMPARE(texts(model), QStringList{"SELECT * FROM demo.trips"});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    history.add(entry("SELECT 1"));
    QCOMPARE(inserted.size(), 0);
    history.add(entry("SELECT count(*) FROM demo.trips"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(texts(model),
             (QStringList{"SELECT count(*) FROM demo.trips", "SELECT * FROM demo.trips"}));
    QCOMPARE(model.index(1, 0).data(QueryHistoryModel::HistoryIndexRole).toInt(), 3);
    QCOMPARE(model.entryAt(1)->text, QString("SELECT * FROM demo.trips"));
    // Removing an entry shifts the rest.
    history.remove(0);
    QCOMPARE(texts(model), QStringList{"SELECT * FROM demo.trips"});
    QCOMPARE(model.index(0, 0).data(QueryHistoryModel::HistoryIndexRole).toInt(), 2);
    model.setFilterText("");
    QCOMPARE(texts(model),
             (QStringList{"SELECT 1", "SELECT nope FROM demo.orders", "SELECT * FROM demo.trips"}));
    history.clear();
    QCOMPARE(model.rowCount(), 0);
    // A statement over several lines shows as one, without its leading comment.
    history.add(entry("-- the count\nSELECT a,\n       b\n  FROM t"));
    QCOMPARE(model.index(0, 0).data().toString().section('\n', 0, 0),
             QString("SELECT a, b FROM t"));
    QCOMPARE(QueryHistoryModel::durationText(412), QString("412 ms"));
    QCOMPARE(QueryHistoryModel::durationText(125000), QString("2 min 05 s"));
}

void TestSqlModels::historyModelDropsRowsOverTheCap()
{
    QTemporaryDir dir;
    QueryHistory history("dev", dir.path());
    for (int i = 0; i < QueryHistory::kMaxEntries; ++i)
        history.add(entry(QString("SELECT %1").arg(i)));
    QueryHistoryModel model;
    model.setHistory(&history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), QueryHistory::kMaxEntries);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    history.add(entry("SELECT newest"));
    QCOMPARE(model.rowCount(), QueryHistory::kMaxEntries);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.index(0, 0).data(QueryHistoryModel::TextRole).toString(),
             QString("SELECT newest"));
    QCOMPARE(
        model.index(QueryHistory::kMaxEntries - 1, 0).data(QueryHistoryModel::TextRole).toString(),
        QString("SELECT 1"));
    // With a filter the dropped entry may not be shown at all.
    model.setFilterText("newest");
    removed.clear();
    history.add(entry("SELECT another"));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(texts(model), QStringList{"SELECT newest"});
    history.flush();
}

QTEST_MAIN(TestSqlModels)
#include "tst_sqlmodels.moc"

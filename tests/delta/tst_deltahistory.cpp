// The Delta history as users see it: every upstream table (../shared/testdata/delta, unmodified)
// read from its local folder and from the emulator's DBFS over HTTP and checked against
// MANIFEST.tsv; paging newest first with bounded parallel reads; DESCRIBE HISTORY's timestamps;
// schema and protocol at a version; broken logs that still show their history.
#include "ApiClient.h"
#include "DbfsClient.h"
#include "DbfsDeltaLogSource.h"
#include "DeltaHistory.h"
#include "DeltaTestData.h"
#include "EmulatorOptionsFor.h"
#include "LocalDeltaLogSource.h"
#include "RetryPolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using namespace deltatestdata;

namespace {

const QString kToken = QStringLiteral("delta-history-test-token");

QString commitName(qint64 version)
{
    return QStringLiteral("%1.json").arg(version, 20, 10, QLatin1Char('0'));
}

QByteArray commitInfoLine(const QString &operation, qint64 timestampMs = 1700000000000)
{
    return QByteArray(R"J({"commitInfo":{"timestamp":)J") + QByteArray::number(timestampMs) +
           R"J(,"operation":")J" + operation.toUtf8() + R"J(","operationParameters":{}}})J";
}

const QByteArray kProtocolLine = R"J({"protocol":{"minReaderVersion":1,"minWriterVersion":2}})J";
// Built, not written out: moc misreads backslashes inside raw string literals.
const QByteArray kMetaDataLine = [] {
    const QJsonObject schema{
        {"type", "struct"},
        {"fields",
         QJsonArray{QJsonObject{
             {"name", "id"}, {"type", "long"}, {"nullable", true}, {"metadata", QJsonObject{}}}}}};
    const QJsonObject metaData{
        {"id", "t"},
        {"format", QJsonObject{{"provider", "parquet"}, {"options", QJsonObject{}}}},
        {"schemaString", QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact))},
        {"partitionColumns", QJsonArray{}},
        {"configuration", QJsonObject{}}};
    return QJsonDocument(QJsonObject{{"metaData", metaData}}).toJson(QJsonDocument::Compact);
}();

// A local table folder written by the test.
class LocalTable
{
public:
    LocalTable() { QDir(m_dir.path()).mkpath(QStringLiteral("_delta_log")); }
    QString path() const { return m_dir.path(); }
    QString logFile(const QString &name) const
    {
        return m_dir.path() + QStringLiteral("/_delta_log/") + name;
    }
    void write(const QString &name, const QByteArray &content,
               const QDateTime &modified = QDateTime())
    {
        QFile file(logFile(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        QVERIFY(file.flush()); // a write after setFileTime would move the time again
        if (modified.isValid())
            QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    void writeCommit(qint64 version, const QByteArray &content,
                     const QDateTime &modified = QDateTime())
    {
        write(commitName(version), content, modified);
    }
    // `count` commits: version 0 creates the table, the others append.
    void writeCommits(int count)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int v = 0; v < count; ++v)
            writeCommit(
                v,
                (v == 0 ? kProtocolLine + '\n' + kMetaDataLine + '\n' : QByteArray()) +
                    commitInfoLine(v == 0 ? QStringLiteral("CREATE TABLE")
                                          : QStringLiteral("WRITE")) +
                    '\n' + R"J({"add":{"path":"part-)J" + QByteArray::number(v) +
                    R"J(.parquet","partitionValues":{},"size":100,"modificationTime":1,"dataChange":true}})J" +
                    '\n',
                start.addSecs(v * 60));
    }

private:
    QTemporaryDir m_dir;
};

// Counts the reads in flight, to see the bound hold.
class CountingSource : public LocalDeltaLogSource
{
public:
    using LocalDeltaLogSource::LocalDeltaLogSource;
    int inFlight = 0;
    int mostInFlight = 0;
    int reads = 0;
    void readLogFile(const QString &name, qint64 size, ReadHandler handler) override
    {
        ++reads;
        mostInFlight = std::max(mostInFlight, ++inFlight);
        LocalDeltaLogSource::readLogFile(
            name, size,
            [this, handler](const std::optional<QByteArray> &content, const QString &error) {
                --inFlight;
                handler(content, error);
            });
    }
};

bool waitOpened(DeltaHistory &history)
{
    QSignalSpy opened(&history, &DeltaHistory::opened);
    QSignalSpy failed(&history, &DeltaHistory::openFailed);
    history.open();
    return QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 30000) &&
           !opened.isEmpty();
}

bool waitIdle(DeltaHistory &history)
{
    return QTest::qWaitFor([&] { return !history.isBusy(); }, 60000);
}

std::optional<DeltaTableState> waitState(DeltaHistory &history, qint64 version)
{
    history.requestState(version);
    if (!QTest::qWaitFor([&] { return history.stateAt(version).has_value(); }, 60000))
        return std::nullopt;
    return history.stateAt(version);
}

} // namespace

class TestDeltaHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyUpstreamTable_data();
    void everyUpstreamTable();
    void firstPageIsTheNewestFiftyAndOlderRowsComeOnDemand();
    void readsRunInParallelWithinTheBound();
    void timestampsAreMonotonisedFileTimesOrInCommitTimestamps();
    void aBrokenCommitIsAWarningOnThatVersionOnly();
    void missingVersionsAndABadLastCheckpointAreTableWarnings();
    void unknownTableFeaturesAreAWarning();
    void stateWalksBackToTheNearestMetaData();
    void stateComesFromAChecksumFileWhenThereIsOne();
    void stateSaysWhyItIsUnknown();
    void typeWideningShowsAsATypeChange();
    void noDeltaLogIsAClearError();
    void cancelStopsEveryRead();
    void dbfsReadsFilesOfAndAroundAMegabyte();
    void openAgainWhileReadingStartsOver();
    void aStateWalkSaysWhatItCouldNotSee();
    void aV2CheckpointIsChosenOverAClassicOneAtTheSameVersion();
    void anIncompleteMultiPartCheckpointIsNotUsed();
    void aLargeChecksumIsReadOffTheGuiThread();

private:
    DeltaHistory *dbfsHistory(const QString &table);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DbfsClient> m_dbfs;
};

void TestDeltaHistory::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(
        emulatorOptionsFor(kToken, emulator::Seed::Empty));
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("delta"), m_emulator->baseUrl(), kToken, {}});
    m_dbfs = std::make_unique<DbfsClient>(m_client.get());
}

void TestDeltaHistory::cleanup()
{
    m_dbfs.reset();
    m_client.reset();
    m_emulator.reset();
}

// Puts the upstream table's `_delta_log` into the emulator's DBFS at /delta/<table>, file by
// file, keeping each file's modification time.
DeltaHistory *TestDeltaHistory::dbfsHistory(const QString &table)
{
    const QString source = tableDir(table) + QStringLiteral("/_delta_log");
    const QString target = m_emulator->dbfsRootPath() + QStringLiteral("/delta/") + table +
                           QStringLiteral("/_delta_log");
    if (!QDir().mkpath(target + QStringLiteral("/_sidecars")))
        return nullptr;
    const QStringList names = QDir(source).entryList(QDir::Files | QDir::Hidden);
    QStringList sidecars = QDir(source + QStringLiteral("/_sidecars")).entryList(QDir::Files);
    for (const QString &name : sidecars)
        QFile::copy(source + QStringLiteral("/_sidecars/") + name,
                    target + QStringLiteral("/_sidecars/") + name);
    for (const QString &name : names) {
        if (!QFile::copy(source + QLatin1Char('/') + name, target + QLatin1Char('/') + name))
            return nullptr;
        QFile copy(target + QLatin1Char('/') + name);
        if (!copy.open(QIODevice::ReadWrite) ||
            !copy.setFileTime(QFileInfo(source + QLatin1Char('/') + name).lastModified(),
                              QFileDevice::FileModificationTime))
            return nullptr;
    }
    return new DeltaHistory(new DbfsDeltaLogSource(m_dbfs.get(), QStringLiteral("/delta/") + table),
                            this);
}

void TestDeltaHistory::everyUpstreamTable_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("throughDbfs");
    const QList<ManifestRow> rows = manifest();
    QVERIFY(rows.size() >= 14);
    for (int i = 0; i < rows.size(); ++i) {
        QTest::newRow(qPrintable(QStringLiteral("local ") + rows.at(i).table)) << i << false;
        QTest::newRow(qPrintable(QStringLiteral("dbfs ") + rows.at(i).table)) << i << true;
    }
}

void TestDeltaHistory::everyUpstreamTable()
{
    QFETCH(int, row);
    QFETCH(bool, throughDbfs);
    const ManifestRow expected = manifest().at(row);
    std::unique_ptr<DeltaHistory> history(
        throughDbfs ? dbfsHistory(expected.table)
                    : new DeltaHistory(new LocalDeltaLogSource(tableDir(expected.table))));
    QVERIFY(history);
    QVERIFY2(waitOpened(*history), qPrintable(history->openError()));
    QCOMPARE(history->commitCount(), expected.commitFiles);
    QCOMPARE(history->latestVersion(), expected.maxVersion);
    QCOMPARE(history->earliestVersion(), expected.minVersion);
    history->loadAll();
    QVERIFY(waitIdle(*history));
    QCOMPARE(history->loadedCount(), expected.commitFiles);
    QCOMPARE(history->entryAt(0).version, expected.maxVersion);
    QCOMPARE(history->entryAt(history->loadedCount() - 1).version, expected.minVersion);

    QStringList operations; // in order of first appearance, oldest first
    for (int r = history->loadedCount() - 1; r >= 0; --r) {
        const DeltaHistoryEntry &entry = history->entryAt(r);
        QVERIFY2(entry.readError.isEmpty(), qPrintable(entry.readError));
        QVERIFY2(entry.commit.hasCommitInfo, qPrintable(QString::number(entry.version)));
        if (!operations.contains(entry.commit.operation))
            operations.append(entry.commit.operation);
        if (r > 0) {
            QVERIFY(history->entryAt(r - 1).version > entry.version);
            QVERIFY2(history->entryAt(r - 1).timestamp > entry.timestamp,
                     qPrintable(QStringLiteral("version %1").arg(entry.version)));
        }
    }
    QCOMPARE(operations, expected.operations);
    QVERIFY2(history->tableWarnings().isEmpty(),
             qPrintable(history->tableWarnings().join(QStringLiteral("; "))));

    // The schema at the latest version: from the newest metaData among the commit files, or,
    // for a table whose early commits are gone, from its checkpoint.
    const std::optional<DeltaTableState> state = waitState(*history, expected.maxVersion);
    QVERIFY(state);
    QVERIFY2(state->schema, qPrintable(state->problems.join(QStringLiteral("; "))));
    QVERIFY2(state->protocol, qPrintable(state->problems.join(QStringLiteral("; "))));
    QStringList columns;
    for (const DeltaColumn &column : state->schema->columns)
        if (column.depth == 0)
            columns.append(column.name);
    const QStringList fromCommits = newestCommitColumns(expected.table);
    if (!fromCommits.isEmpty()) {
        QCOMPARE(columns, fromCommits);
    } else {
        QCOMPARE(expected.table, QStringLiteral("checkpoint-cdf-table"));
        QVERIFY2(state->schemaSource.startsWith(QStringLiteral("checkpoint ")),
                 qPrintable(state->schemaSource));
        QVERIFY(!columns.isEmpty());
    }
}

void TestDeltaHistory::firstPageIsTheNewestFiftyAndOlderRowsComeOnDemand()
{
    LocalTable table;
    table.writeCommits(120);
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QSignalSpy loaded(&history, &DeltaHistory::rowsLoaded);
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), DeltaHistory::kPageSize);
    QCOMPARE(history.entryAt(0).version, 119);
    QCOMPARE(history.entryAt(49).version, 70);
    QVERIFY(history.canLoadMore());
    QCOMPARE(history.rowOfVersion(70), 49);
    QCOMPARE(history.rowOfVersion(69), -1); // not loaded yet
    history.loadMore();
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), 100);
    history.loadAll();
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), 120);
    QVERIFY(!history.canLoadMore());
    // Rows arrive in order, each batch right after the previous one.
    int next = 0;
    for (const QList<QVariant> &signal : loaded) {
        QCOMPARE(signal.at(0).toInt(), next);
        next += signal.at(1).toInt();
    }
    QCOMPARE(next, 120);
}

void TestDeltaHistory::readsRunInParallelWithinTheBound()
{
    LocalTable table;
    table.writeCommits(200);
    auto *source = new CountingSource(table.path());
    DeltaHistory history(source);
    QVERIFY(waitOpened(history));
    history.loadAll();
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), 200);
    QCOMPARE(source->reads, 200); // each commit read once
    QVERIFY2(source->mostInFlight > 1, qPrintable(QString::number(source->mostInFlight)));
    QVERIFY2(source->mostInFlight <= source->parallelReads(),
             qPrintable(QString::number(source->mostInFlight)));
}

void TestDeltaHistory::timestampsAreMonotonisedFileTimesOrInCommitTimestamps()
{
    LocalTable table;
    const QDateTime same = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    table.writeCommit(0,
                      kProtocolLine + '\n' + kMetaDataLine + '\n' +
                          commitInfoLine(QStringLiteral("CREATE TABLE"), 5),
                      same);
    table.writeCommit(1, commitInfoLine(QStringLiteral("WRITE"), 6), same);
    table.writeCommit(2, commitInfoLine(QStringLiteral("WRITE"), 7), same.addSecs(-60));
    table.writeCommit(
        3,
        R"J({"commitInfo":{"timestamp":8,"inCommitTimestamp":1800000000000,"operation":"WRITE"}})J",
        same);
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), 4);
    const qint64 base = same.toMSecsSinceEpoch();
    QCOMPARE(history.entryAt(3).timestamp.toMSecsSinceEpoch(), base);
    QCOMPARE(history.entryAt(2).timestamp.toMSecsSinceEpoch(), base + 1); // same file time
    QCOMPARE(history.entryAt(1).timestamp.toMSecsSinceEpoch(), base + 2); // earlier file time
    QVERIFY(!history.entryAt(1).timestampFromInCommit);
    QCOMPARE(history.entryAt(0).timestamp.toMSecsSinceEpoch(), 1800000000000);
    QVERIFY(history.entryAt(0).timestampFromInCommit);
    // commitInfo.timestamp stays beside it, as written.
    QCOMPARE(history.entryAt(2).commit.commitInfoTimestamp.toMSecsSinceEpoch(), 6);
    QCOMPARE(history.entryAt(2).fileModified.toMSecsSinceEpoch(), base);
}

void TestDeltaHistory::aBrokenCommitIsAWarningOnThatVersionOnly()
{
    LocalTable table;
    table.writeCommits(4);
    table.writeCommit(1, commitInfoLine(QStringLiteral("WRITE")) + "\n{\"add\":{\"path\":\"x");
    table.writeCommit(2, R"J({"frobnicate":{}})J"
                         "\n" +
                             commitInfoLine(QStringLiteral("MERGE")));
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), 4);
    QVERIFY(history.entryAt(0).warnings().isEmpty());
    QCOMPARE(history.entryAt(1).commit.operation, QStringLiteral("MERGE"));
    QCOMPARE(history.entryAt(1).warnings(), QStringList{"line 1: unknown action 'frobnicate'"});
    QCOMPARE(history.entryAt(2).commit.operation, QStringLiteral("WRITE"));
    QCOMPARE(history.entryAt(2).warnings().size(), 1);
    QVERIFY2(history.entryAt(2).warnings().first().startsWith("line 2: not a JSON object"),
             qPrintable(history.entryAt(2).warnings().first()));
    QVERIFY(history.entryAt(3).warnings().isEmpty());

    // A commit without commitInfo is a row with a warning, not a hole.
    table.writeCommit(4, kProtocolLine);
    DeltaHistory again(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(again));
    QVERIFY(waitIdle(again));
    QCOMPARE(again.loadedCount(), 5);
    QVERIFY(!again.entryAt(0).commit.hasCommitInfo);
    QVERIFY(again.entryAt(0).warnings().first().contains("no commitInfo"));
}

void TestDeltaHistory::missingVersionsAndABadLastCheckpointAreTableWarnings()
{
    LocalTable table;
    table.writeCommits(8);
    QVERIFY(QFile::remove(table.logFile(commitName(3))));
    QVERIFY(QFile::remove(table.logFile(commitName(4))));
    table.write(QStringLiteral("_last_checkpoint"), R"J({"version":6,"size":3})J");
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), 6);
    QCOMPARE(history.tableWarnings(),
             (QStringList{"versions 3–4 missing from the log: the history skips them",
                          "_last_checkpoint names a checkpoint at version 6, but the log has no "
                          "complete checkpoint for it"}));
    QCOMPARE(history.previousVersion(5), 2);

    table.write(QStringLiteral("_last_checkpoint"), "{\"version\":");
    DeltaHistory again(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(again));
    QVERIFY(waitIdle(again));
    QCOMPARE(again.tableWarnings().size(), 2);
    QCOMPARE(again.tableWarnings().at(1), QStringLiteral("_last_checkpoint: not a JSON object"));
}

void TestDeltaHistory::unknownTableFeaturesAreAWarning()
{
    LocalTable table;
    table.writeCommits(2);
    table.writeCommit(
        2,
        R"J({"protocol":{"minReaderVersion":3,"minWriterVersion":7,"readerFeatures":["deletionVectors"],"writerFeatures":["deletionVectors","quantumIndexes"]}})J"
        "\n" +
            commitInfoLine(QStringLiteral("UPGRADE PROTOCOL")));
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QCOMPARE(history.entryAt(0).warnings().size(), 1);
    QVERIFY2(
        history.entryAt(0).warnings().first().startsWith("unknown table features quantumIndexes"),
        qPrintable(history.entryAt(0).warnings().first()));
    const std::optional<DeltaTableState> state = waitState(history, 2);
    QVERIFY(state && state->protocol);
    QCOMPARE(state->protocolVersion, 2);
    QCOMPARE(state->protocol->effectiveFeatures(),
             (QStringList{"deletionVectors", "quantumIndexes"}));
    QCOMPARE(state->schemaVersion, 0);
}

void TestDeltaHistory::stateWalksBackToTheNearestMetaData()
{
    LocalTable table;
    table.writeCommits(130);
    auto *source = new CountingSource(table.path());
    DeltaHistory history(source);
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), 50);
    const std::optional<DeltaTableState> state = waitState(history, 129);
    QVERIFY(state);
    QVERIFY(state->problems.isEmpty());
    QCOMPARE(state->schemaVersion, 0);
    QCOMPARE(state->schemaSource, QStringLiteral("commit 0"));
    QCOMPARE(state->protocolVersion, 0);
    QCOMPARE(state->schema->columns.size(), 1);
    QCOMPARE(state->schema->columns.first().path, QStringLiteral("id"));
    QCOMPARE(source->reads, 130);        // every commit once, the displayed ones not again
    QCOMPARE(history.loadedCount(), 50); // the walk does not add rows nobody asked for
    // Once known, a state below it is answered from what is known.
    const int readsBefore = source->reads;
    QVERIFY(waitState(history, 100));
    QCOMPARE(source->reads, readsBefore);
}

void TestDeltaHistory::stateComesFromAChecksumFileWhenThereIsOne()
{
    auto *source =
        new CountingSource(tableDir("commit-info-containing-arbitrary-operationParams-types"));
    DeltaHistory history(source);
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    const int readsBefore = source->reads;
    const std::optional<DeltaTableState> state = waitState(history, 2);
    QVERIFY(state && state->schema && state->protocol);
    QCOMPARE(state->schemaSource, QStringLiteral("checksum 2"));
    QCOMPARE(source->reads, readsBefore + 1);
    QCOMPARE(state->schema->partitionColumns, QStringList{"month"});
}

void TestDeltaHistory::stateSaysWhyItIsUnknown()
{
    LocalTable table;
    for (int v = 5; v < 8; ++v)
        table.writeCommit(v, commitInfoLine(QStringLiteral("WRITE")));
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    const std::optional<DeltaTableState> state = waitState(history, 7);
    QVERIFY(state);
    QVERIFY(!state->schema);
    QCOMPARE(state->problems.first(),
             QStringLiteral("no commit, checksum or checkpoint at or before version 7 holds the "
                            "table's metadata (the log starts at version 5)"));

    // A checkpoint that is not Parquet: the state says so.
    table.write(QStringLiteral("00000000000000000005.checkpoint.parquet"), "not parquet at all");
    DeltaHistory again(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(again));
    const std::optional<DeltaTableState> unread = waitState(again, 7);
    QVERIFY(unread && !unread->schema);
    QVERIFY2(unread->problems.first().startsWith("checkpoint 5 could not be read: "),
             qPrintable(unread->problems.first()));
}

void TestDeltaHistory::typeWideningShowsAsATypeChange()
{
    DeltaHistory history(new LocalDeltaLogSource(tableDir("type-widening")));
    QVERIFY(waitOpened(history));
    const std::optional<DeltaTableState> before = waitState(history, 1);
    const std::optional<DeltaTableState> after = waitState(history, 2);
    QVERIFY(before && before->schema && after && after->schema);
    QCOMPARE(before->protocol->minReaderVersion, 3);
    QVERIFY(before->protocol->effectiveFeatures().contains("typeWidening-preview"));
    const QList<DeltaSchemaChange> changes = diffDeltaSchemas(*before->schema, *after->schema);
    QVERIFY(!changes.isEmpty());
    const DeltaSchemaChange &first = changes.first();
    QCOMPARE(first.kind, DeltaSchemaChange::Kind::TypeChanged);
    QCOMPARE(first.path, QStringLiteral("byte_long"));
    QCOMPARE(first.before, QStringLiteral("byte"));
    QCOMPARE(first.after, QStringLiteral("long"));
}

void TestDeltaHistory::noDeltaLogIsAClearError()
{
    QTemporaryDir plain;
    DeltaHistory history(new LocalDeltaLogSource(plain.path()));
    QSignalSpy failed(&history, &DeltaHistory::openFailed);
    QVERIFY(!waitOpened(history));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(),
             plain.path() + " has no _delta_log folder: it is not a Delta table");

    QDir(plain.path()).mkpath("_delta_log");
    DeltaHistory empty(new LocalDeltaLogSource(plain.path()));
    QVERIFY(!waitOpened(empty));
    QVERIFY(empty.openError().contains("holds no commit files"));

    // Through DBFS: the service's 404 becomes the same sentence.
    DeltaHistory remote(new DbfsDeltaLogSource(m_dbfs.get(), "/nowhere"));
    QVERIFY(!waitOpened(remote));
    QCOMPARE(remote.openError(),
             QStringLiteral("dbfs:/nowhere has no _delta_log folder: it is not a Delta table"));
}

void TestDeltaHistory::cancelStopsEveryRead()
{
    LocalTable table;
    table.writeCommits(300);
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    history.loadAll();
    history.cancel();
    QVERIFY(!history.isBusy());
    const int rows = history.loadedCount();
    QSignalSpy loaded(&history, &DeltaHistory::rowsLoaded);
    QTest::qWait(100);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(history.loadedCount(), rows);
    QVERIFY(history.canLoadMore());
    // It can go on afterwards.
    history.loadMore();
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), rows + DeltaHistory::kPageSize);
}

// DBFS reads a megabyte at most per call: files of exactly 1 and 2 MiB end on an empty read,
// others on a short one; every byte arrives once.
void TestDeltaHistory::dbfsReadsFilesOfAndAroundAMegabyte()
{
    const QString log = m_emulator->dbfsRootPath() + "/big/_delta_log";
    QVERIFY(QDir().mkpath(log));
    const QList<qint64> sizes = {1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 2 * 1024 * 1024,
                                 3 * 1024 * 1024 + 17};
    const QByteArray line = commitInfoLine(QStringLiteral("WRITE"));
    const QByteArray head = line.left(line.size() - 2) + R"J(,"userMetadata":")J";
    const QByteArray tail = R"J("}})J";
    for (int v = 0; v < sizes.size(); ++v) {
        const QByteArray commit =
            head + QByteArray(sizes.at(v) - head.size() - tail.size(), 'x') + tail;
        QCOMPARE(commit.size(), sizes.at(v));
        QFile file(log + '/' + commitName(v));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(commit);
    }
    DeltaHistory history(new DbfsDeltaLogSource(m_dbfs.get(), "/big"));
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QCOMPARE(history.loadedCount(), sizes.size());
    for (int row = 0; row < history.loadedCount(); ++row) {
        const DeltaHistoryEntry &entry = history.entryAt(row);
        QVERIFY2(entry.warnings().isEmpty(), qPrintable(entry.warnings().join("; ")));
        QCOMPARE(entry.commit.operation, QStringLiteral("WRITE"));
        QCOMPARE(entry.commit.userMetadata.size(),
                 sizes.at(entry.version) - head.size() - tail.size());
    }
    // These are parsed on a pool thread: starting over while they are out drops their answers.
    history.open();
    history.open();
    QVERIFY(QTest::qWaitFor([&] { return history.isOpen() && !history.isBusy(); }, 30000));
    QCOMPARE(history.loadedCount(), sizes.size());
    QCOMPARE(history.entryAt(0).version, sizes.size() - 1);
}

void TestDeltaHistory::openAgainWhileReadingStartsOver()
{
    LocalTable table;
    table.writeCommits(300);
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    history.loadAll();
    history.requestState(299);
    history.open(); // everything in flight is dropped
    QVERIFY(QTest::qWaitFor([&] { return history.isOpen() && !history.isBusy(); }, 30000));
    QCOMPARE(history.loadedCount(), DeltaHistory::kPageSize);
    QCOMPARE(history.entryAt(0).version, 299);
    QVERIFY(!history.stateAt(299)); // the walk asked before was dropped with the rest
    const std::optional<DeltaTableState> state = waitState(history, 299);
    QVERIFY(state && state->schema);
}

void TestDeltaHistory::aStateWalkSaysWhatItCouldNotSee()
{
    LocalTable table;
    table.writeCommits(8);
    QVERIFY(QFile::remove(table.logFile(commitName(3))));
    QVERIFY(QFile::remove(table.logFile(commitName(4))));
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    const std::optional<DeltaTableState> state = waitState(history, 7);
    QVERIFY(state && state->schema);
    QCOMPARE(state->schemaVersion, 0);
    QCOMPARE(state->problems,
             QStringList{"versions 3–4 missing from the log: a change of schema or protocol there "
                         "is not seen"});
}

void TestDeltaHistory::aV2CheckpointIsChosenOverAClassicOneAtTheSameVersion()
{
    // The v2 table with a classic checkpoint of another table beside its v2 one at version 2:
    // the v2 one is the table's, and it is the one read.
    QTemporaryDir dir;
    const QString log = dir.path() + "/_delta_log";
    QVERIFY(QDir().mkpath(log + "/_sidecars"));
    const QString source = tableDir("v2-checkpoint-parquet") + "/_delta_log";
    for (const QString &name : QDir(source).entryList(QDir::Files))
        QVERIFY(QFile::copy(source + '/' + name, log + '/' + name));
    for (const QString &name : QDir(source + "/_sidecars").entryList(QDir::Files))
        QVERIFY(QFile::copy(source + "/_sidecars/" + name, log + "/_sidecars/" + name));
    QVERIFY(QFile::copy(tableDir("basic-with-inserts-deletes-checkpoint") +
                            "/_delta_log/00000000000000000010.checkpoint.parquet",
                        log + "/00000000000000000002.checkpoint.parquet"));
    // Without the commits that hold metaData, only a checkpoint can tell the schema.
    QVERIFY(QFile::remove(log + '/' + commitName(0)));
    QVERIFY(QFile::remove(log + '/' + commitName(1)));
    DeltaHistory history(new LocalDeltaLogSource(dir.path()));
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QVERIFY2(history.tableWarnings().isEmpty(), qPrintable(history.tableWarnings().join("; ")));
    const std::optional<DeltaTableState> state = waitState(history, 2);
    QVERIFY(state && state->schema);
    QCOMPARE(state->schemaSource, QStringLiteral("checkpoint 2"));
    QStringList columns;
    for (const DeltaColumn &column : state->schema->columns)
        if (column.depth == 0)
            columns.append(column.name);
    QCOMPARE(columns, newestCommitColumns("v2-checkpoint-parquet"));
}

void TestDeltaHistory::anIncompleteMultiPartCheckpointIsNotUsed()
{
    QTemporaryDir dir;
    const QString log = dir.path() + "/_delta_log";
    QVERIFY(QDir().mkpath(log));
    const QString source = tableDir("multi-part-checkpoint") + "/_delta_log";
    for (const QString &name : QDir(source).entryList(QDir::Files))
        if (!name.contains(".0000000002.0000000002."))
            QVERIFY(QFile::copy(source + '/' + name, log + '/' + name));
    QVERIFY(QFile::remove(log + '/' + commitName(0)));
    DeltaHistory history(new LocalDeltaLogSource(dir.path()));
    QVERIFY(waitOpened(history));
    QVERIFY(waitIdle(history));
    QVERIFY2(history.tableWarnings().contains(
                 "the checkpoint at version 1 has 1 of its 2 parts; it is not used"),
             qPrintable(history.tableWarnings().join("; ")));
    QVERIFY(history.checkpointVersions().isEmpty());
    const std::optional<DeltaTableState> state = waitState(history, 1);
    QVERIFY(state && !state->schema);
    QVERIFY(state->problems.first().startsWith("no commit, checksum or checkpoint at or before "
                                               "version 1 holds the table's metadata"));
}

void TestDeltaHistory::aLargeChecksumIsReadOffTheGuiThread()
{
    // A version checksum listing many files is over the inline-parse size: it is parsed on a pool
    // thread and still gives the state.
    LocalTable table;
    for (int v = 5; v < 8; ++v)
        table.writeCommit(v, commitInfoLine(QStringLiteral("WRITE")));
    const QJsonObject metaData =
        QJsonDocument::fromJson(kMetaDataLine).object().value("metaData").toObject();
    QJsonArray allFiles;
    for (int i = 0; i < 4000; ++i)
        allFiles.append(
            QJsonObject{{"path", QStringLiteral("part-%1-0123456789abcdef.parquet").arg(i)},
                        {"size", 1000 + i},
                        {"partitionValues", QJsonObject{}}});
    const QByteArray checksum =
        QJsonDocument(
            QJsonObject{{"metadata", metaData},
                        {"protocol", QJsonObject{{"minReaderVersion", 1}, {"minWriterVersion", 2}}},
                        {"numFiles", 4000},
                        {"allFiles", allFiles}})
            .toJson(QJsonDocument::Compact);
    QVERIFY(checksum.size() > DeltaHistory::kParseInlineBytes);
    table.write(QStringLiteral("00000000000000000006.crc"), checksum);
    DeltaHistory history(new LocalDeltaLogSource(table.path()));
    QVERIFY(waitOpened(history));
    const std::optional<DeltaTableState> state = waitState(history, 7);
    QVERIFY(state && state->schema && state->protocol);
    QCOMPARE(state->schemaSource, QStringLiteral("checksum 6"));
    QCOMPARE(state->schema->columns.first().path, QStringLiteral("id"));
    QVERIFY(state->problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestDeltaHistory)
#include "tst_deltahistory.moc"

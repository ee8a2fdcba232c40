// Uploads, downloads, folders and deletes through the transfer classes, against the emulator over
// real HTTP: bytes must come back identical (SHA-256), through faults too, and a cancelled or
// failed transfer must leave nothing half-written at its destination.
#include "DbfsClient.h"
#include "DbfsDownload.h"
#include "DbfsTreeWalker.h"
#include "DbfsUpload.h"
#include "EmulatorOptionsFor.h"
#include "SpinUntil.h"
#include "TransferQueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

using namespace brickdesk;

namespace {

const QString kToken = QStringLiteral("transfer-test-token");
constexpr qint64 kMB = 1024 * 1024;

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator generator(seed);
    QByteArray chunk;
    for (qint64 left = size; left > 0;) {
        const qint64 n = qMin<qint64>(left, kMB);
        chunk.resize(n);
        for (qint64 i = 0; i < n; ++i)
            chunk[i] = char(generator.generate() & 0xff);
        if (file.write(chunk) != n)
            return false;
        left -= n;
    }
    return true;
}

QStringList localEntries(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(folder).relativeFilePath(it.next()));
    names.sort();
    return names;
}

} // namespace

class TestDbfsTransfers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripKeepsEveryByte_data();
    void roundTripKeepsEveryByte();
    void downloadsWriteInOrderWithManyReadsInFlight();
    void faultsStillGiveIdenticalBytes_data();
    void faultsStillGiveIdenticalBytes();
    void cancelledUploadLeavesNothing();
    void cancelledDownloadLeavesNothing();
    void cancelWhileFinishingLeavesNothingAndEndsOnce();
    void failedDownloadResumesFromWrittenBytes();
    void uploadConflicts();
    void downloadConflicts();
    void applyToAllAnswersTheRest();
    void foldersRoundTrip();
    void impossibleUploadSaysWhyAndLeavesNothing();
    void missingRemoteFileFailsClearly();
    void deleterRepeatsPartialDeletes();
    void walkerCountsATree();
    void largeListingsArriveWholeAndCanBeCancelled();

private:
    std::optional<QList<DbfsFileInfo>> listRemote(const QString &path);
    bool remoteExists(const QString &path);
    bool waitUntilIdle(int timeoutMs = 60000);
    Transfer *transfer(int id) { return m_queue->find(id); }

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DbfsClient> m_dbfs;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<QTemporaryDir> m_local;
};

void TestDbfsTransfers::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(
        emulatorOptionsFor(kToken, emulator::Seed::Empty));
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("dbfs"), m_emulator->baseUrl(), kToken, {}});
    RetryPolicy quick;
    quick.baseDelayMs = 20;
    quick.maxDelayMs = 100;
    quick.maxJitterMs = 10;
    quick.maxRetryAfterMs = 100;
    m_client->setRetryPolicy(quick);
    m_dbfs = std::make_unique<DbfsClient>(m_client.get());
    m_queue = std::make_unique<TransferQueue>(m_dbfs.get());
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
}

void TestDbfsTransfers::cleanup()
{
    m_queue.reset();
    m_dbfs.reset();
    m_client.reset();
    m_emulator.reset();
    m_local.reset();
}

std::optional<QList<DbfsFileInfo>> TestDbfsTransfers::listRemote(const QString &path)
{
    std::optional<DbfsResult<QList<DbfsFileInfo>>> answer;
    m_dbfs->list(path, this, [&answer](const auto &result) { answer = result; });
    if (!spinUntil([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
        return std::nullopt;
    return answer->value;
}

bool TestDbfsTransfers::remoteExists(const QString &path)
{
    std::optional<DbfsResult<DbfsFileInfo>> answer;
    m_dbfs->getStatus(path, this, [&answer](const auto &result) { answer = result; });
    return spinUntil([&answer] { return answer.has_value(); }, 10000) && answer->ok();
}

bool TestDbfsTransfers::waitUntilIdle(int timeoutMs)
{
    return spinUntil([this] { return m_queue->isIdle(); }, timeoutMs);
}

void TestDbfsTransfers::roundTripKeepsEveryByte_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("0 B") << qint64(0);
    QTest::newRow("1 B") << qint64(1);
    QTest::newRow("1 MB exactly") << kMB;
    QTest::newRow("1 MB + 1") << kMB + 1;
    QTest::newRow("50 MB") << 50 * kMB;
}

void TestDbfsTransfers::roundTripKeepsEveryByte()
{
    QFETCH(qint64, size);
    const QString source = m_local->filePath(QStringLiteral("source.bin"));
    QVERIFY(writeRandomFile(source, size, quint32(size)));
    const QString remote = QStringLiteral("/roundtrip/data.bin");

    const int up = m_queue->upload(source, remote);
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(up)->state(), TransferState::Done);
    QCOMPARE(transfer(up)->bytesDone(), size);
    const auto listing = listRemote(QStringLiteral("/roundtrip"));
    QVERIFY(listing);
    QCOMPARE(listing->size(), 1); // the temporary upload name is gone
    QCOMPARE(listing->first().path, remote);
    QCOMPARE(listing->first().size, size);

    const QString copy = m_local->filePath(QStringLiteral("copy/data.bin"));
    const int down = m_queue->download(remote, copy);
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(down)->state(), TransferState::Done);
    QCOMPARE(sha256Of(copy), sha256Of(source));
    QCOMPARE(localEntries(m_local->filePath(QStringLiteral("copy"))),
             QStringList{QStringLiteral("data.bin")}); // no part file or note left behind
}

void TestDbfsTransfers::downloadsWriteInOrderWithManyReadsInFlight()
{
    const QString source = m_local->filePath(QStringLiteral("source.bin"));
    QVERIFY(writeRandomFile(source, 3 * kMB + 12345, 7));
    m_queue->setBlockBytes(64 * 1024); // 50 blocks, 8 in flight: answers arrive out of order
    m_queue->setParallelReadsPerDownload(8);
    m_queue->upload(source, QStringLiteral("/x/source.bin"));
    QVERIFY(waitUntilIdle());
    m_emulator->setLatencyMs(3);
    const int down = m_queue->download(QStringLiteral("/x/source.bin"),
                                       m_local->filePath(QStringLiteral("copy.bin")));
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(down)->state(), TransferState::Done);
    QCOMPARE(sha256Of(m_local->filePath(QStringLiteral("copy.bin"))), sha256Of(source));
}

void TestDbfsTransfers::faultsStillGiveIdenticalBytes_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("429 with Retry-After") << "429";
    QTest::newRow("503") << "503";
    QTest::newRow("connection dropped before the answer") << "drop";
    QTest::newRow("answer cut midway") << "midway";
}

void TestDbfsTransfers::faultsStillGiveIdenticalBytes()
{
    QObject scope; // ends the test's connections with the test
    QFETCH(QString, fault);
    const QString source = m_local->filePath(QStringLiteral("source.bin"));
    QVERIFY(writeRandomFile(source, 4 * kMB + 99, 11));
    m_queue->setBlockBytes(256 * 1024);
    auto inject = [this, fault] {
        if (fault == QLatin1String("429"))
            m_emulator->failNextRequests(3, 429, "REQUEST_LIMIT_EXCEEDED", 0);
        else if (fault == QLatin1String("503"))
            m_emulator->failNextRequests(3, 503, "TEMPORARILY_UNAVAILABLE");
        else if (fault == QLatin1String("drop"))
            m_emulator->dropNextConnections(2);
        else
            m_emulator->dropNextResponsesMidway(2);
    };

    // Faults strike in the middle of the upload's blocks...
    const int up = m_queue->upload(source, QStringLiteral("/faults/data.bin"));
    bool injected = false;
    connect(transfer(up), &Transfer::changed, &scope, [&] {
        if (!injected && transfer(up)->bytesDone() >= kMB) {
            injected = true;
            inject();
        }
    });
    QVERIFY(waitUntilIdle());
    QVERIFY(injected);
    QVERIFY2(transfer(up)->state() == TransferState::Done, qPrintable(transfer(up)->errorText()));
    const auto listing = listRemote(QStringLiteral("/faults"));
    QVERIFY(listing);
    QTRY_COMPARE(listRemote(QStringLiteral("/faults"))->size(), 1); // restarts cleaned up

    // ...and of the download's reads.
    const QString copy = m_local->filePath(QStringLiteral("copy.bin"));
    const int down = m_queue->download(QStringLiteral("/faults/data.bin"), copy);
    injected = false;
    connect(transfer(down), &Transfer::changed, &scope, [&] {
        if (!injected && transfer(down)->bytesDone() >= kMB) {
            injected = true;
            inject();
        }
    });
    QVERIFY(waitUntilIdle());
    QVERIFY(injected);
    QVERIFY2(transfer(down)->state() == TransferState::Done,
             qPrintable(transfer(down)->errorText()));
    QCOMPARE(sha256Of(copy), sha256Of(source));
}

void TestDbfsTransfers::cancelledUploadLeavesNothing()
{
    QObject scope; // ends the test's connections with the test
    const QString source = m_local->filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, 8 * kMB, 3));
    m_queue->setBlockBytes(256 * 1024);
    const int up = m_queue->upload(source, QStringLiteral("/cancel/big.bin"));
    connect(transfer(up), &Transfer::changed, &scope, [&] {
        if (transfer(up)->bytesDone() >= 2 * kMB)
            m_queue->cancel(up);
    });
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(up)->state(), TransferState::Cancelled);
    QVERIFY(transfer(up)->bytesDone() < 8 * kMB);
    // The handle is closed and the temporary file deleted, in that order.
    QTRY_VERIFY(listRemote(QStringLiteral("/cancel")).value_or(QList<DbfsFileInfo>{{}}).isEmpty());
    QVERIFY(!remoteExists(QStringLiteral("/cancel/big.bin")));
}

void TestDbfsTransfers::cancelledDownloadLeavesNothing()
{
    QObject scope; // ends the test's connections with the test
    const QString source = m_local->filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, 8 * kMB, 4));
    m_queue->upload(source, QStringLiteral("/cancel/big.bin"));
    QVERIFY(waitUntilIdle());
    m_queue->setBlockBytes(256 * 1024);
    m_queue->setParallelReadsPerDownload(2);
    const QString target = m_local->filePath(QStringLiteral("out/big.bin"));
    const int down = m_queue->download(QStringLiteral("/cancel/big.bin"), target);
    connect(transfer(down), &Transfer::changed, &scope, [&] {
        if (transfer(down)->bytesDone() >= 2 * kMB)
            m_queue->cancel(down);
    });
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(down)->state(), TransferState::Cancelled);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(localEntries(m_local->filePath(QStringLiteral("out"))), QStringList());
}

void TestDbfsTransfers::cancelWhileFinishingLeavesNothingAndEndsOnce()
{
    QObject scope;
    const QString source = m_local->filePath(QStringLiteral("s.bin"));
    QVERIFY(writeRandomFile(source, 2 * kMB + 3, 8));
    m_queue->upload(source, QStringLiteral("/fin/s.bin"));
    QVERIFY(waitUntilIdle());
    const QString target = m_local->filePath(QStringLiteral("out/s.bin"));
    const int down = m_queue->download(QStringLiteral("/fin/s.bin"), target);
    QSignalSpy finished(transfer(down), &Transfer::finished);
    bool cancelled = false;
    connect(transfer(down), &Transfer::changed, &scope, [&] {
        if (!cancelled && transfer(down)->state() == TransferState::Finishing) {
            cancelled = true;
            m_queue->cancel(down); // the part file is complete and closed by now or soon
        }
    });
    QVERIFY(waitUntilIdle());
    QVERIFY(cancelled);
    QCOMPARE(transfer(down)->state(), TransferState::Cancelled);
    QTest::qWait(200); // anything late would arrive now
    QCOMPARE(finished.size(), 1);
    QCOMPARE(localEntries(m_local->filePath(QStringLiteral("out"))), QStringList());
}

void TestDbfsTransfers::failedDownloadResumesFromWrittenBytes()
{
    QObject scope; // ends the test's connections with the test
    const QString source = m_local->filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, 6 * kMB + 5, 5));
    m_queue->upload(source, QStringLiteral("/resume/big.bin"));
    QVERIFY(waitUntilIdle());
    m_queue->setBlockBytes(256 * 1024);
    m_queue->setParallelReadsPerDownload(2);
    const QString target = m_local->filePath(QStringLiteral("big.bin.copy"));
    const int down = m_queue->download(QStringLiteral("/resume/big.bin"), target);
    bool broken = false;
    connect(transfer(down), &Transfer::changed, &scope, [&] {
        if (!broken && transfer(down)->bytesDone() >= 3 * kMB) {
            broken = true;
            // Not a fault worth retrying: the download stops.
            m_emulator->failNextRequests(1, 500, "INTERNAL_ERROR");
        }
    });
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(down)->state(), TransferState::Failed);
    QVERIFY2(transfer(down)->errorText().contains(QLatin1String("500")),
             qPrintable(transfer(down)->errorText()));
    QVERIFY(!QFileInfo::exists(target)); // nothing at the destination
    const qint64 written = QFileInfo(DbfsDownload::partPathFor(target)).size();
    QVERIFY(written >= 3 * kMB);

    const int requestsBefore = m_emulator->requestCount();
    m_queue->retry(down);
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(down)->state(), TransferState::Done);
    // Blocks handed to the writer thread before the failure may land after it was measured.
    const qint64 resumedFrom = transfer(down)->resumedFromBytes();
    QVERIFY2(resumedFrom >= written, qPrintable(QString::number(resumedFrom)));
    QCOMPARE(sha256Of(target), sha256Of(source));
    // Only the missing blocks were read again (plus two get-status calls).
    const qint64 missingBlocks = (6 * kMB + 5 - resumedFrom + 256 * 1024 - 1) / (256 * 1024);
    QCOMPARE(m_emulator->requestCount() - requestsBefore, int(missingBlocks) + 2);
    QVERIFY(!QFileInfo::exists(DbfsDownload::partPathFor(target)));
}

void TestDbfsTransfers::uploadConflicts()
{
    const QString original = m_local->filePath(QStringLiteral("original.csv"));
    const QString newer = m_local->filePath(QStringLiteral("newer.csv"));
    QVERIFY(writeRandomFile(original, 1000, 1));
    QVERIFY(writeRandomFile(newer, 2000, 2));
    const QString remote = QStringLiteral("/c/report.csv");
    m_queue->upload(original, remote);
    QVERIFY(waitUntilIdle());

    QSignalSpy asked(m_queue.get(), &TransferQueue::conflictAsked);
    int id = m_queue->upload(newer, remote);
    QTRY_COMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toInt(), id);
    QCOMPARE(transfer(id)->state(), TransferState::WaitingForDecision);
    QCOMPARE(transfer(id)->conflictingPath(), remote);
    QVERIFY(!m_queue->isIdle());
    m_queue->resolveConflict(id, ConflictChoice::KeepBoth);
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(id)->state(), TransferState::Done);
    QCOMPARE(transfer(id)->finalPath(), QStringLiteral("/c/report (1).csv"));

    id = m_queue->upload(newer, remote);
    QTRY_COMPARE(asked.size(), 2);
    m_queue->resolveConflict(id, ConflictChoice::Skip);
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(id)->state(), TransferState::Skipped);

    const auto before = listRemote(QStringLiteral("/c"));
    QVERIFY(before);
    QCOMPARE(before->size(), 2);
    QCOMPARE(before->at(0).size + before->at(1).size, 3000); // the original kept its 1000 bytes

    id = m_queue->upload(newer, remote);
    QTRY_COMPARE(asked.size(), 3);
    m_queue->resolveConflict(id, ConflictChoice::Overwrite);
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(id)->state(), TransferState::Done);
    const QString check = m_local->filePath(QStringLiteral("check.csv"));
    m_queue->download(remote, check);
    QVERIFY(waitUntilIdle());
    QCOMPARE(sha256Of(check), sha256Of(newer));
    QCOMPARE(listRemote(QStringLiteral("/c"))->size(), 2);
}

void TestDbfsTransfers::downloadConflicts()
{
    const QString source = m_local->filePath(QStringLiteral("s.bin"));
    QVERIFY(writeRandomFile(source, 5000, 9));
    m_queue->upload(source, QStringLiteral("/d/s.bin"));
    QVERIFY(waitUntilIdle());
    const QString target = m_local->filePath(QStringLiteral("here.bin"));
    QVERIFY(writeRandomFile(target, 10, 10));
    const QByteArray oldHash = sha256Of(target);

    QSignalSpy asked(m_queue.get(), &TransferQueue::conflictAsked);
    int id = m_queue->download(QStringLiteral("/d/s.bin"), target);
    QTRY_COMPARE(asked.size(), 1);
    m_queue->resolveConflict(id, ConflictChoice::KeepBoth);
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(id)->finalPath(), m_local->filePath(QStringLiteral("here (1).bin")));
    QCOMPARE(sha256Of(transfer(id)->finalPath()), sha256Of(source));
    QCOMPARE(sha256Of(target), oldHash);

    id = m_queue->download(QStringLiteral("/d/s.bin"), target);
    QTRY_COMPARE(asked.size(), 2);
    m_queue->resolveConflict(id, ConflictChoice::Overwrite);
    QVERIFY(waitUntilIdle());
    QCOMPARE(sha256Of(target), sha256Of(source));
}

void TestDbfsTransfers::applyToAllAnswersTheRest()
{
    for (int i = 0; i < 4; ++i) {
        const QString path = m_local->filePath(QStringLiteral("f%1.txt").arg(i));
        QVERIFY(writeRandomFile(path, 100 + i, quint32(i)));
        m_queue->upload(path, QStringLiteral("/all/f%1.txt").arg(i));
    }
    QVERIFY(waitUntilIdle());
    QSignalSpy asked(m_queue.get(), &TransferQueue::conflictAsked);
    QList<int> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(m_queue->upload(m_local->filePath(QStringLiteral("f%1.txt").arg(i)),
                                   QStringLiteral("/all/f%1.txt").arg(i)));
    QTRY_VERIFY(!asked.isEmpty());
    m_queue->resolveConflict(asked.first().first().toInt(), ConflictChoice::Skip, true);
    QVERIFY(waitUntilIdle());
    for (int id : ids)
        QCOMPARE(transfer(id)->state(), TransferState::Skipped);
    QCOMPARE(asked.size(), 2); // two ran at once and asked; the other two were answered already
}

void TestDbfsTransfers::foldersRoundTrip()
{
    const QString tree = m_local->filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/a/b")));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/empty")));
    QVERIFY(writeRandomFile(tree + QStringLiteral("/a/b/deep.bin"), 3 * kMB, 21));
    QVERIFY(writeRandomFile(tree + QStringLiteral("/a/one.txt"), 10, 22));
    QVERIFY(writeRandomFile(tree + QStringLiteral("/top.csv"), 0, 23));
    QVERIFY(m_queue->uploadFolder(tree, QStringLiteral("/projects")) > 0);
    QVERIFY(waitUntilIdle());
    QTRY_VERIFY(remoteExists(QStringLiteral("/projects/project/empty")));
    QVERIFY(remoteExists(QStringLiteral("/projects/project/a/b/deep.bin")));

    const QString back = m_local->filePath(QStringLiteral("back"));
    QSignalSpy failed(m_queue.get(), &TransferQueue::folderListingFailed);
    m_queue->downloadFolder(QStringLiteral("/projects/project"), back);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->count(), 6, 10000);
    QVERIFY(waitUntilIdle());
    QVERIFY(failed.isEmpty());
    QCOMPARE(localEntries(back + QStringLiteral("/project")), localEntries(tree));
    for (const QString &file : {QStringLiteral("/a/b/deep.bin"), QStringLiteral("/a/one.txt"),
                                QStringLiteral("/top.csv")})
        QCOMPARE(sha256Of(back + QStringLiteral("/project") + file), sha256Of(tree + file));
}

void TestDbfsTransfers::impossibleUploadSaysWhyAndLeavesNothing()
{
    const QString source = m_local->filePath(QStringLiteral("x.bin"));
    QVERIFY(writeRandomFile(source, 100, 1));
    m_queue->upload(source, QStringLiteral("/blocker"));
    QVERIFY(waitUntilIdle());
    // A file where a folder would have to be.
    const int id = m_queue->upload(source, QStringLiteral("/blocker/inside/x.bin"));
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(id)->state(), TransferState::Failed);
    QVERIFY(!transfer(id)->errorText().isEmpty());
    const auto root = listRemote(QStringLiteral("/"));
    QVERIFY(root);
    QCOMPARE(root->size(), 1);
    QCOMPARE(root->first().path, QStringLiteral("/blocker"));
    QVERIFY(!root->first().isDir);

    const int unreadable =
        m_queue->upload(m_local->filePath(QStringLiteral("nope.bin")), QStringLiteral("/nope.bin"));
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(unreadable)->state(), TransferState::Failed);
    QVERIFY2(transfer(unreadable)->errorText().contains(QLatin1String("Cannot read")),
             qPrintable(transfer(unreadable)->errorText()));
}

void TestDbfsTransfers::missingRemoteFileFailsClearly()
{
    const QString target = m_local->filePath(QStringLiteral("never.bin"));
    const int id = m_queue->download(QStringLiteral("/no/such/file.bin"), target);
    QVERIFY(waitUntilIdle());
    QCOMPARE(transfer(id)->state(), TransferState::Failed);
    QVERIFY2(transfer(id)->errorText().contains(QLatin1String("/no/such/file.bin")),
             qPrintable(transfer(id)->errorText()));
    QCOMPARE(localEntries(m_local->path()), QStringList());
}

void TestDbfsTransfers::deleterRepeatsPartialDeletes()
{
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/big/part"), 12));
    m_emulator->setDbfsDeleteBatchSize(5);
    DbfsDeleter deleter(m_dbfs.get());
    QSignalSpy progressed(&deleter, &DbfsDeleter::progressed);
    QSignalSpy finished(&deleter, &DbfsDeleter::finished);
    deleter.start(QStringLiteral("/big"), true);
    QTRY_COMPARE(finished.size(), 1);
    const auto error = finished.first().first().value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
    QVERIFY(progressed.size() >= 2);
    QCOMPARE(progressed.at(0).at(0).toLongLong(), 5);
    QCOMPARE(progressed.at(1).at(0).toLongLong(), 10);
    QCOMPARE(deleter.rounds(), progressed.size() + 1);
    QVERIFY(!remoteExists(QStringLiteral("/big")));
}

void TestDbfsTransfers::walkerCountsATree()
{
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/w/one"), 30));
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/w/two/three"), 7));
    DbfsTreeWalker walker(m_dbfs.get());
    QSignalSpy finished(&walker, &DbfsTreeWalker::finished);
    walker.start(QStringLiteral("/w"));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().first().value<ApiError>().isError());
    QCOMPARE(walker.fileCount(), 37);
    QCOMPARE(walker.folderCount(), 3);

    walker.start(QStringLiteral("/missing"));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().value<ApiError>().errorCode,
             QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
}

void TestDbfsTransfers::largeListingsArriveWholeAndCanBeCancelled()
{
    // 20,000 entries answer ~2 MB: parsed on a pool thread, handed back here.
    QVERIFY(m_emulator->generateDbfsFolder(QStringLiteral("/many"), 20000));
    const auto listing = listRemote(QStringLiteral("/many"));
    QVERIFY(listing);
    QCOMPARE(listing->size(), 20000);
    QCOMPARE(listing->first().path, QStringLiteral("/many/part-000001.csv"));

    // The caller goes away after the answer arrived, while it is being parsed: no handler runs.
    auto context = std::make_unique<QObject>();
    bool heard = false;
    const QPointer<ApiCall> call = m_dbfs->list(QStringLiteral("/many"), context.get(),
                                                [&heard](const auto &) { heard = true; });
    QVERIFY(call);
    QObject scope;
    connect(call, &ApiCall::finished, &scope, [&context] { context.reset(); });
    QVERIFY(spinUntil([&context] { return !context; }, 10000));
    QTest::qWait(300);
    QVERIFY(!heard);

    // The same through cancelAll().
    QObject keeper;
    const QPointer<ApiCall> second =
        m_dbfs->list(QStringLiteral("/many"), &keeper, [&heard](const auto &) { heard = true; });
    bool answered = false;
    connect(second, &ApiCall::finished, &scope, [this, &answered] {
        answered = true;
        m_dbfs->cancelAll();
    });
    QVERIFY(spinUntil([&answered] { return answered; }, 10000));
    QTest::qWait(300);
    QVERIFY(!heard);

    // A small folder still answers, malformed or not, through the same path.
    QVERIFY(!listRemote(QStringLiteral("/no/such/folder")));
}

QTEST_GUILESS_MAIN(TestDbfsTransfers)
#include "tst_dbfstransfers.moc"

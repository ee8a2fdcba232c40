// Moves one large file into DBFS and back out through the app's transfer queue, as a user's
// upload and download do, against an emulator in its own process: MB/s each way, and whether the
// bytes came back identical (SHA-256). Prints one JSON object per direction and run.
// Usage: bench_dbfs_transfer URL TOKEN LOCAL_FILE [RUNS] [READS_IN_FLIGHT]
#include "ApiClient.h"
#include "DbfsClient.h"
#include "TransferQueue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <cstdio>

using namespace brickdesk;

namespace {

void print(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Runs the event loop until the queue has nothing left to do.
void waitUntilIdle(TransferQueue &queue)
{
    if (queue.isIdle())
        return;
    QEventLoop loop;
    QObject::connect(&queue, &TransferQueue::idleChanged, &loop, [&loop](bool idle) {
        if (idle)
            loop.quit();
    });
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr,
                     "usage: bench_dbfs_transfer URL TOKEN LOCAL_FILE [RUNS] [READS_IN_FLIGHT]\n");
        return 2;
    }
    const QUrl url(args.at(1));
    const QString token = args.at(2);
    const QString source = args.at(3);
    const int runs = args.value(4, QStringLiteral("3")).toInt();
    const qint64 bytes = QFileInfo(source).size();
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    const QByteArray sourceHash = sha256Of(source);
    QTemporaryDir local;

    QNetworkAccessManager network;
    ApiClient client(&network, nullptr);
    client.setConnection({QStringLiteral("bench"), url, token, {}});
    DbfsClient dbfs(&client);
    TransferQueue queue(&dbfs);
    queue.setMaxRunning(1);
    if (args.size() > 5)
        queue.setParallelReadsPerDownload(args.at(5).toInt());
    queue.setConflictChoice(ConflictChoice::Overwrite);

    int failures = 0;
    for (int run = 1; run <= runs; ++run) {
        const QString remote = QStringLiteral("/bench/brickdesk-%1.bin").arg(run);
        QElapsedTimer clock;
        clock.start();
        const int up = queue.upload(source, remote);
        waitUntilIdle(queue);
        const double upSeconds = double(clock.nsecsElapsed()) / 1e9;
        const bool uploaded = queue.find(up)->state() == TransferState::Done;
        print({{QStringLiteral("case"), QStringLiteral("dbfs_upload")},
               {QStringLiteral("client"), QStringLiteral("brickdesk")},
               {QStringLiteral("run"), run},
               {QStringLiteral("mb"), megabytes},
               {QStringLiteral("seconds"), upSeconds},
               {QStringLiteral("mb_per_s"), megabytes / upSeconds},
               {QStringLiteral("error"), queue.find(up)->errorText()}});

        const QString copy = local.filePath(QStringLiteral("copy-%1.bin").arg(run));
        clock.restart();
        const int down = queue.download(remote, copy);
        waitUntilIdle(queue);
        const double downSeconds = double(clock.nsecsElapsed()) / 1e9;
        const bool identical = sha256Of(copy) == sourceHash;
        print({{QStringLiteral("case"), QStringLiteral("dbfs_download")},
               {QStringLiteral("client"), QStringLiteral("brickdesk")},
               {QStringLiteral("run"), run},
               {QStringLiteral("mb"), megabytes},
               {QStringLiteral("seconds"), downSeconds},
               {QStringLiteral("mb_per_s"), megabytes / downSeconds},
               {QStringLiteral("identical"), identical},
               {QStringLiteral("error"), queue.find(down)->errorText()}});
        if (!uploaded || !identical)
            ++failures;
        QFile::remove(copy);
    }
    return failures == 0 ? 0 : 1;
}

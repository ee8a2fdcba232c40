#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace brickdesk::emulator {

enum class Seed
{
    Demo,
    Empty,
    GeneratedJobs
};

struct DbfsFolderSeed
{
    QString path;
    int entryCount = 0;
};

// DBFS lives in files: <stateDir>/dbfs when there is a state folder, otherwise a temporary folder
// that goes away with the emulator. The Demo seed writes a small tree into an empty DBFS root.
struct EmulatorOptions
{
    QString token;             // the only bearer token accepted; others answer 403, none 401
    QString stateDir;          // when set, state is loaded from and saved to <stateDir>/state.json
    Seed seed = Seed::Demo;    // used when stateDir holds no state yet
    int generatedJobCount = 0; // Seed::GeneratedJobs: how many jobs to generate (0..100000)
    int latencyMs = 0;         // added before every answer, without blocking the event loop
    double failRate = 0.0; // probability 0..1 that a request answers 503 TEMPORARILY_UNAVAILABLE
    double rateLimitPerSecond =
        0.0; // 0 = unlimited; above it: 429 REQUEST_LIMIT_EXCEEDED + Retry-After
    // Probability 0..1 that an answer is cut midway (headers and half the body, then the
    // connection is aborted).
    double dropConnectionRate = 0.0;
    // Simulated time runs this many times faster than real time (> 0): cluster starts, job runs
    // and every timestamp they write follow it.
    double timeScale = 1.0;
    // DBFS folders filled with that many empty files (see generateDbfsFolder) when the emulator
    // starts, after the seed.
    QList<DbfsFolderSeed> dbfsFolders;
};

inline constexpr int kMaxGeneratedJobs = 100000;
inline constexpr int kMaxDbfsFolderEntries = 1000000;

class WorkspaceState;
class Simulation;
class LibraryInstaller;
class ClusterLifecycle;
class RunEngine;
class EmulatorHttpServer;
class FaultInjector;
class ApiRouter;
class RequestPipeline;
class DbfsStore;

// A local server speaking the Databricks REST API shapes, on 127.0.0.1 only. The same class runs
// in-process for the app's demo mode and in tests, and behind the brickdesk-emulator executable.
class WorkspaceEmulator : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceEmulator(EmulatorOptions options, QObject *parent = nullptr);
    ~WorkspaceEmulator() override;

    // Listens on 127.0.0.1:port (0 = a free port). Returns false and sets errorString() on failure.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString errorString() const;

    // Deterministic fault injection for tests: the next `count` requests answer `httpStatus`
    // with `errorCode` (and Retry-After when retryAfterSeconds >= 0).
    void failNextRequests(int count, int httpStatus, const QByteArray &errorCode,
                          int retryAfterSeconds = -1);
    // The next `count` requests get their connection closed without any answer.
    void dropNextConnections(int count);
    void setLatencyMs(int latencyMs);
    void setFailRate(double failRate);
    void setRateLimitPerSecond(double perSecond);
    // Answers cut midway: the status line, the headers with the full Content-Length and about
    // half of the body are sent, then the connection is aborted. The next `count` answers, or
    // each answer with probability `rate` (0..1).
    void dropNextResponsesMidway(int count);
    void setDropConnectionRate(double rate);

    // DBFS. A recursive delete removes at most this many entries per call (default 10,000) and
    // answers 503 PARTIAL_DELETE while more remain.
    void setDbfsDeleteBatchSize(int size);
    // Upload handles expire after this long without use (default 10 minutes).
    void setDbfsHandleIdleTimeoutMs(qint64 timeoutMs);
    // Makes dbfsPath (with its parents) and entryCount empty files in it, part-000001.csv and on
    // (at least six digits). For huge listings in tests and benchmarks. False with errorString()
    // set on failure.
    bool generateDbfsFolder(const QString &dbfsPath, int entryCount);
    // The local folder holding the DBFS root.
    QString dbfsRootPath();

    int requestCount() const; // every request received, answered or not

    // The simulated clock: how much faster than real time it runs (ignored unless > 0 and
    // finite), and its current time in epoch milliseconds.
    void setTimeScale(double timeScale);
    double timeScale() const;
    qint64 simulatedNowMs() const;

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);

private:
    bool prepareState();
    bool prepareDbfs();

    std::unique_ptr<WorkspaceState> m_state;
    std::unique_ptr<Simulation> m_sim;
    std::unique_ptr<LibraryInstaller> m_libraries;
    std::unique_ptr<ClusterLifecycle> m_clusters;
    std::unique_ptr<RunEngine> m_runs;
    std::unique_ptr<EmulatorHttpServer> m_server;
    QString m_errorString;

    EmulatorOptions m_options;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<RequestPipeline> m_pipeline;
    std::unique_ptr<DbfsStore> m_dbfs;
    bool m_stateReady = false;
    bool m_dbfsReady = false;
    int m_requestCount = 0;
};

} // namespace brickdesk::emulator

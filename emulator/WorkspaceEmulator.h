#pragma once

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
    // Simulated time runs this many times faster than real time (> 0): cluster starts, job runs
    // and every timestamp they write follow it.
    double timeScale = 1.0;
};

inline constexpr int kMaxGeneratedJobs = 100000;

class WorkspaceState;
class Simulation;
class LibraryInstaller;
class ClusterLifecycle;
class RunEngine;
class EmulatorHttpServer;
class FaultInjector;
class ApiRouter;
class RequestPipeline;

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
    bool m_stateReady = false;
    int m_requestCount = 0;
};

} // namespace brickdesk::emulator

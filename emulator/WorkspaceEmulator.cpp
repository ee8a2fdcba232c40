#include "WorkspaceEmulator.h"

#include "ApiRouter.h"
#include "ClusterActionsApi.h"
#include "ClusterEventsApi.h"
#include "ClusterLifecycle.h"
#include "ClustersApi.h"
#include "DemoSeed.h"
#include "EmulatorHttpServer.h"
#include "FaultInjector.h"
#include "HttpServerLogGuard.h"
#include "JobRunsApi.h"
#include "JobsApi.h"
#include "PermissionsApi.h"
#include "JobsEditApi.h"
#include "LibrariesApi.h"
#include "LibraryInstaller.h"
#include "RequestPipeline.h"
#include "RunEngine.h"
#include "RunsQueryApi.h"
#include "ScimApi.h"
#include "Simulation.h"
#include "WorkspaceState.h"
#include "dbfs/DbfsApi.h"
#include "dbfs/DbfsSeed.h"
#include "dbfs/DbfsStore.h"

#include <QDir>
#include <QFileInfo>
#include <utility>

namespace brickdesk::emulator {

WorkspaceEmulator::WorkspaceEmulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<WorkspaceState>())
    , m_sim(std::make_unique<Simulation>(*m_state))
    , m_libraries(std::make_unique<LibraryInstaller>(*m_sim))
    , m_clusters(std::make_unique<ClusterLifecycle>(*m_sim, *m_libraries))
    , m_runs(std::make_unique<RunEngine>(*m_sim, *m_clusters))
    , m_options(std::move(options))
    , m_faults(std::make_unique<FaultInjector>())
    , m_router(std::make_unique<ApiRouter>())
    , m_dbfs(std::make_unique<DbfsStore>(m_options.stateDir))
{
    keepHttpServerDebugOutputOff(); // it would print the Authorization header

    m_faults->setLatencyMs(m_options.latencyMs);
    m_faults->setFailRate(m_options.failRate);
    m_faults->setRateLimitPerSecond(m_options.rateLimitPerSecond);
    m_faults->setDropMidwayRate(m_options.dropConnectionRate);
    m_sim->setTimeScale(m_options.timeScale);

    // The route table: each API area adds its (method, path) → handler entries.
    registerClustersApi(*m_router, *m_state);
    registerClusterActionsApi(*m_router, *m_sim, *m_clusters);
    registerClusterEventsApi(*m_router, *m_state);
    registerLibrariesApi(*m_router, *m_sim, *m_libraries);
    registerJobsApi(*m_router, *m_state);
    registerJobsEditApi(*m_router, *m_sim, *m_runs);
    registerJobRunsApi(*m_router, *m_sim, *m_runs);
    registerRunsQueryApi(*m_router, *m_sim);
    registerScimApi(*m_router);
    registerPermissionsApi(*m_router, *m_state);
    registerDbfsApi(*m_router, *m_dbfs);

    m_pipeline = std::make_unique<RequestPipeline>(*m_faults, *m_router, m_options.token);
    m_pipeline->setObserver([this](const ApiRequest &request) {
        ++m_requestCount;
        Q_EMIT requestReceived(request.method, request.path);
    });
    m_server = std::make_unique<EmulatorHttpServer>(
        [this](const ApiRequest &request) { return m_pipeline->handle(request); });
}

WorkspaceEmulator::~WorkspaceEmulator()
{
    // The server goes first: its connections and pending answers use everything else.
    m_server.reset();
    // Then the simulation, which writes a pending save, while the state still exists.
    m_runs.reset();
    m_clusters.reset();
    m_libraries.reset();
    m_sim.reset();
}

bool WorkspaceEmulator::listen(quint16 port)
{
    if (m_server->isListening()) {
        m_errorString =
            QStringLiteral("The emulator is already listening on port %1.").arg(this->port());
        return false;
    }
    if (m_options.token.isEmpty()) {
        m_errorString = QStringLiteral("No access token configured: the emulator needs one.");
        return false;
    }
    if (!m_stateReady) {
        if (!prepareState())
            return false;
        if (!prepareDbfs())
            return false;
        m_stateReady = true;
        // Whatever was under way when the state was saved carries on from here.
        m_clusters->resume();
        m_libraries->resume();
        m_runs->resume();
    }
    if (!m_server->listenOnLoopback(port, &m_errorString))
        return false;
    m_sim->setBaseUrl(baseUrl());
    return true;
}

quint16 WorkspaceEmulator::port() const
{
    return m_server->port();
}

QUrl WorkspaceEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString WorkspaceEmulator::errorString() const
{
    return m_errorString;
}

void WorkspaceEmulator::failNextRequests(int count, int httpStatus, const QByteArray &errorCode,
                                         int retryAfterSeconds)
{
    m_faults->failNext(count, httpStatus, errorCode, retryAfterSeconds);
}

void WorkspaceEmulator::dropNextConnections(int count)
{
    m_faults->dropNext(count);
}

void WorkspaceEmulator::setLatencyMs(int latencyMs)
{
    m_faults->setLatencyMs(latencyMs);
}

void WorkspaceEmulator::setFailRate(double failRate)
{
    m_faults->setFailRate(failRate);
}

void WorkspaceEmulator::setRateLimitPerSecond(double perSecond)
{
    m_faults->setRateLimitPerSecond(perSecond);
}

void WorkspaceEmulator::dropNextResponsesMidway(int count)
{
    m_faults->dropNextMidway(count);
}

void WorkspaceEmulator::setDropConnectionRate(double rate)
{
    m_faults->setDropMidwayRate(rate);
}

void WorkspaceEmulator::setDbfsDeleteBatchSize(int size)
{
    m_dbfs->setDeleteBatchSize(size);
}

void WorkspaceEmulator::setDbfsHandleIdleTimeoutMs(qint64 timeoutMs)
{
    m_dbfs->setHandleIdleTimeoutMs(timeoutMs);
}

bool WorkspaceEmulator::generateDbfsFolder(const QString &dbfsPath, int entryCount)
{
    if (entryCount < 0 || entryCount > kMaxDbfsFolderEntries) {
        m_errorString = QStringLiteral("A generated DBFS folder holds from 0 to %1 entries.")
                            .arg(kMaxDbfsFolderEntries);
        return false;
    }
    if (!prepareDbfs())
        return false;
    QString path;
    std::optional<ApiResponse> error = normaliseDbfsPath(dbfsPath, &path);
    if (!error)
        error = m_dbfs->generateFolder(path, entryCount);
    if (error) {
        m_errorString = QStringLiteral("Cannot generate the DBFS folder ") + dbfsPath +
                        QStringLiteral(": ") +
                        error->body.value(QStringLiteral("message")).toString();
        return false;
    }
    return true;
}

QString WorkspaceEmulator::dbfsRootPath()
{
    return prepareDbfs() ? m_dbfs->rootPath() : QString();
}

int WorkspaceEmulator::requestCount() const
{
    return m_requestCount;
}

void WorkspaceEmulator::setTimeScale(double timeScale)
{
    m_sim->setTimeScale(timeScale);
}

double WorkspaceEmulator::timeScale() const
{
    return m_sim->timeScale();
}

qint64 WorkspaceEmulator::simulatedNowMs() const
{
    return m_sim->nowMs();
}

// The DBFS folders, once: the demo tree goes into an empty root (a new workspace, or one saved
// before DBFS existed), then the generated folders.
bool WorkspaceEmulator::prepareDbfs()
{
    if (m_dbfsReady)
        return true;
    if (!m_dbfs->open(&m_errorString))
        return false;
    m_dbfsReady = true;
    if (m_options.seed == Seed::Demo && m_dbfs->isEmpty())
        seedDemoDbfs(*m_dbfs, m_sim->nowMs());
    for (const DbfsFolderSeed &folder : std::as_const(m_options.dbfsFolders)) {
        if (!generateDbfsFolder(folder.path, folder.entryCount))
            return false;
    }
    return true;
}

// Without a state folder the seed lives in memory. With one, an existing state.json wins over
// the seed; otherwise the seed is written there.
bool WorkspaceEmulator::prepareState()
{
    if (m_options.seed == Seed::GeneratedJobs &&
        (m_options.generatedJobCount < 0 || m_options.generatedJobCount > kMaxGeneratedJobs)) {
        m_errorString = QStringLiteral("The number of generated jobs must be from 0 to %1.")
                            .arg(kMaxGeneratedJobs);
        return false;
    }
    if (m_options.stateDir.isEmpty()) {
        seedWorkspace(*m_state, m_options, m_sim->nowMs());
        return true;
    }
    const QString filePath =
        QDir(m_options.stateDir).absoluteFilePath(QStringLiteral("state.json"));
    if (QFileInfo::exists(filePath))
        return m_state->load(filePath, &m_errorString);
    seedWorkspace(*m_state, m_options, m_sim->nowMs());
    return m_state->saveAs(filePath, &m_errorString);
}

} // namespace brickdesk::emulator

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
#include "JobsEditApi.h"
#include "LibrariesApi.h"
#include "LibraryInstaller.h"
#include "PermissionsApi.h"
#include "RequestPipeline.h"
#include "RunEngine.h"
#include "RunsQueryApi.h"
#include "ScimApi.h"
#include "Simulation.h"
#include "WorkspaceState.h"
#include "azure/AzureErrors.h"
#include "azure/AzureFrontDoor.h"
#include "azure/EntraApi.h"
#include "azure/EntraService.h"
#include "azure/KeyVaultApi.h"
#include "azure/KeyVaultSeed.h"
#include "azure/KeyVaultStore.h"
#include "dbfs/DbfsApi.h"
#include "dbfs/DbfsSeed.h"
#include "dbfs/DbfsStore.h"
#include "dbfs/DeltaTableGenerator.h"
#include "secrets/SecretAclsApi.h"
#include "secrets/SecretScopesApi.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretsApi.h"
#include "secrets/SecretsBackend.h"
#include "secrets/SecretsSeed.h"
#include "sql/SqlEngine.h"
#include "sql/SqlStatements.h"
#include "sql/StatementsApi.h"
#include "sql/WarehouseLifecycle.h"
#include "sql/WarehouseSeed.h"
#include "sql/WarehouseStore.h"
#include "sql/WarehousesApi.h"
#include "workspace/WorkspaceApi.h"
#include "workspace/WorkspaceExportApi.h"
#include "workspace/WorkspaceImportApi.h"
#include "workspace/WorkspacePath.h"
#include "workspace/WorkspaceSeed.h"
#include "workspace/WorkspaceTree.h"

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
    , m_secrets(std::make_unique<SecretStore>())
    , m_vaults(std::make_unique<KeyVaultStore>())
    , m_entra(std::make_unique<EntraService>(m_options.azure))
    , m_azureRouter(std::make_unique<ApiRouter>())
    , m_workspace(std::make_unique<WorkspaceTree>())
    , m_warehouses(std::make_unique<WarehouseStore>())
    , m_warehouseLifecycle(std::make_unique<WarehouseLifecycle>(*m_warehouses, *m_sim))
    , m_sqlEngine(std::make_unique<SqlEngine>())
    , m_sqlStatements(std::make_unique<SqlStatements>(*m_sqlEngine, *m_warehouseLifecycle, *m_sim))
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
    const auto vaultUrl = [this](const QString &vault) { return keyVaultUrl(vault); };
    m_secretsBackend = std::make_unique<SecretsBackend>(*m_secrets, *m_vaults, *m_sim, vaultUrl);
    registerSecretScopesApi(*m_router, *m_secretsBackend);
    registerSecretsApi(*m_router, *m_secretsBackend);
    registerSecretAclsApi(*m_router, *m_secretsBackend);
    registerWorkspaceApi(*m_router, *m_workspace, *m_sim);
    registerWorkspaceExportApi(*m_router, *m_workspace);
    registerWorkspaceImportApi(*m_router, *m_workspace, *m_sim);
    m_warehouseLifecycle->setListener([this](const QString &id, const QString &state) {
        m_sqlStatements->warehouseChanged(id, state);
    });
    registerWarehousesApi(*m_router, *m_warehouses, *m_warehouseLifecycle, *m_sim);
    registerStatementsApi(*m_router, *m_sqlStatements, *m_warehouses);
    // DESCRIBE HISTORY reads Delta tables from DBFS.
    m_sqlEngine->setDeltaTableLocator([this](const QString &dbfsPath) -> QString {
        QString path;
        if (normaliseDbfsPath(dbfsPath, &path) || !prepareDbfs())
            return QString();
        return m_dbfs->localPath(path);
    });

    // The Azure side has its own routes, credentials and error shape.
    registerEntraApi(*m_azureRouter, *m_entra);
    registerKeyVaultApi(*m_azureRouter, *m_vaults, *m_sim, vaultUrl);
    m_azureRouter->setFallback([](const ApiRequest &request) {
        return azureError(404, QStringLiteral("NotFound"),
                          QStringLiteral("No such endpoint: ") +
                              QString::fromLatin1(request.method) + QLatin1Char(' ') +
                              request.path);
    });
    m_azureFrontDoor = std::make_unique<AzureFrontDoor>(*m_azureRouter, *m_entra);
    registerStateSections();

    m_pipeline = std::make_unique<RequestPipeline>(*m_faults, *m_router, m_options.token);
    m_pipeline->setEntraTokens(&m_entra->tokens());
    m_pipeline->setAzureFrontDoor(m_azureFrontDoor.get());
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
    // Then the simulation, which writes a pending save, while the state still exists. The
    // statements and the warehouse lifecycle go before it: its scheduler holds their actions.
    m_sqlStatements.reset();
    m_warehouseLifecycle.reset();
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
    if (!checkAzureOptions())
        return false;
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
        m_warehouseLifecycle->resume();
    }
    if (!m_server->listenOnLoopback(port, &m_errorString))
        return false;
    m_sim->setBaseUrl(baseUrl());
    m_entra->setAuthority(entraAuthorityUrl());
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

bool WorkspaceEmulator::generateDeltaTable(const QString &dbfsPath, int commitCount, QString *error)
{
    QString message;
    QString path;
    if (commitCount < 1 || commitCount > kMaxDeltaTableCommits) {
        message = QStringLiteral("A generated Delta table has from 1 to %1 commits.")
                      .arg(kMaxDeltaTableCommits);
    } else if (!prepareDbfs()) {
        message = m_errorString;
    } else if (const std::optional<ApiResponse> invalid = normaliseDbfsPath(dbfsPath, &path)) {
        message = invalid->body.value(QStringLiteral("message")).toString();
    } else if (const std::optional<QString> failed =
                   writeGeneratedDeltaTable(*m_dbfs, path, commitCount, m_sim->nowMs())) {
        message = *failed;
    } else {
        return true;
    }
    if (error)
        *error = QStringLiteral("Cannot generate the Delta table ") + dbfsPath +
                 QStringLiteral(": ") + message;
    return false;
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

QUrl WorkspaceEmulator::keyVaultUrl(const QString &vault) const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/keyvault/") + vault);
    return url;
}

QUrl WorkspaceEmulator::entraAuthorityUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/entra"));
    return url;
}

QString WorkspaceEmulator::entraTenantId() const
{
    return m_entra->tenantId();
}

std::optional<QByteArray> WorkspaceEmulator::secretValue(const QString &scope,
                                                         const QString &key) const
{
    const SecretScope *found = m_secrets->scope(scope);
    if (!found)
        return std::nullopt;
    if (found->keyVaultBacked) {
        const std::optional<QString> vault = m_secretsBackend->vaultOfScope(*found);
        const VaultSecret *secret = vault ? m_vaults->secret(*vault, key) : nullptr;
        if (!secret || secret->isDeleted())
            return std::nullopt;
        return secret->current().value.toUtf8();
    }
    const auto it = found->secrets.find(key);
    if (it == found->secrets.end())
        return std::nullopt;
    return it->second.value;
}

bool WorkspaceEmulator::putSecret(const QString &scope, const QString &key, const QByteArray &value)
{
    SecretScope *found = m_secrets->scope(scope);
    if (!found) {
        SecretScope made;
        made.name = scope;
        made.acls[QStringLiteral("users")] = SecretPermission::Manage;
        found = &m_secrets->addScope(made);
    }
    if (found->keyVaultBacked)
        return false;
    found->secrets[key] = StoredSecret{value, m_sim->nowMs()};
    m_sim->persist();
    return true;
}

bool WorkspaceEmulator::removeSecret(const QString &scope, const QString &key)
{
    SecretScope *found = m_secrets->scope(scope);
    if (!found || found->secrets.erase(key) == 0)
        return false;
    m_sim->persist();
    return true;
}

bool WorkspaceEmulator::removeSecretScope(const QString &scope)
{
    if (!m_secrets->removeScope(scope))
        return false;
    m_sim->persist();
    return true;
}

void WorkspaceEmulator::expireEntraAccessTokens()
{
    m_entra->tokens().expireAccessTokens();
}

void WorkspaceEmulator::revokeEntraRefreshTokens()
{
    m_entra->tokens().revokeRefreshTokens();
}

void WorkspaceEmulator::declineNextDeviceCode()
{
    m_entra->deviceCodes().declineNext();
}

void WorkspaceEmulator::expireNextDeviceCode()
{
    m_entra->deviceCodes().expireNext();
}

int WorkspaceEmulator::entraTokenRequestCount(const QString &grantType) const
{
    return m_entra->tokenRequestCount(grantType);
}

bool WorkspaceEmulator::setKeyVaultSecret(const QString &vault, const QString &name,
                                          const QByteArray &value)
{
    const VaultSecret *existing = m_vaults->secret(vault, name);
    if (!m_vaults->hasVault(vault) || !isValidVaultSecretName(name) ||
        value.size() > kMaxVaultSecretValueBytes || (existing && existing->isDeleted())) {
        return false;
    }
    m_vaults->setSecret(vault, name, QString::fromUtf8(value), {}, m_sim->nowMs() / 1000);
    m_sim->persist();
    return true;
}

void WorkspaceEmulator::setEntraTokenLifetimeSeconds(int seconds)
{
    m_entra->tokens().setLifetimeSeconds(seconds);
}

std::optional<QByteArray> WorkspaceEmulator::workspaceObjectContent(const QString &path) const
{
    QString normalised;
    if (normaliseWorkspacePath(path, &normalised))
        return std::nullopt;
    const WorkspaceObject *object = m_workspace->object(normalised);
    if (!object || isWorkspaceContainer(object->type))
        return std::nullopt;
    return object->content;
}

bool WorkspaceEmulator::setWorkspaceNotebook(const QString &path, const QByteArray &source,
                                             const QString &language)
{
    QString normalised;
    const QString languageName = language.toUpper();
    if (normaliseWorkspacePath(path, &normalised) || normalised == QStringLiteral("/"))
        return false;
    if (languageName != QStringLiteral("PYTHON") && languageName != QStringLiteral("SCALA") &&
        languageName != QStringLiteral("SQL") && languageName != QStringLiteral("R")) {
        return false;
    }
    const WorkspaceObject *existing = m_workspace->object(normalised);
    if (existing && isWorkspaceContainer(existing->type))
        return false;
    for (QString step = workspaceParentPath(normalised); !step.isEmpty();
         step = workspaceParentPath(step)) {
        const WorkspaceObject *object = m_workspace->object(step);
        if (object && !isWorkspaceContainer(object->type))
            return false;
    }
    const qint64 now = m_sim->nowMs();
    m_workspace->makeFolders(workspaceParentPath(normalised), now);
    m_workspace->write(normalised, WorkspaceObjectType::Notebook, languageName, source, now);
    m_sim->persist();
    return true;
}

QString WorkspaceEmulator::warehouseState(const QString &id) const
{
    return m_warehouseLifecycle->state(id);
}

QString WorkspaceEmulator::demoWarehouseId() const
{
    return QString::fromLatin1(kDemoWarehouseId);
}

void WorkspaceEmulator::setSqlRowsPerChunk(int rows)
{
    m_sqlStatements->setRowsPerChunk(rows);
}

void WorkspaceEmulator::setSqlExecutionDelayMs(int delayMs)
{
    m_sqlStatements->setExecutionDelayMs(delayMs);
}

void WorkspaceEmulator::setSqlMaxLiveResults(int count)
{
    m_sqlStatements->setMaxLiveResults(count);
}

int WorkspaceEmulator::sqlStatementCount() const
{
    return m_sqlStatements->submittedCount();
}

int WorkspaceEmulator::sqlLiveResultCount() const
{
    return m_sqlStatements->liveResultCount();
}

bool WorkspaceEmulator::checkAzureOptions()
{
    const AzureEmulatorOptions &azure = m_options.azure;
    const auto fail = [this](const QString &message) {
        m_errorString = message;
        return false;
    };
    if (azure.tenantId.isEmpty() || azure.clientId.isEmpty())
        return fail(QStringLiteral("The Entra tenant id and client id must not be empty."));
    if (azure.tokenLifetimeSeconds < 1 ||
        azure.tokenLifetimeSeconds > kMaxEntraTokenLifetimeSeconds)
        return fail(QStringLiteral("The Entra token lifetime must be from 1 to %1 seconds.")
                        .arg(kMaxEntraTokenLifetimeSeconds));
    if (azure.deviceCodePollsBeforeApproval < 0 ||
        azure.deviceCodePollsBeforeApproval > kMaxDeviceCodePolls) {
        return fail(QStringLiteral("The device-code polls before approval must be from 0 to %1.")
                        .arg(kMaxDeviceCodePolls));
    }
    if (azure.deviceCodeIntervalSeconds < 1 || azure.deviceCodeIntervalSeconds > 60)
        return fail(QStringLiteral("The device-code polling interval must be from 1 to 60 "
                                   "seconds."));
    for (const QString &vault : azure.vaults) {
        if (!isValidVaultName(vault)) {
            return fail(QStringLiteral("'%1' is not a valid key vault name (3 to 24 letters, "
                                       "digits and dashes).")
                            .arg(vault));
        }
    }
    return true;
}

// Secrets and vaults are saved in state.json beside the workspace's objects.
void WorkspaceEmulator::registerStateSections()
{
    m_state->addSection(QStringLiteral("secrets"),
                        {[this] { return QJsonValue(m_secrets->toJson()); },
                         [this](const QJsonValue &json, QString *error) {
                             return m_secrets->fromJson(json, error);
                         }});
    m_state->addSection(QStringLiteral("key_vaults"),
                        {[this] { return QJsonValue(m_vaults->toJson()); },
                         [this](const QJsonValue &json, QString *error) {
                             return m_vaults->fromJson(json, error);
                         }});
    m_state->addSection(QStringLiteral("workspace"),
                        {[this] { return QJsonValue(m_workspace->toJson()); },
                         [this](const QJsonValue &json, QString *error) {
                             return m_workspace->fromJson(json, error);
                         }});
    m_state->addSection(QStringLiteral("sql_warehouses"),
                        {[this] { return QJsonValue(m_warehouses->toJson()); },
                         [this](const QJsonValue &json, QString *error) {
                             return m_warehouses->fromJson(json, error);
                         }});
}

// Workspace objects: the folders every workspace has, and the demo's notebooks and files (with
// those the demo jobs name). SQL warehouses: the demo's three (none in an empty workspace).
void WorkspaceEmulator::seedWorkspaceAreas(bool objects, bool warehouses)
{
    const bool demo = m_options.seed == Seed::Demo;
    if (objects)
        seedWorkspaceTree(*m_workspace, demo, demo ? m_state->jobs() : QList<QJsonObject>(),
                          m_sim->nowMs());
    if (warehouses && m_options.seed != Seed::Empty)
        seedDemoWarehouses(*m_warehouses);
}

// The configured vaults always exist; the demo seed fills the first one and links a scope to it.
void WorkspaceEmulator::seedSecretsAndVaults(bool scopes, bool vaults)
{
    const QString demoVault =
        m_options.azure.vaults.isEmpty() ? QString() : m_options.azure.vaults.constFirst();
    const bool demo = m_options.seed == Seed::Demo;
    if (vaults && demo && !demoVault.isEmpty())
        seedDemoVault(*m_vaults, demoVault, m_sim->nowMs());
    if (scopes && demo)
        seedDemoSecretScopes(*m_secrets, demoVault, m_sim->nowMs());
    for (const QString &vault : std::as_const(m_options.azure.vaults))
        m_vaults->addVault(vault);
}

// The DBFS folders, once: the demo tree goes into an empty root (a new workspace, or one saved
// before DBFS existed), then the generated folders and Delta tables.
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
    for (const DeltaTableSeed &table : std::as_const(m_options.deltaTables)) {
        if (!generateDeltaTable(table.path, table.commitCount, &m_errorString))
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
        seedSecretsAndVaults(true, true);
        seedWorkspaceAreas(true, true);
        return true;
    }
    const QString filePath =
        QDir(m_options.stateDir).absoluteFilePath(QStringLiteral("state.json"));
    if (QFileInfo::exists(filePath)) {
        if (!m_state->load(filePath, &m_errorString))
            return false;
        // A state saved before secrets or vaults existed gets them seeded now.
        const bool seedScopes = !m_state->hasSection(QStringLiteral("secrets"));
        const bool seedVaults = !m_state->hasSection(QStringLiteral("key_vaults"));
        seedSecretsAndVaults(seedScopes, seedVaults);
        // Likewise workspace objects and SQL warehouses.
        const bool seedObjects = !m_state->hasSection(QStringLiteral("workspace"));
        const bool seedWarehouses = !m_state->hasSection(QStringLiteral("sql_warehouses"));
        seedWorkspaceAreas(seedObjects, seedWarehouses);
        return !(seedScopes || seedVaults || seedObjects || seedWarehouses) ||
               m_state->save(&m_errorString);
    }
    seedWorkspace(*m_state, m_options, m_sim->nowMs());
    seedSecretsAndVaults(true, true);
    seedWorkspaceAreas(true, true);
    return m_state->saveAs(filePath, &m_errorString);
}

} // namespace brickdesk::emulator

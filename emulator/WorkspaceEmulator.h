#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

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

// A generated Delta table (see WorkspaceEmulator::generateDeltaTable).
struct DeltaTableSeed
{
    QString path;
    int commitCount = 0;
};

// The emulated Azure side, served by the same server: a fake Microsoft Entra ID (authority
// <base>/entra, token and device-code endpoints) and Azure Key Vaults (<base>/keyvault/<vault>,
// data plane api-version 7.x). Their tokens are separate from the workspace token.
struct AzureEmulatorOptions
{
    QString tenantId = QStringLiteral("brickdesk-demo-tenant");
    // The registered application: the client of the client-credentials grant, and a public
    // client for device-code sign-in (as is the Azure CLI's well-known client id).
    QString clientId = QStringLiteral("brickdesk-demo-app");
    // The application's secret. Empty: client credentials are refused. Never printed or logged.
    QString clientSecret;
    int tokenLifetimeSeconds = 3600; // access tokens, in real (not simulated) seconds
    // A device code is approved at the poll after this many "authorization_pending" answers.
    int deviceCodePollsBeforeApproval = 2;
    int deviceCodeIntervalSeconds = 1; // the polling interval the device-code answer asks for
    // The application's certificate (PEM, public part) for certificate sign-in: client assertions
    // signed by its key are accepted. Empty: certificate sign-in is refused.
    QByteArray clientCertificatePem;
    // The vaults (names: 3..24 letters, digits and '-'), created empty when the state has none.
    QStringList vaults = {QStringLiteral("brickdesk-demo")};
};

inline constexpr int kMaxEntraTokenLifetimeSeconds = 24 * 60 * 60;
inline constexpr int kMaxDeviceCodePolls = 1000;

// DBFS lives in files: <stateDir>/dbfs when there is a state folder, otherwise a temporary folder
// that goes away with the emulator. The Demo seed writes a small tree into an empty DBFS root.
struct EmulatorOptions
{
    // The workspace's personal access token. Besides it, the workspace API accepts the access
    // tokens of the emulator's Entra ID for Azure Databricks; other tokens answer 403, none 401.
    QString token;
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
    // Delta tables generated with that many commits (see generateDeltaTable) when the emulator
    // starts, after the DBFS folders.
    QList<DeltaTableSeed> deltaTables;
    AzureEmulatorOptions azure;
};

inline constexpr int kMaxGeneratedJobs = 100000;
inline constexpr int kMaxDbfsFolderEntries = 1000000;
inline constexpr int kMaxDeltaTableCommits = 100000;

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
class SecretStore;
class SecretsBackend;
class KeyVaultStore;
class EntraService;
class AzureFrontDoor;
class WorkspaceTree;
class WarehouseStore;
class WarehouseLifecycle;
class SqlEngine;
class SqlStatements;

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
    // Writes the _delta_log of a realistic Delta table with commitCount commits (1 to
    // kMaxDeltaTableCommits) at dbfsPath: created with a partitioned schema, then appends, MERGE,
    // UPDATE, DELETE and OPTIMIZE commits, schema changes (ADD COLUMNS, column mapping and a
    // RENAME COLUMN, type widening), SET TBLPROPERTIES and a RESTORE, as Databricks writes them;
    // commit files a minute apart ending now, no checkpoint. The same table for the same count
    // (timestamps aside); a _delta_log already there is replaced. For DESCRIBE HISTORY and the
    // app's history view at scale. False with *error (when given) set on failure.
    bool generateDeltaTable(const QString &dbfsPath, int commitCount, QString *error);
    // The local folder holding the DBFS root.
    QString dbfsRootPath();

    int requestCount() const; // every request received, answered or not

    // Azure: the Key Vaults and the fake Microsoft Entra ID (see AzureEmulatorOptions).
    // A vault's base URL, <base>/keyvault/<vault> without a trailing slash; clients append
    // /secrets?api-version=7.4 and so on.
    QUrl keyVaultUrl(const QString &vault) const;
    // The Entra authority, <base>/entra: tokens at <authority>/<tenant>/oauth2/v2.0/token.
    QUrl entraAuthorityUrl() const;
    QString entraTenantId() const;
    // Test hooks. The stored value of a secret (for a Key Vault-backed scope, the current value
    // of the vault secret), or nothing when there is no such scope or key.
    std::optional<QByteArray> secretValue(const QString &scope, const QString &key) const;
    // Every access token issued so far counts as expired from now on.
    void expireEntraAccessTokens();
    // Every refresh token issued so far answers invalid_grant (AADSTS700082) from now on.
    void revokeEntraRefreshTokens();
    // The next device-code poll finds its code declined (authorization_declined) or expired
    // (expired_token) instead of pending or approved.
    void declineNextDeviceCode();
    void expireNextDeviceCode();
    // Token requests received, by grant_type as sent ("client_credentials",
    // "urn:ietf:params:oauth:grant-type:device_code", "refresh_token"), failed ones included.
    int entraTokenRequestCount(const QString &grantType) const;
    // Sets a new version of a vault secret directly (UTF-8 value). False when the vault does not
    // exist, the name or value breaks Key Vault's rules, or the name is soft-deleted.
    bool setKeyVaultSecret(const QString &vault, const QString &name, const QByteArray &value);
    // Demo and test hooks on Databricks-backed scopes, without HTTP: put a secret (making the scope
    // when missing), remove one, remove a scope. False when there is nothing to change.
    bool putSecret(const QString &scope, const QString &key, const QByteArray &value);
    bool removeSecret(const QString &scope, const QString &key);
    bool removeSecretScope(const QString &scope);
    // Lifetime of access tokens issued from now on, in real seconds (at least 1).
    void setEntraTokenLifetimeSeconds(int seconds);

    // Workspace objects (test hooks, no HTTP). The stored content of a notebook (its source
    // text), file, library or dashboard; nothing for a folder, a repo or no object.
    std::optional<QByteArray> workspaceObjectContent(const QString &path) const;
    // Creates or overwrites the notebook (making missing parent folders) with `source` in
    // `language` (PYTHON, SCALA, SQL, R), moving its modified_at forward, as when someone else
    // saves it. False for a bad path or language, or when a folder or repo is at the path or on
    // the way.
    bool setWorkspaceNotebook(const QString &path, const QByteArray &source,
                              const QString &language);

    // SQL warehouses and statements (test hooks, no HTTP). A warehouse's state ("" when there is
    // no such warehouse), and the id of the demo's running warehouse ("Demo Serverless").
    QString warehouseState(const QString &id) const;
    QString demoWarehouseId() const;
    // Rows per result chunk of statements submitted from now on (default 10,000).
    void setSqlRowsPerChunk(int rows);
    // Every statement stays RUNNING this many real milliseconds before it executes (default 0).
    void setSqlExecutionDelayMs(int delayMs);
    // How many results may exist at once before the oldest is closed (default 50).
    void setSqlMaxLiveResults(int count);
    // Statements submitted so far (with an id, failed ones included), and results whose rows
    // are still kept.
    int sqlStatementCount() const;
    int sqlLiveResultCount() const;

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
    bool checkAzureOptions();
    void registerStateSections();
    void seedSecretsAndVaults(bool scopes, bool vaults);
    void seedWorkspaceAreas(bool objects, bool warehouses);

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
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<KeyVaultStore> m_vaults;
    std::unique_ptr<EntraService> m_entra;
    std::unique_ptr<SecretsBackend> m_secretsBackend;
    std::unique_ptr<ApiRouter> m_azureRouter;
    std::unique_ptr<AzureFrontDoor> m_azureFrontDoor;
    std::unique_ptr<WorkspaceTree> m_workspace;
    std::unique_ptr<WarehouseStore> m_warehouses;
    std::unique_ptr<WarehouseLifecycle> m_warehouseLifecycle;
    std::unique_ptr<SqlEngine> m_sqlEngine;
    std::unique_ptr<SqlStatements> m_sqlStatements;
    bool m_stateReady = false;
    bool m_dbfsReady = false;
    int m_requestCount = 0;
};

} // namespace brickdesk::emulator

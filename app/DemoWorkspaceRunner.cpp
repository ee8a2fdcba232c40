#include "DemoWorkspaceRunner.h"

#include "WorkspaceEmulator.h"

#include <QRandomGenerator>

namespace brickdesk {

namespace {

constexpr int kLatencyMs = 40; // feels like a network, without being slow

QString randomToken()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QStringLiteral("demo-") + QString::fromLatin1(random.toHex());
}

} // namespace

DemoWorkspaceRunner::DemoWorkspaceRunner()
{
    m_thread.setObjectName(QStringLiteral("demo-emulators"));
    m_thread.start();
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
}

DemoWorkspaceRunner::~DemoWorkspaceRunner()
{
    // Emulators (their server, timers and SQLite connection) end on the thread they live on.
    onEmulatorThread([this] {
        m_peers.clear();
        m_main.emulator.reset();
        delete m_threadContext;
    });
    m_thread.quit();
    m_thread.wait();
}

void DemoWorkspaceRunner::onEmulatorThread(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_threadContext, work, Qt::BlockingQueuedConnection);
}

bool DemoWorkspaceRunner::startInstance(Instance &instance, QString *error)
{
    instance.token = randomToken();
    bool listening = false;
    onEmulatorThread([&] {
        emulator::EmulatorOptions options;
        options.token = instance.token;
        instance.emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
        listening = instance.emulator->listen(0);
        if (!listening) {
            *error = instance.emulator->errorString();
            instance.emulator.reset();
        }
    });
    return listening;
}

bool DemoWorkspaceRunner::start(QString *error)
{
    m_main.name = QStringLiteral("Demo workspace");
    m_main.environment = EnvironmentTag::Dev;
    m_main.colour = QStringLiteral("#1565c0");
    if (!startInstance(m_main, error))
        return false;
    onEmulatorThread([this] { m_main.emulator->setLatencyMs(kLatencyMs); });
    return true;
}

DemoWorkspace DemoWorkspaceRunner::workspaceOf(const Instance &instance)
{
    DemoWorkspace demo;
    demo.profile.name = instance.name;
    demo.profile.host = instance.emulator ? instance.emulator->baseUrl().toString() : QString();
    demo.profile.authType = QStringLiteral("pat");
    demo.profile.tokenSource = TokenSource::None;
    demo.profile.environment = instance.environment;
    demo.profile.colour = instance.colour;
    demo.token = instance.token;
    if (instance.emulator) {
        // The demo's own Entra ID: a device-code sign-in that approves itself.
        demo.profile.azureSignIn.method = QStringLiteral("device-code");
        demo.profile.azureSignIn.tenantId = instance.emulator->entraTenantId();
        demo.profile.azureSignIn.clientId = QStringLiteral("brickdesk-demo-app");
        demo.profile.azureSignIn.authorityHost = instance.emulator->entraAuthorityUrl().toString();
        // As a user would set it in .databrickscfg: the Delta tab runs DESCRIBE HISTORY there
        // (and RESTORE, which the emulator answers as Databricks SQL does, see SqlDeltaHistory).
        demo.profile.attributes.insert(QStringLiteral("warehouse_id"),
                                       instance.emulator->demoWarehouseId());
        demo.keyVaults = {
            instance.emulator->keyVaultUrl(QStringLiteral("brickdesk-demo")).toString()};
    }
    return demo;
}

DemoWorkspace DemoWorkspaceRunner::workspace() const
{
    return workspaceOf(m_main);
}

QList<DemoWorkspace> DemoWorkspaceRunner::peers() const
{
    QList<DemoWorkspace> list;
    for (const std::unique_ptr<Instance> &peer : m_peers)
        list.append(workspaceOf(*peer));
    return list;
}

QStringList DemoWorkspaceRunner::addresses() const
{
    QStringList list;
    if (m_main.emulator)
        list.append(m_main.emulator->baseUrl().toString());
    for (const std::unique_ptr<Instance> &peer : m_peers)
        list.append(peer->emulator->baseUrl().toString());
    return list;
}

bool DemoWorkspaceRunner::startPeers(QString *error)
{
    const struct
    {
        const char *name;
        EnvironmentTag environment;
        const char *colour;
    } kPeers[] = {{"Demo staging", EnvironmentTag::Staging, "#ef6c00"},
                  {"Demo prod", EnvironmentTag::Prod, "#c62828"}};
    for (const auto &spec : kPeers) {
        auto peer = std::make_unique<Instance>();
        peer->name = QString::fromLatin1(spec.name);
        peer->environment = spec.environment;
        peer->colour = QString::fromLatin1(spec.colour);
        if (!startInstance(*peer, error))
            return false;
        Instance *started = peer.get();
        onEmulatorThread([started] { started->emulator->setLatencyMs(kLatencyMs); });
        m_peers.push_back(std::move(peer));
    }
    // What "Compare environments" should find: staging lost a key and has one of its own, prod
    // never got the ml-models scope.
    emulator::WorkspaceEmulator &staging = *m_peers.at(0)->emulator;
    emulator::WorkspaceEmulator &prod = *m_peers.at(1)->emulator;
    onEmulatorThread([&] {
        staging.removeSecret(QStringLiteral("etl"), QStringLiteral("jdbc-password"));
        staging.putSecret(QStringLiteral("ml-models"), QStringLiteral("feature-store-url"),
                          QByteArrayLiteral("https://features.staging.brickdesk.example"));
        prod.removeSecretScope(QStringLiteral("ml-models"));
    });
    return true;
}

} // namespace brickdesk

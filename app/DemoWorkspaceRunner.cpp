#include "DemoWorkspaceRunner.h"

#include "WorkspaceEmulator.h"

#include <QRandomGenerator>

namespace brickdesk {

DemoWorkspaceRunner::DemoWorkspaceRunner() = default;
DemoWorkspaceRunner::~DemoWorkspaceRunner() = default;

bool DemoWorkspaceRunner::start(QString *error)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    m_token = QStringLiteral("demo-") + QString::fromLatin1(random.toHex());
    emulator::EmulatorOptions options;
    options.token = m_token;
    options.latencyMs = 40; // feels like a network, without being slow
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    if (!m_emulator->listen(0)) {
        *error = m_emulator->errorString();
        m_emulator.reset();
        return false;
    }
    return true;
}

DemoWorkspace DemoWorkspaceRunner::workspace() const
{
    DemoWorkspace demo;
    demo.profile.name = QStringLiteral("Demo workspace");
    demo.profile.host = m_emulator ? m_emulator->baseUrl().toString() : QString();
    demo.profile.authType = QStringLiteral("pat");
    demo.profile.tokenSource = TokenSource::None;
    demo.profile.environment = EnvironmentTag::Dev;
    demo.profile.colour = QStringLiteral("#1565c0");
    demo.token = m_token;
    return demo;
}

} // namespace brickdesk

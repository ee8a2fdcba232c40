#pragma once

#include "AppContext.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <vector>

namespace brickdesk::emulator {
class WorkspaceEmulator;
}

namespace brickdesk {

// Starts the built-in demo workspace: the emulator in-process on a random loopback port, with a
// random token that exists only in memory, its Azure Key Vault and a Microsoft Entra ID that
// approves a device-code sign-in by itself after two polls. Optionally two more workspaces,
// "Demo staging" and "Demo prod", whose secrets differ from the demo's in planted ways.
// The emulators live on a thread of their own: their work (a million-row SQL result, a large
// DBFS folder) never stalls the window that talks to them.
class DemoWorkspaceRunner
{
public:
    DemoWorkspaceRunner();
    ~DemoWorkspaceRunner();

    bool start(QString *error);
    DemoWorkspace workspace() const;

    // Starts the peers, with their differences planted.
    bool startPeers(QString *error);
    QList<DemoWorkspace> peers() const;
    QStringList addresses() const; // every demo emulator's base URL

private:
    struct Instance
    {
        std::unique_ptr<emulator::WorkspaceEmulator> emulator;
        QString token;
        QString name;
        EnvironmentTag environment = EnvironmentTag::Dev;
        QString colour;
    };
    bool startInstance(Instance &instance, QString *error);
    static DemoWorkspace workspaceOf(const Instance &instance);
    // Runs `work` on the emulators' thread and waits for it.
    void onEmulatorThread(const std::function<void()> &work);

    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread: where the work is queued
    Instance m_main;
    std::vector<std::unique_ptr<Instance>> m_peers;
};

} // namespace brickdesk

#pragma once

#include "AppContext.h"

#include <memory>

namespace brickdesk::emulator {
class WorkspaceEmulator;
}

namespace brickdesk {

// Starts the built-in demo workspace: the emulator in-process on a random loopback port, with a
// random token that exists only in memory.
class DemoWorkspaceRunner
{
public:
    DemoWorkspaceRunner();
    ~DemoWorkspaceRunner();

    bool start(QString *error);
    DemoWorkspace workspace() const;

private:
    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QString m_token;
};

} // namespace brickdesk

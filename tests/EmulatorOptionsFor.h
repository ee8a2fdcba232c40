#pragma once

#include "WorkspaceEmulator.h"

inline brickdesk::emulator::EmulatorOptions emulatorOptionsFor(
    const QString &token, brickdesk::emulator::Seed seed = brickdesk::emulator::Seed::Demo)
{
    brickdesk::emulator::EmulatorOptions options;
    options.token = token;
    options.seed = seed;
    return options;
}

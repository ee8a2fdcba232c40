#pragma once

#include "WorkspaceEmulator.h"

#include <QJsonObject>
#include <QList>

namespace brickdesk::emulator {

struct SeedData
{
    QList<QJsonObject> clusters;
    QList<QJsonObject> jobs;
};

// The contents of a new workspace. Demo: three clusters (running, terminated, pending) and 25 jobs
// with realistic fields, identical on every run (fixed times, no randomness). Empty: nothing.
SeedData seedData(Seed seed);

// The user the emulator's token belongs to (SCIM Me).
QString demoUserName();

} // namespace brickdesk::emulator

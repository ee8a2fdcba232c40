#pragma once

#include "WorkspaceEmulator.h"

#include <QString>
#include <array>

namespace brickdesk::emulator {

class WorkspaceState;

// The demo workspace's timeline: written with fixed dates around "now" = 2024-11-21 14:10 UTC and
// moved so that this moment is the emulator's start. The demo is the same on every run, relative
// to when it starts.
struct DemoTime
{
    qint64 shiftMs = 0;

    qint64 at(int year, int month, int day, int hour, int minute, int second) const;
    static DemoTime startingAt(qint64 nowMs);
};

namespace demo {

// Users of the demo workspace. The last one is a service principal (its application id).
inline constexpr std::array<const char *, 4> kUsers = {
    "demo.user@brickdesk.example",
    "anna.keller@brickdesk.example",
    "ravi.patel@brickdesk.example",
    "8f3e2a91-7c4d-4b6e-9a12-3d5f6e7a8b90",
};
inline constexpr const char *kSharedAnalyticsId = "0923-164208-k9x2m1qa";
inline constexpr const char *kEtlNightlyId = "0815-031507-ze7tpl42";
inline constexpr const char *kMlSandboxId = "1102-090311-mb4rq8sv";

} // namespace demo

// Fills a new workspace. Demo: three clusters (running and pinned, terminated, pending) with their
// event history and libraries, 25 jobs with realistic fields, and a run history (one run still
// running). GeneratedJobs: the same clusters and options.generatedJobCount generated jobs, no
// runs. Empty: nothing.
void seedWorkspace(WorkspaceState &state, const EmulatorOptions &options, qint64 nowMs);

// The user the emulator's token belongs to (SCIM Me).
QString demoUserName();

} // namespace brickdesk::emulator

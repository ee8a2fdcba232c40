#pragma once

namespace brickdesk::emulator {

struct DemoTime;
class WorkspaceState;

// The demo clusters' past: their event logs (created, started, resized, edited, pinned,
// terminated for inactivity), their libraries, and the pin on Shared Analytics.
void addDemoClusterHistory(WorkspaceState &state, const DemoTime &t);

// Past runs of several demo jobs over the last days (mostly successful, some failed, one
// cancelled) and one run still running. Expects the demo jobs in the state.
void addDemoRunHistory(WorkspaceState &state, const DemoTime &t);

} // namespace brickdesk::emulator

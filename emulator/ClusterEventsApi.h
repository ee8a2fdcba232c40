#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class WorkspaceState;

// POST /api/2.0/clusters/events and /api/2.1/clusters/events: a cluster's event log, filtered by
// time and type, newest first unless order is ASC, paged either the legacy way (offset, limit;
// next_page is the next request's whole body) or with page_size and page_token.
void registerClusterEventsApi(ApiRouter &router, const WorkspaceState &state);

} // namespace brickdesk::emulator

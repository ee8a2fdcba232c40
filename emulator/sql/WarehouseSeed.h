#pragma once

namespace brickdesk::emulator {

class WarehouseStore;

// The demo's SQL warehouses: "Demo Serverless" (RUNNING, serverless, 2X-Small), "Reporting
// (Pro)" (STOPPED, Small) and "Nightly ETL" (STOPPED, classic, Medium, up to 2 clusters).
void seedDemoWarehouses(WarehouseStore &store);

inline constexpr const char *kDemoWarehouseId = "4f6d2b8e9a1c3d57";

} // namespace brickdesk::emulator

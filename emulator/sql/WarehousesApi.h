#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class Simulation;
class WarehouseLifecycle;
class WarehouseStore;

// /api/2.0/sql/warehouses: list (page_size and page_token), get, start and stop. The answers
// add odbc_params and jdbc_url for the emulator's current address.
void registerWarehousesApi(ApiRouter &router, const WarehouseStore &store,
                           WarehouseLifecycle &lifecycle, const Simulation &sim);

} // namespace brickdesk::emulator

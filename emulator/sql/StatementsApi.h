#pragma once

namespace brickdesk::emulator {

class ApiRouter;
class SqlStatements;
class WarehouseStore;

// /api/2.0/sql/statements: submit (POST), get, cancel and result chunks. The request is checked
// as the service checks it (400 for a bad wait_timeout, disposition, format, parameter; 404 for
// an unknown warehouse); what goes wrong when the statement runs answers 200 with state FAILED.
// Results are INLINE JSON_ARRAY only: the emulator has no cloud storage for EXTERNAL_LINKS.
void registerStatementsApi(ApiRouter &router, SqlStatements &statements,
                           const WarehouseStore &warehouses);

} // namespace brickdesk::emulator

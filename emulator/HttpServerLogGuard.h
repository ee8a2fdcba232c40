#pragma once

namespace brickdesk::emulator {

// Qt HttpServer's own debug output ("qt.httpserver" categories) prints every request with all its
// headers, the Authorization header included. This keeps those categories below warning level
// whatever logging rules are set later, by chaining a category filter once per process.
void keepHttpServerDebugOutputOff();

} // namespace brickdesk::emulator

#pragma once

#include <QString>

namespace brickdesk::dbfsformat {

// "0 B", "812 B", "1.5 KB", "12.4 MB": powers of 1024, one decimal above bytes.
QString humanSize(qint64 bytes);
// "12.3 MB/s"; empty when the rate is unknown or zero.
QString humanRate(double bytesPerSecond);
// "45 s", "1 min 20 s", "2 h 5 min"; empty when unknown (negative).
QString humanDuration(qint64 seconds);

} // namespace brickdesk::dbfsformat

#pragma once

#include <QDateTime>
#include <QString>

namespace brickdesk::secretformat {

// "2024-05-01 14:03" in local time; empty for an invalid time (the service did not say).
QString shortTime(const QDateTime &time);
// "2024-05-01 14:03:27 (3 days ago)" for tooltips; "unknown" for an invalid time.
QString longTime(const QDateTime &time, const QDateTime &now);

} // namespace brickdesk::secretformat

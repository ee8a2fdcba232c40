#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace brickdesk {

// One entry of /clusters/events.
struct ClusterEvent
{
    QDateTime timestamp;
    QString type; // CREATING, STARTING, RUNNING, TERMINATING, ...
    QJsonObject details;

    // One line for tables and status bars, e.g. "by ada@example.com: User request".
    QString summary() const;
    // The cluster state this event moves to, when it is a state change; empty otherwise.
    QString stateAfter() const;

    static std::optional<ClusterEvent> fromJson(const QJsonObject &object);
};

} // namespace brickdesk

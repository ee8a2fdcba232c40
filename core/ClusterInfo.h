#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace brickdesk {

// What the cluster list shows of a ClusterDetails object. Parsing is lenient: a missing or
// mistyped field gives its empty value, never a failure, because the API adds fields over time.
struct ClusterInfo
{
    QString id;
    QString name;
    QString state; // PENDING, RUNNING, ... UNKNOWN
    QString stateMessage;
    QString sparkVersion;
    QString nodeTypeId;
    QString driverNodeTypeId;
    int numWorkers = 0;
    std::optional<int> autoscaleMin;
    std::optional<int> autoscaleMax;
    int autoterminationMinutes = 0;
    QString creator;
    QString source; // UI, API, JOB, SQL, PIPELINE
    QDateTime startTime;
    QDateTime terminatedTime;
    QString terminationCode;
    qint64 memoryMb = 0;
    double cores = 0;
    QDateTime lastRestartedTime;
    QJsonObject raw; // the whole object as the API sent it, for the JSON view and edit/clone

    QString workersText() const; // "4", "2–8 (autoscale)"
    // Time since the cluster last started, while it runs; 0 otherwise.
    qint64 uptimeSeconds(const QDateTime &now) const;
    bool isTransitioning() const; // PENDING, RESTARTING, RESIZING, TERMINATING
    bool isJobCluster() const { return source == QStringLiteral("JOB"); }

    // nullopt when the object has no cluster_id: such an entry cannot be acted on.
    static std::optional<ClusterInfo> fromJson(const QJsonObject &object);
    bool operator==(const ClusterInfo &) const = default;
};

QDateTime dateTimeFromEpochMs(const QJsonValue &value);

} // namespace brickdesk

#pragma once

#include "ApiMessage.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

class LibraryInstaller;
class Simulation;

// The cluster state machine, in simulated time, with the event log it writes:
//   create/start: PENDING → RUNNING (3-5 min, fixed per cluster)
//   restart, edit of a running cluster: RESTARTING → RUNNING (2 min)
//   resize: RESIZING → RUNNING (1 min)
//   delete: TERMINATING → TERMINATED (30 s)
// Operations answer 400 INVALID_STATE from a state they do not apply to and
// 400 INVALID_PARAMETER_VALUE for an unknown cluster, as the service does.
class ClusterLifecycle
{
public:
    static constexpr qint64 kRestartMs = 120'000;
    static constexpr qint64 kResizeMs = 60'000;
    static constexpr qint64 kTerminateMs = 30'000;

    ClusterLifecycle(Simulation &sim, LibraryInstaller &libraries);

    // PENDING → RUNNING time of a cluster: 180-300 s, the same on every run.
    static qint64 startupMs(const QString &clusterId);
    static ApiResponse unknownCluster(const QString &clusterId);

    // A new PENDING cluster from a validated spec. `source` is API, UI or JOB; `extra` fields
    // (default tags of a job cluster, ...) are merged in. startupMs < 0: startupMs(id).
    QString create(const QJsonObject &spec, const QString &source, const QJsonObject &extra = {},
                   qint64 startupDelayMs = -1);
    std::optional<ApiResponse> edit(const QString &clusterId, const QJsonObject &spec);
    std::optional<ApiResponse> start(const QString &clusterId);
    std::optional<ApiResponse> restart(const QString &clusterId);
    std::optional<ApiResponse> resize(const QString &clusterId, const QJsonObject &body);
    // Terminates (no-op when already terminating or terminated).
    std::optional<ApiResponse> terminate(const QString &clusterId,
                                         const QString &reasonCode = QStringLiteral("USER_REQUEST"),
                                         const QString &reasonType = QStringLiteral("SUCCESS"));
    std::optional<ApiResponse> permanentDelete(const QString &clusterId);
    std::optional<ApiResponse> setPinned(const QString &clusterId, bool pinned);

    // After loading: clusters caught in PENDING, RESTARTING, RESIZING or TERMINATING finish
    // their transition, timed from now.
    void resume();

private:
    void recordEvent(const QString &clusterId, const QString &type, const QJsonObject &details);
    void scheduleRunning(const QString &clusterId, qint64 delayMs, bool librariesRestart);
    void becomeRunning(const QString &clusterId, bool librariesRestart);
    void finishResize(const QString &clusterId, int previousWorkers);
    void becomeTerminated(const QString &clusterId);
    QString newClusterId();

    Simulation &m_sim;
    LibraryInstaller &m_libraries;
    quint64 m_created = 0;
};

} // namespace brickdesk::emulator

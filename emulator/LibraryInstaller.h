#pragma once

#include "ApiMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

class Simulation;

// The library statuses of each cluster and how they move in simulated time:
// on a RUNNING cluster PENDING → (RESOLVING for Maven) → INSTALLING → INSTALLED, or FAILED for a
// PyPI package that does not exist (any name starting with "doesnotexist"). On a cluster that is
// not running, libraries wait in PENDING until it runs. Uninstalling marks UNINSTALL_ON_RESTART;
// the library goes when the cluster next starts or restarts.
class LibraryInstaller
{
public:
    explicit LibraryInstaller(Simulation &sim);

    // A libraries[] array: non-empty, each entry exactly one of jar, egg, whl, requirements,
    // pypi{package}, maven{coordinates}, cran{package}.
    static std::optional<ApiResponse> validate(const QJsonArray &libraries);

    void install(const QString &clusterId, const QJsonArray &libraries);
    void uninstall(const QString &clusterId, const QJsonArray &libraries);

    // The cluster reached RUNNING after a start, restart or edit: libraries marked for removal
    // go, the others are (re)installed.
    void clusterStarted(const QString &clusterId);
    // The cluster is going down (terminating or restarting): installed libraries will need
    // installing again.
    void clusterStopping(const QString &clusterId);
    void clusterRemoved(const QString &clusterId);

    // After loading: libraries caught mid-install on a running cluster carry on.
    void resume();

private:
    void scheduleInstall(const QString &clusterId, const QJsonObject &library);
    void setStatus(const QString &clusterId, const QJsonObject &library, const QString &status,
                   const QStringList &messages = {});
    void advance(const QString &clusterId, const QJsonObject &library);
    bool clusterIsRunning(const QString &clusterId) const;

    Simulation &m_sim;
};

} // namespace brickdesk::emulator

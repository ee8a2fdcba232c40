#include "LibraryInstaller.h"

#include "SimScheduler.h"
#include "Simulation.h"
#include "WorkspaceState.h"

#include <QRegularExpression>

namespace brickdesk::emulator {

namespace {

const QString kLibrary = QStringLiteral("library");
const QString kStatus = QStringLiteral("status");
const QString kPending = QStringLiteral("PENDING");
const QString kResolving = QStringLiteral("RESOLVING");
const QString kInstalling = QStringLiteral("INSTALLING");
const QString kInstalled = QStringLiteral("INSTALLED");
const QString kFailed = QStringLiteral("FAILED");
const QString kUninstallOnRestart = QStringLiteral("UNINSTALL_ON_RESTART");

constexpr qint64 kQueueMs = 5'000;
constexpr qint64 kResolveMs = 6'000;
constexpr qint64 kInstallMs = 15'000;

QString scheduleKey(const QString &clusterId)
{
    return QStringLiteral("libraries:") + clusterId;
}

const QStringList &libraryKinds()
{
    static const QStringList kinds{QStringLiteral("jar"),  QStringLiteral("egg"),
                                   QStringLiteral("whl"),  QStringLiteral("requirements"),
                                   QStringLiteral("pypi"), QStringLiteral("maven"),
                                   QStringLiteral("cran")};
    return kinds;
}

QString pypiPackage(const QJsonObject &library)
{
    return library.value(QStringLiteral("pypi"))
        .toObject()
        .value(QStringLiteral("package"))
        .toString();
}

bool failsToInstall(const QJsonObject &library)
{
    return pypiPackage(library).startsWith(QLatin1String("doesnotexist"), Qt::CaseInsensitive);
}

QString failureMessage(const QString &clusterId, const QJsonObject &library)
{
    const QString package = pypiPackage(library);
    const QString name = package.section(QRegularExpression(QStringLiteral("[=<>!~\\[ ]")), 0, 0);
    return QStringLiteral("Library installation attempted on the driver node of cluster ") +
           clusterId +
           QStringLiteral(
               " and failed. Please refer to the following error message to fix the library or "
               "contact Databricks support. Error code: ERROR_NO_MATCHING_DISTRIBUTION, error "
               "message: org.apache.spark.SparkException: Process List(/bin/su, libraries, -c, "
               "bash /local_disk0/.ephemeral_nfs/cluster_libraries/python/"
               "python_start_clusterwide.sh /local_disk0/.ephemeral_nfs/cluster_libraries/python/"
               "bin/pip install '") +
           package +
           QStringLiteral("' --disable-pip-version-check) exited with code 1. ERROR: Could not "
                          "find a version that satisfies the requirement ") +
           package +
           QStringLiteral(" (from versions: none)\nERROR: No matching distribution "
                          "found for ") +
           name;
}

std::optional<ApiResponse> badLibrary(qsizetype index, const QString &why)
{
    return ApiResponse::invalidParameter(
        QStringLiteral("Invalid library at libraries[%1]: ").arg(index) + why);
}

std::optional<ApiResponse> validateOne(qsizetype index, const QJsonValue &value)
{
    if (!value.isObject())
        return badLibrary(index, QStringLiteral("expected an object."));
    const QJsonObject library = value.toObject();
    QStringList kinds;
    for (auto it = library.constBegin(); it != library.constEnd(); ++it) {
        if (!libraryKinds().contains(it.key())) {
            return badLibrary(index,
                              QStringLiteral("unknown field '") + it.key() + QStringLiteral("'."));
        }
        kinds.append(it.key());
    }
    if (kinds.size() != 1) {
        return badLibrary(index, QStringLiteral("a library must specify exactly one of ") +
                                     libraryKinds().join(QStringLiteral(", ")) + QLatin1Char('.'));
    }
    const QString kind = kinds.constFirst();
    const QJsonValue spec = library.value(kind);
    const auto requireObjectField = [&](const QString &field) -> std::optional<ApiResponse> {
        if (!spec.isObject() || spec.toObject().value(field).toString().trimmed().isEmpty()) {
            return badLibrary(index,
                              kind + QLatin1Char('.') + field + QStringLiteral(" is required."));
        }
        return std::nullopt;
    };
    if (kind == QLatin1String("pypi") || kind == QLatin1String("cran"))
        return requireObjectField(QStringLiteral("package"));
    if (kind == QLatin1String("maven"))
        return requireObjectField(QStringLiteral("coordinates"));
    if (!spec.isString() || spec.toString().trimmed().isEmpty())
        return badLibrary(index, kind + QStringLiteral(" must be a non-empty path."));
    return std::nullopt;
}

} // namespace

LibraryInstaller::LibraryInstaller(Simulation &sim)
    : m_sim(sim)
{}

std::optional<ApiResponse> LibraryInstaller::validate(const QJsonArray &libraries)
{
    if (libraries.isEmpty())
        return ApiResponse::invalidParameter(QStringLiteral("Missing required field: libraries"));
    for (qsizetype i = 0; i < libraries.size(); ++i) {
        if (auto error = validateOne(i, libraries.at(i)))
            return error;
    }
    return std::nullopt;
}

void LibraryInstaller::install(const QString &clusterId, const QJsonArray &libraries)
{
    QList<QJsonObject> statuses = m_sim.state().libraryStatuses(clusterId);
    QList<QJsonObject> toSchedule;
    for (const QJsonValue &value : libraries) {
        const QJsonObject library = value.toObject();
        bool known = false;
        for (QJsonObject &status : statuses) {
            if (status.value(kLibrary).toObject() != library)
                continue;
            known = true;
            // Installing again what was marked for removal keeps it.
            if (status.value(kStatus).toString() == kUninstallOnRestart)
                status.insert(kStatus, kInstalled);
        }
        if (known)
            continue;
        statuses.append(QJsonObject{{kLibrary, library},
                                    {kStatus, kPending},
                                    {QStringLiteral("is_library_for_all_clusters"), false}});
        toSchedule.append(library);
    }
    m_sim.state().setLibraryStatuses(clusterId, statuses);
    if (clusterIsRunning(clusterId)) {
        for (const QJsonObject &library : std::as_const(toSchedule))
            scheduleInstall(clusterId, library);
    }
}

void LibraryInstaller::uninstall(const QString &clusterId, const QJsonArray &libraries)
{
    QList<QJsonObject> statuses = m_sim.state().libraryStatuses(clusterId);
    for (QJsonObject &status : statuses) {
        if (libraries.contains(status.value(kLibrary))) {
            status.insert(kStatus, kUninstallOnRestart);
            status.remove(QStringLiteral("messages"));
        }
    }
    m_sim.state().setLibraryStatuses(clusterId, statuses);
}

void LibraryInstaller::clusterStarted(const QString &clusterId)
{
    m_sim.scheduler().cancel(scheduleKey(clusterId));
    QList<QJsonObject> statuses = m_sim.state().libraryStatuses(clusterId);
    statuses.removeIf([](const QJsonObject &status) {
        return status.value(kStatus).toString() == kUninstallOnRestart;
    });
    for (QJsonObject &status : statuses) {
        status.insert(kStatus, kPending);
        status.remove(QStringLiteral("messages"));
    }
    m_sim.state().setLibraryStatuses(clusterId, statuses);
    for (const QJsonObject &status : std::as_const(statuses))
        scheduleInstall(clusterId, status.value(kLibrary).toObject());
}

void LibraryInstaller::clusterStopping(const QString &clusterId)
{
    m_sim.scheduler().cancel(scheduleKey(clusterId));
    QList<QJsonObject> statuses = m_sim.state().libraryStatuses(clusterId);
    for (QJsonObject &status : statuses) {
        if (status.value(kStatus).toString() != kUninstallOnRestart) {
            status.insert(kStatus, kPending);
            status.remove(QStringLiteral("messages"));
        }
    }
    m_sim.state().setLibraryStatuses(clusterId, statuses);
}

void LibraryInstaller::clusterRemoved(const QString &clusterId)
{
    m_sim.scheduler().cancel(scheduleKey(clusterId));
}

void LibraryInstaller::resume()
{
    const QStringList clusterIds = m_sim.state().clustersWithLibraries();
    for (const QString &clusterId : clusterIds) {
        if (!clusterIsRunning(clusterId))
            continue;
        const QList<QJsonObject> statuses = m_sim.state().libraryStatuses(clusterId);
        for (const QJsonObject &status : statuses) {
            const QString current = status.value(kStatus).toString();
            if (current == kPending || current == kResolving || current == kInstalling)
                m_sim.scheduler().after(
                    kQueueMs, scheduleKey(clusterId),
                    [this, clusterId, library = status.value(kLibrary).toObject()] {
                        advance(clusterId, library);
                    });
        }
    }
}

void LibraryInstaller::scheduleInstall(const QString &clusterId, const QJsonObject &library)
{
    m_sim.scheduler().after(kQueueMs, scheduleKey(clusterId),
                            [this, clusterId, library] { advance(clusterId, library); });
}

// One step along PENDING → (RESOLVING) → INSTALLING → INSTALLED | FAILED.
void LibraryInstaller::advance(const QString &clusterId, const QJsonObject &library)
{
    const QList<QJsonObject> statuses = m_sim.state().libraryStatuses(clusterId);
    QString current;
    for (const QJsonObject &status : statuses) {
        if (status.value(kLibrary).toObject() == library)
            current = status.value(kStatus).toString();
    }
    const bool maven = library.contains(QStringLiteral("maven"));
    const auto next = [this, clusterId, library](qint64 delayMs) {
        m_sim.scheduler().after(delayMs, scheduleKey(clusterId),
                                [this, clusterId, library] { advance(clusterId, library); });
    };
    if (current == kPending && maven) {
        setStatus(clusterId, library, kResolving);
        next(kResolveMs);
    } else if (current == kPending || current == kResolving) {
        setStatus(clusterId, library, kInstalling);
        next(kInstallMs);
    } else if (current == kInstalling) {
        if (failsToInstall(library))
            setStatus(clusterId, library, kFailed, {failureMessage(clusterId, library)});
        else
            setStatus(clusterId, library, kInstalled);
    }
    m_sim.persistSoon();
}

void LibraryInstaller::setStatus(const QString &clusterId, const QJsonObject &library,
                                 const QString &status, const QStringList &messages)
{
    QList<QJsonObject> statuses = m_sim.state().libraryStatuses(clusterId);
    for (QJsonObject &entry : statuses) {
        if (entry.value(kLibrary).toObject() != library)
            continue;
        entry.insert(kStatus, status);
        if (messages.isEmpty())
            entry.remove(QStringLiteral("messages"));
        else
            entry.insert(QStringLiteral("messages"), QJsonArray::fromStringList(messages));
    }
    m_sim.state().setLibraryStatuses(clusterId, statuses);
}

bool LibraryInstaller::clusterIsRunning(const QString &clusterId) const
{
    // A resizing cluster keeps serving, and installing on it.
    const auto cluster = m_sim.state().cluster(clusterId);
    const QString state = cluster ? cluster->value(QStringLiteral("state")).toString() : QString();
    return state == QLatin1String("RUNNING") || state == QLatin1String("RESIZING");
}

} // namespace brickdesk::emulator

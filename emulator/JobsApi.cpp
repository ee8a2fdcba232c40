#include "JobsApi.h"

#include "ApiRouter.h"
#include "RequestParams.h"
#include "WorkspaceState.h"

#include <QJsonArray>
#include <limits>

namespace brickdesk::emulator {

namespace {

const QString kSettingsKey = QStringLiteral("settings");
const QString kPageTokenKind = QStringLiteral("jobs-after");
constexpr qint64 kDefaultLimit = 20;
constexpr qint64 kMaxLimit = 100;

// A jobs/list entry: the job without run_as_user_name, and without tasks and job clusters unless
// the caller asked for them.
QJsonObject listEntry(const QJsonObject &job, bool expandTasks)
{
    QJsonObject settings = job.value(kSettingsKey).toObject();
    if (!expandTasks) {
        settings.remove(QStringLiteral("tasks"));
        settings.remove(QStringLiteral("job_clusters"));
    }
    QJsonObject entry;
    for (const QString &key : {QStringLiteral("job_id"), QStringLiteral("creator_user_name"),
                               QStringLiteral("created_time")}) {
        if (job.contains(key))
            entry.insert(key, job.value(key));
    }
    entry.insert(kSettingsKey, settings);
    return entry;
}

ApiResponse list(const WorkspaceState &state, const ApiRequest &request)
{
    qint64 limit = 0;
    if (auto error =
            readInteger(request, QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit, &limit)) {
        return *error;
    }
    bool expandTasks = false;
    if (auto error = readBoolean(request, QStringLiteral("expand_tasks"), false, &expandTasks))
        return *error;
    // The token holds the last job_id already listed, so pages stay right when jobs come and go.
    qint64 afterJobId = 0;
    if (auto error = readPageToken(request, kPageTokenKind, &afterJobId))
        return *error;
    // The deprecated offset still works: it skips that many of the jobs the request selects.
    qint64 offset = 0;
    if (auto error = readInteger(request, QStringLiteral("offset"), 0, 0,
                                 std::numeric_limits<int>::max(), &offset)) {
        return *error;
    }
    const QString name = request.queryValue(QStringLiteral("name"));

    QJsonArray page;
    bool hasMore = false;
    qint64 lastListed = 0;
    const std::map<qint64, QJsonObject> &jobs = state.jobMap();
    for (auto it = jobs.upper_bound(afterJobId); it != jobs.end(); ++it) {
        const qint64 jobId = it->first;
        const QJsonObject &job = it->second;
        const QString jobName =
            job.value(kSettingsKey).toObject().value(QStringLiteral("name")).toString();
        if (!name.isEmpty() && jobName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (offset > 0) {
            --offset;
            continue;
        }
        if (page.size() == limit) {
            hasMore = true;
            break;
        }
        page.append(listEntry(job, expandTasks));
        lastListed = jobId;
    }

    QJsonObject body;
    if (!page.isEmpty())
        body.insert(QStringLiteral("jobs"), page); // the service leaves out empty lists
    body.insert(QStringLiteral("has_more"), hasMore);
    if (hasMore)
        body.insert(QStringLiteral("next_page_token"), encodePageToken(kPageTokenKind, lastListed));
    return ApiResponse::ok(body);
}

ApiResponse get(const WorkspaceState &state, const ApiRequest &request)
{
    QString text;
    if (auto error = readRequiredString(request, QStringLiteral("job_id"), &text))
        return *error;
    bool ok = false;
    const qint64 jobId = text.toLongLong(&ok, 10);
    if (!ok || jobId <= 0) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid value for parameter job_id: '") + text +
            QStringLiteral("' is not a valid job id."));
    }
    const std::optional<QJsonObject> job = state.job(jobId);
    if (!job) {
        return ApiResponse::invalidParameter(QStringLiteral("Job ") + QString::number(jobId) +
                                             QStringLiteral(" does not exist."));
    }
    return ApiResponse::ok(*job);
}

} // namespace

void registerJobsApi(ApiRouter &router, WorkspaceState &state)
{
    router.get(QStringLiteral("/api/2.1/jobs/list"),
               [&state](const ApiRequest &request) { return list(state, request); });
    router.get(QStringLiteral("/api/2.1/jobs/get"),
               [&state](const ApiRequest &request) { return get(state, request); });
}

} // namespace brickdesk::emulator

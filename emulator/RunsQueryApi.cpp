#include "RunsQueryApi.h"

#include "ApiRouter.h"
#include "JobsCommon.h"
#include "RequestParams.h"
#include "RunModel.h"
#include "RunOutcome.h"
#include "RunView.h"
#include "Simulation.h"
#include "WorkspaceState.h"

#include <QJsonArray>
#include <limits>

namespace brickdesk::emulator {

namespace {

const QString kPageTokenKind = QStringLiteral("runs-before");
constexpr qint64 kDefaultLimit = 20;
constexpr qint64 kMaxLimit = 24;

struct RunsFilter
{
    qint64 jobId = 0;
    bool activeOnly = false;
    bool completedOnly = false;
    QString runType;
    qint64 startFrom = 0;
    qint64 startTo = std::numeric_limits<qint64>::max();

    bool matches(const RunRecord &record) const
    {
        if (jobId > 0 && record.jobId() != jobId)
            return false;
        if (activeOnly && !record.isActive())
            return false;
        if (completedOnly && record.isActive())
            return false;
        if (!runType.isEmpty() &&
            record.json().value(QStringLiteral("run_type")).toString() != runType) {
            return false;
        }
        const auto start =
            static_cast<qint64>(record.json().value(QStringLiteral("start_time")).toDouble());
        return start >= startFrom && start <= startTo;
    }
};

std::optional<ApiResponse> readFilter(const WorkspaceState &state, const ApiRequest &request,
                                      RunsFilter *filter)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    if (request.hasQueryItem(QStringLiteral("job_id"))) {
        if (auto error = readIdParameter(request, QStringLiteral("job_id"), &filter->jobId))
            return error;
        if (!state.job(filter->jobId))
            return unknownJob(filter->jobId);
    }
    if (auto error =
            readBoolean(request, QStringLiteral("active_only"), false, &filter->activeOnly))
        return error;
    if (auto error =
            readBoolean(request, QStringLiteral("completed_only"), false, &filter->completedOnly)) {
        return error;
    }
    if (filter->activeOnly && filter->completedOnly) {
        return ApiResponse::invalidParameter(
            QStringLiteral("active_only and completed_only cannot both be true."));
    }
    filter->runType = request.queryValue(QStringLiteral("run_type"));
    if (!filter->runType.isEmpty() && filter->runType != QLatin1String("JOB_RUN") &&
        filter->runType != QLatin1String("WORKFLOW_RUN") &&
        filter->runType != QLatin1String("SUBMIT_RUN")) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid value for parameter "
                                                            "run_type: '") +
                                             filter->runType + QStringLiteral("'."));
    }
    if (auto error = readInteger(request, QStringLiteral("start_time_from"), 0, 0, kMax,
                                 &filter->startFrom)) {
        return error;
    }
    return readInteger(request, QStringLiteral("start_time_to"), kMax, 0, kMax, &filter->startTo);
}

// Newest first; the page token holds the last run_id listed.
ApiResponse list(const Simulation &sim, const ApiRequest &request)
{
    const WorkspaceState &state = sim.state();
    RunsFilter filter;
    if (auto error = readFilter(state, request, &filter))
        return *error;
    qint64 limit = 0;
    if (auto error =
            readInteger(request, QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit, &limit)) {
        return *error;
    }
    bool expandTasks = false;
    if (auto error = readBoolean(request, QStringLiteral("expand_tasks"), false, &expandTasks))
        return *error;
    qint64 beforeRunId = std::numeric_limits<qint64>::max();
    if (auto error = readPageToken(request, kPageTokenKind, &beforeRunId))
        return *error;
    qint64 offset = 0;
    if (auto error = readInteger(request, QStringLiteral("offset"), 0, 0,
                                 std::numeric_limits<int>::max(), &offset)) {
        return *error;
    }

    const std::map<qint64, QJsonObject> &runs = state.runs();
    QJsonArray page;
    bool hasMore = false;
    qint64 lastListed = 0;
    for (auto it = std::make_reverse_iterator(runs.lower_bound(beforeRunId)); it != runs.rend();
         ++it) {
        const RunRecord record(it->second);
        if (!filter.matches(record))
            continue;
        if (offset > 0) {
            --offset;
            continue;
        }
        if (page.size() == limit) {
            hasMore = true;
            break;
        }
        page.append(runView::forApi(it->second, sim.baseUrl(), expandTasks));
        lastListed = it->first;
    }
    QJsonObject body;
    if (!page.isEmpty())
        body.insert(QStringLiteral("runs"), page);
    body.insert(QStringLiteral("has_more"), hasMore);
    if (hasMore)
        body.insert(QStringLiteral("next_page_token"), encodePageToken(kPageTokenKind, lastListed));
    if (beforeRunId != std::numeric_limits<qint64>::max() && !page.isEmpty()) {
        // The page before this one starts after the newest run listed on it.
        const qint64 newest =
            static_cast<qint64>(page.first().toObject().value(QStringLiteral("run_id")).toDouble());
        qint64 count = 0;
        qint64 before = std::numeric_limits<qint64>::max();
        for (auto it = runs.upper_bound(newest); it != runs.end(); ++it) {
            if (!filter.matches(RunRecord(it->second)))
                continue;
            if (++count > limit)
                break;
            before = it->first + 1;
        }
        if (count > 0) {
            body.insert(QStringLiteral("prev_page_token"),
                        encodePageToken(kPageTokenKind, count > limit
                                                            ? before
                                                            : std::numeric_limits<qint64>::max()));
        }
    }
    return ApiResponse::ok(body);
}

ApiResponse get(const Simulation &sim, const ApiRequest &request)
{
    qint64 runId = 0;
    if (auto error = readIdParameter(request, QStringLiteral("run_id"), &runId))
        return *error;
    const std::optional<QJsonObject> run = sim.state().run(runId);
    if (!run)
        return unknownRun(runId);
    return ApiResponse::ok(runView::forApi(*run, sim.baseUrl()));
}

ApiResponse getOutput(const Simulation &sim, const ApiRequest &request)
{
    qint64 runId = 0;
    if (auto error = readIdParameter(request, QStringLiteral("run_id"), &runId))
        return *error;
    const WorkspaceState &state = sim.state();
    std::optional<QJsonObject> run = state.run(runId);
    QJsonObject task;
    if (run) {
        const QJsonArray tasks = run->value(QStringLiteral("tasks")).toArray();
        if (tasks.size() != 1) {
            return ApiResponse::invalidParameter(
                QStringLiteral("Retrieving the output of runs with multiple tasks is not "
                               "supported. Please retrieve the output of each individual task "
                               "run instead."));
        }
        task = tasks.first().toObject();
    } else if (const std::optional<qint64> parent = state.runOfTaskRun(runId)) {
        run = state.run(*parent);
        const QJsonArray tasks = run ? run->value(QStringLiteral("tasks")).toArray() : QJsonArray();
        for (const QJsonValue &value : tasks) {
            if (WorkspaceState::runIdOf(value.toObject()) == runId)
                task = value.toObject();
        }
    }
    if (!run || task.isEmpty())
        return unknownRun(runId);

    QJsonObject answer = runOutcome::taskOutput(task);
    answer.insert(QStringLiteral("metadata"), runView::taskMetadata(*run, task, sim.baseUrl()));
    return ApiResponse::ok(answer);
}

} // namespace

void registerRunsQueryApi(ApiRouter &router, const Simulation &sim)
{
    router.get(QStringLiteral("/api/2.1/jobs/runs/list"),
               [&sim](const ApiRequest &request) { return list(sim, request); });
    router.get(QStringLiteral("/api/2.1/jobs/runs/get"),
               [&sim](const ApiRequest &request) { return get(sim, request); });
    router.get(QStringLiteral("/api/2.1/jobs/runs/get-output"),
               [&sim](const ApiRequest &request) { return getOutput(sim, request); });
}

} // namespace brickdesk::emulator

#include "JobRunsApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "JobSettings.h"
#include "JobsCommon.h"
#include "RunEngine.h"
#include "RunModel.h"
#include "Simulation.h"
#include "WorkspaceState.h"

#include <QSet>
#include <limits>

namespace brickdesk::emulator {

namespace {

constexpr qsizetype kMaxIdempotencyToken = 64;

std::optional<ApiResponse> readIdempotencyToken(const QJsonObject &body, QString *token)
{
    if (auto error = readStringField(body, QStringLiteral("idempotency_token"), QString(), token))
        return error;
    if (token->size() > kMaxIdempotencyToken) {
        return ApiResponse::invalidParameter(
            QStringLiteral("idempotency_token must be at most %1 characters long.")
                .arg(kMaxIdempotencyToken));
    }
    return std::nullopt;
}

// A run an idempotency token already started, if it still exists.
std::optional<qint64> earlierRun(const WorkspaceState &state, const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    const std::optional<qint64> runId = state.runForIdempotencyToken(token);
    if (runId && state.run(*runId))
        return runId;
    return std::nullopt;
}

QStringList taskKeysOf(const QJsonArray &tasks)
{
    QStringList keys;
    for (const QJsonValue &task : tasks)
        keys.append(task.toObject().value(QStringLiteral("task_key")).toString());
    return keys;
}

std::optional<ApiResponse> readRunRequest(const QJsonObject &body, const QJsonObject &job,
                                          RunRequest *request)
{
    const qint64 jobId = WorkspaceState::jobIdOf(job);
    const QJsonObject settings = job.value(QStringLiteral("settings")).toObject();
    if (auto error =
            readObjectField(body, QStringLiteral("job_parameters"), &request->jobParameters))
        return error;
    if (auto error =
            readObjectField(body, QStringLiteral("notebook_params"), &request->notebookParams)) {
        return error;
    }
    for (const QString &name : {QStringLiteral("python_params"), QStringLiteral("jar_params")}) {
        QStringList values;
        if (auto error = readStringListField(body, name, &values))
            return error;
        (name == QLatin1String("python_params") ? request->pythonParams : request->jarParams) =
            QJsonArray::fromStringList(values);
    }
    if (auto error = readStringListField(body, QStringLiteral("only"), &request->only))
        return error;

    const bool taskLevel = !request->notebookParams.isEmpty() || !request->pythonParams.isEmpty() ||
                           !request->jarParams.isEmpty();
    if (!request->jobParameters.isEmpty() && taskLevel) {
        return ApiResponse::invalidParameter(
            QStringLiteral("job_parameters cannot be used together with task-level parameters "
                           "(notebook_params, python_params, jar_params)."));
    }
    const QJsonArray defined = settings.value(QStringLiteral("parameters")).toArray();
    QSet<QString> definedNames;
    for (const QJsonValue &parameter : defined)
        definedNames.insert(parameter.toObject().value(QStringLiteral("name")).toString());
    for (auto it = request->jobParameters.constBegin(); it != request->jobParameters.constEnd();
         ++it) {
        if (!definedNames.contains(it.key())) {
            return ApiResponse::invalidParameter(QStringLiteral("Job parameter '") + it.key() +
                                                 QStringLiteral("' is not defined in job ") +
                                                 QString::number(jobId) + QLatin1Char('.'));
        }
    }
    const QJsonArray tasks = settings.value(QStringLiteral("tasks")).toArray();
    if (tasks.isEmpty()) {
        return ApiResponse::invalidParameter(QStringLiteral("Job ") + QString::number(jobId) +
                                             QStringLiteral(" has no tasks to run."));
    }
    const QStringList keys = taskKeysOf(tasks);
    for (const QString &key : std::as_const(request->only)) {
        if (!keys.contains(key)) {
            return ApiResponse::invalidParameter(QStringLiteral("Task ") + key +
                                                 QStringLiteral(" does not exist in job ") +
                                                 QString::number(jobId) + QLatin1Char('.'));
        }
    }
    for (const QString &name : {QStringLiteral("job_parameters"), QStringLiteral("notebook_params"),
                                QStringLiteral("python_params"), QStringLiteral("jar_params")}) {
        if (body.contains(name))
            request->overridingParameters.insert(name, body.value(name));
    }
    return std::nullopt;
}

ApiResponse runNow(Simulation &sim, RunEngine &engine, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    qint64 jobId = 0;
    if (auto error = readIdField(body, QStringLiteral("job_id"), &jobId))
        return *error;
    QString token;
    if (auto error = readIdempotencyToken(body, &token))
        return *error;
    const std::optional<QJsonObject> job = sim.state().job(jobId);
    if (!job)
        return unknownJob(jobId);
    if (const auto runId = earlierRun(sim.state(), token)) {
        return ApiResponse::ok(QJsonObject{{QStringLiteral("run_id"), *runId},
                                           {QStringLiteral("number_in_job"), *runId}});
    }
    RunRequest runRequest;
    if (auto error = readRunRequest(body, *job, &runRequest))
        return *error;
    QJsonObject queue =
        job->value(QStringLiteral("settings")).toObject().value(QStringLiteral("queue")).toObject();
    if (body.contains(QStringLiteral("queue"))) {
        if (auto error = readObjectField(body, QStringLiteral("queue"), &queue))
            return *error;
    }

    const qint64 runId =
        engine.runJob(*job, runRequest, queue.value(QStringLiteral("enabled")).toBool(false));
    if (!token.isEmpty())
        sim.state().rememberIdempotencyToken(token, runId);
    sim.persist();
    return ApiResponse::ok(
        QJsonObject{{QStringLiteral("run_id"), runId}, {QStringLiteral("number_in_job"), runId}});
}

ApiResponse submit(Simulation &sim, RunEngine &engine, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString runName;
    if (auto error = readStringField(body, QStringLiteral("run_name"), QString(), &runName))
        return *error;
    if (runName.isEmpty())
        runName = QStringLiteral("Untitled");
    QString token;
    if (auto error = readIdempotencyToken(body, &token))
        return *error;
    QJsonArray tasks;
    if (auto error = readArrayField(body, QStringLiteral("tasks"), &tasks))
        return *error;
    if (tasks.isEmpty())
        return ApiResponse::invalidParameter(QStringLiteral("Missing required field: tasks"));
    QJsonArray jobClusters;
    if (auto error = readArrayField(body, QStringLiteral("job_clusters"), &jobClusters))
        return *error;
    if (auto error = jobSettings::validateTasks(tasks, jobClusters))
        return *error;
    qint64 timeoutSeconds = 0;
    if (auto error = readIntegerField(body, QStringLiteral("timeout_seconds"), false, 0, 0,
                                      std::numeric_limits<int>::max(), &timeoutSeconds)) {
        return *error;
    }
    if (const auto runId = earlierRun(sim.state(), token))
        return ApiResponse::ok(QJsonObject{{QStringLiteral("run_id"), *runId}});

    const qint64 runId = engine.submit(runName, tasks, jobClusters, timeoutSeconds);
    if (!token.isEmpty())
        sim.state().rememberIdempotencyToken(token, runId);
    sim.persist();
    return ApiResponse::ok(QJsonObject{{QStringLiteral("run_id"), runId}});
}

ApiResponse cancel(Simulation &sim, RunEngine &engine, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    qint64 runId = 0;
    if (auto error = readIdField(body, QStringLiteral("run_id"), &runId))
        return *error;
    if (!sim.state().run(runId))
        return unknownRun(runId);
    engine.cancel(runId);
    sim.persist();
    return ApiResponse::ok();
}

ApiResponse cancelAll(Simulation &sim, RunEngine &engine, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    bool allQueued = false;
    if (auto error = readBoolField(body, QStringLiteral("all_queued_runs"), false, &allQueued))
        return *error;
    qint64 jobId = 0;
    if (body.contains(QStringLiteral("job_id")) || !allQueued) {
        if (auto error = readIdField(body, QStringLiteral("job_id"), &jobId))
            return *error;
        if (!sim.state().job(jobId))
            return unknownJob(jobId);
    }
    engine.cancelAll(jobId);
    sim.persist();
    return ApiResponse::ok();
}

// The tasks a repair runs again: the chosen ones, and with rerun_dependent_tasks everything
// downstream of them.
std::optional<ApiResponse> repairTasks(const QJsonObject &body, const QJsonObject &run,
                                       QStringList *keys)
{
    const qint64 runId = WorkspaceState::runIdOf(run);
    QStringList chosen;
    if (auto error = readStringListField(body, QStringLiteral("rerun_tasks"), &chosen))
        return error;
    bool allFailed = false;
    if (auto error =
            readBoolField(body, QStringLiteral("rerun_all_failed_tasks"), false, &allFailed)) {
        return error;
    }
    bool dependents = false;
    if (auto error =
            readBoolField(body, QStringLiteral("rerun_dependent_tasks"), false, &dependents)) {
        return error;
    }
    if (chosen.isEmpty() == !allFailed) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Exactly one of rerun_tasks and rerun_all_failed_tasks must be given."));
    }
    const QJsonArray tasks = run.value(QStringLiteral("tasks")).toArray();
    const QStringList present = taskKeysOf(tasks);
    for (const QString &key : std::as_const(chosen)) {
        if (!present.contains(key)) {
            return ApiResponse::invalidParameter(QStringLiteral("Task ") + key +
                                                 QStringLiteral(" does not exist in run ") +
                                                 QString::number(runId) + QLatin1Char('.'));
        }
    }
    if (allFailed) {
        for (const QJsonValue &value : tasks) {
            const QJsonObject task = value.toObject();
            const QString result = runModel::resultOf(task);
            if (result != QLatin1String("SUCCESS") && result != QLatin1String("EXCLUDED"))
                chosen.append(task.value(QStringLiteral("task_key")).toString());
        }
        if (chosen.isEmpty()) {
            return ApiResponse::invalidParameter(QStringLiteral("Run ") + QString::number(runId) +
                                                 QStringLiteral(" has no failed tasks to repair."));
        }
    }
    bool grew = dependents;
    while (grew) {
        grew = false;
        for (const QJsonValue &value : tasks) {
            const QJsonObject task = value.toObject();
            const QString key = task.value(QStringLiteral("task_key")).toString();
            if (chosen.contains(key))
                continue;
            const QJsonArray dependsOn = task.value(QStringLiteral("depends_on")).toArray();
            for (const QJsonValue &dependency : dependsOn) {
                if (chosen.contains(
                        dependency.toObject().value(QStringLiteral("task_key")).toString())) {
                    chosen.append(key);
                    grew = true;
                    break;
                }
            }
        }
    }
    *keys = chosen;
    return std::nullopt;
}

ApiResponse repair(Simulation &sim, RunEngine &engine, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    qint64 runId = 0;
    if (auto error = readIdField(body, QStringLiteral("run_id"), &runId))
        return *error;
    const std::optional<QJsonObject> run = sim.state().run(runId);
    if (!run)
        return unknownRun(runId);
    if (RunRecord(*run).isActive()) {
        return invalidState(QStringLiteral("Run ") + QString::number(runId) +
                            QStringLiteral(" is still active: only runs that have ended can "
                                           "be repaired."));
    }
    QStringList keys;
    if (auto error = repairTasks(body, *run, &keys))
        return *error;
    const qint64 repairId = engine.repair(runId, keys);
    sim.persist();
    return ApiResponse::ok(QJsonObject{{QStringLiteral("repair_id"), repairId}});
}

} // namespace

void registerJobRunsApi(ApiRouter &router, Simulation &sim, RunEngine &engine)
{
    const auto route = [&](const QString &path,
                           ApiResponse (*handler)(Simulation &, RunEngine &, const ApiRequest &)) {
        router.post(QStringLiteral("/api/2.1/jobs/") + path,
                    [&sim, &engine, handler](const ApiRequest &request) {
                        return handler(sim, engine, request);
                    });
    };
    route(QStringLiteral("run-now"), runNow);
    route(QStringLiteral("runs/submit"), submit);
    route(QStringLiteral("runs/cancel"), cancel);
    route(QStringLiteral("runs/cancel-all"), cancelAll);
    route(QStringLiteral("runs/repair"), repair);
}

} // namespace brickdesk::emulator

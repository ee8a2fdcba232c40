#include "JobsEditApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "JobSettings.h"
#include "JobsCommon.h"
#include "RunEngine.h"
#include "Simulation.h"
#include "WorkspaceState.h"

namespace brickdesk::emulator {

namespace {

// Reads {job_id, ...} and the job it names.
std::optional<ApiResponse> readJob(const Simulation &sim, const QJsonObject &body, QJsonObject *job)
{
    qint64 jobId = 0;
    if (auto error = readIdField(body, QStringLiteral("job_id"), &jobId))
        return error;
    const std::optional<QJsonObject> found = sim.state().job(jobId);
    if (!found)
        return unknownJob(jobId);
    *job = *found;
    return std::nullopt;
}

ApiResponse create(Simulation &sim, const ApiRequest &request)
{
    QJsonObject settings;
    if (auto error = readJsonBody(request, &settings))
        return *error;
    settings.remove(QStringLiteral("access_control_list"));
    if (auto error = jobSettings::validate(settings))
        return *error;
    const qint64 jobId = sim.state().nextJobId();
    const QString user = sim.userName();
    sim.state().putJob(
        QJsonObject{{QStringLiteral("job_id"), jobId},
                    {QStringLiteral("creator_user_name"), user},
                    {QStringLiteral("run_as_user_name"), user},
                    {QStringLiteral("created_time"), sim.nowMs()},
                    {QStringLiteral("settings"), jobSettings::withDefaults(settings)}});
    sim.persist();
    return ApiResponse::ok(QJsonObject{{QStringLiteral("job_id"), jobId}});
}

ApiResponse reset(Simulation &sim, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QJsonObject job;
    if (auto error = readJob(sim, body, &job))
        return *error;
    if (!body.value(QStringLiteral("new_settings")).isObject())
        return ApiResponse::invalidParameter(
            QStringLiteral("Missing required field: new_settings"));
    const QJsonObject settings = body.value(QStringLiteral("new_settings")).toObject();
    if (auto error = jobSettings::validate(settings))
        return *error;
    job.insert(QStringLiteral("settings"), jobSettings::withDefaults(settings));
    sim.state().putJob(job);
    sim.persist();
    return ApiResponse::ok();
}

ApiResponse update(Simulation &sim, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QJsonObject job;
    if (auto error = readJob(sim, body, &job))
        return *error;
    QJsonObject newSettings;
    if (auto error = readObjectField(body, QStringLiteral("new_settings"), &newSettings))
        return *error;
    QStringList fieldsToRemove;
    if (auto error = readStringListField(body, QStringLiteral("fields_to_remove"), &fieldsToRemove))
        return *error;
    const QJsonObject settings = jobSettings::merged(
        job.value(QStringLiteral("settings")).toObject(), newSettings, fieldsToRemove);
    if (auto error = jobSettings::validate(settings))
        return *error;
    job.insert(QStringLiteral("settings"), jobSettings::withDefaults(settings));
    sim.state().putJob(job);
    sim.persist();
    return ApiResponse::ok();
}

ApiResponse remove(Simulation &sim, RunEngine &engine, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QJsonObject job;
    if (auto error = readJob(sim, body, &job))
        return *error;
    const qint64 jobId = WorkspaceState::jobIdOf(job);
    engine.forgetJob(jobId);
    sim.state().removeJob(jobId);
    sim.persist();
    return ApiResponse::ok();
}

} // namespace

void registerJobsEditApi(ApiRouter &router, Simulation &sim, RunEngine &engine)
{
    router.post(QStringLiteral("/api/2.1/jobs/create"),
                [&sim](const ApiRequest &request) { return create(sim, request); });
    router.post(QStringLiteral("/api/2.1/jobs/reset"),
                [&sim](const ApiRequest &request) { return reset(sim, request); });
    router.post(QStringLiteral("/api/2.1/jobs/update"),
                [&sim](const ApiRequest &request) { return update(sim, request); });
    router.post(QStringLiteral("/api/2.1/jobs/delete"), [&sim, &engine](const ApiRequest &request) {
        return remove(sim, engine, request);
    });
}

} // namespace brickdesk::emulator

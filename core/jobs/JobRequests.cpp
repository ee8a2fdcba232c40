#include "JobRequests.h"

#include <QJsonArray>
#include <QUuid>

namespace brickdesk {

namespace {

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QUrlQuery idQuery(const char *key, qint64 id)
{
    QUrlQuery query;
    query.addQueryItem(QLatin1String(key), QString::number(id));
    return query;
}

ApiRequest post(const QString &path, const QJsonObject &body, bool idempotent)
{
    ApiRequest request = ApiRequest::post(path, body);
    request.idempotent = idempotent;
    return request;
}

} // namespace

QJsonObject RunNowRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("job_id"), jobId}};
    if (!jobParameters.isEmpty())
        body.insert(QStringLiteral("job_parameters"), toObject(jobParameters));
    if (!notebookParams.isEmpty())
        body.insert(QStringLiteral("notebook_params"), toObject(notebookParams));
    if (!pythonParams.isEmpty())
        body.insert(QStringLiteral("python_params"), QJsonArray::fromStringList(pythonParams));
    if (!jarParams.isEmpty())
        body.insert(QStringLiteral("jar_params"), QJsonArray::fromStringList(jarParams));
    if (!idempotencyToken.isEmpty())
        body.insert(QStringLiteral("idempotency_token"), idempotencyToken);
    return body;
}

QJsonObject RepairRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("run_id"), runId}};
    if (latestRepairId > 0)
        body.insert(QStringLiteral("latest_repair_id"), latestRepairId);
    if (rerunTasks.isEmpty())
        body.insert(QStringLiteral("rerun_all_failed_tasks"), true);
    else
        body.insert(QStringLiteral("rerun_tasks"), QJsonArray::fromStringList(rerunTasks));
    body.insert(QStringLiteral("rerun_dependent_tasks"), rerunDependentTasks);
    return body;
}

namespace jobRequests {

ApiRequest getJob(qint64 jobId)
{
    return ApiRequest::get(QStringLiteral("/api/2.1/jobs/get"), idQuery("job_id", jobId));
}

ApiRequest createJob(const QJsonObject &settings)
{
    return post(QStringLiteral("/api/2.1/jobs/create"), settings, false); // a re-send makes a twin
}

ApiRequest resetJob(qint64 jobId, const QJsonObject &settings)
{
    // The same full settings twice leave the same job: safe to retry.
    return post(QStringLiteral("/api/2.1/jobs/reset"),
                {{QStringLiteral("job_id"), jobId}, {QStringLiteral("new_settings"), settings}},
                true);
}

ApiRequest deleteJob(qint64 jobId)
{
    // Not retried: a second attempt after a lost answer would report "does not exist".
    return post(QStringLiteral("/api/2.1/jobs/delete"), {{QStringLiteral("job_id"), jobId}}, false);
}

ApiRequest runNow(const RunNowRequest &request)
{
    return post(QStringLiteral("/api/2.1/jobs/run-now"), request.toJson(),
                !request.idempotencyToken.isEmpty());
}

ApiRequest listRuns(qint64 jobId, int limit)
{
    QUrlQuery query = idQuery("job_id", jobId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 24)));
    query.addQueryItem(QStringLiteral("expand_tasks"), QStringLiteral("false"));
    return ApiRequest::get(QStringLiteral("/api/2.1/jobs/runs/list"), query);
}

ApiRequest getRun(qint64 runId)
{
    return ApiRequest::get(QStringLiteral("/api/2.1/jobs/runs/get"), idQuery("run_id", runId));
}

ApiRequest getRunOutput(qint64 taskRunId)
{
    return ApiRequest::get(QStringLiteral("/api/2.1/jobs/runs/get-output"),
                           idQuery("run_id", taskRunId));
}

ApiRequest cancelRun(qint64 runId)
{
    return post(QStringLiteral("/api/2.1/jobs/runs/cancel"), {{QStringLiteral("run_id"), runId}},
                true);
}

ApiRequest cancelAllRuns(qint64 jobId)
{
    return post(QStringLiteral("/api/2.1/jobs/runs/cancel-all"),
                {{QStringLiteral("job_id"), jobId}}, true);
}

ApiRequest repairRun(const RepairRequest &request)
{
    return post(QStringLiteral("/api/2.1/jobs/runs/repair"), request.toJson(), false);
}

ApiRequest getPermissions(qint64 jobId)
{
    return ApiRequest::get(QStringLiteral("/api/2.0/permissions/jobs/%1").arg(jobId));
}

QString newIdempotencyToken()
{
    return QStringLiteral("brickdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace jobRequests

} // namespace brickdesk

#include "JobsClient.h"

#include "TypedCall.h"

#include <QTimer>

namespace brickdesk {

namespace {

// An id answer ({"job_id": 123}); the id must be a positive whole number.
std::optional<qint64> idFrom(const QJsonObject &object, const QString &key, QString *error)
{
    const JsonFields fields(object, QString());
    const qint64 id = fields.id(key);
    *error = fields.error();
    return fields.ok() ? std::optional<qint64>(id) : std::nullopt;
}

template<typename T> std::optional<T> nothing(const QJsonObject &, QString *)
{
    return T{};
}

} // namespace

JobsClient::JobsClient(QObject *parent)
    : QObject(parent)
    , m_tracker(new CallTracker(this))
{
    connect(m_tracker, &CallTracker::busyChanged, this, &JobsClient::busyChanged);
}

JobsClient::~JobsClient()
{
    // Quietly: nobody listens to a client being destroyed.
    blockSignals(true);
    cancelAll();
}

void JobsClient::setClient(ApiClient *client)
{
    cancelAll();
    m_client = client;
}

template<typename T>
QPointer<ApiCall> JobsClient::send(const ApiRequest &request, QObject *context, Parser<T> parse,
                                   Handler<T> handler)
{
    ApiCall *call = sendTyped<JobsResult<T>>(
        m_client, request, context,
        [parse](const ApiResponse &response, QString *problem) {
            return parse(response.json, problem);
        },
        std::move(handler));
    return m_tracker->track(call);
}

QPointer<ApiCall> JobsClient::getJob(qint64 jobId, QObject *context, Handler<JobDetails> handler)
{
    return send<JobDetails>(jobRequests::getJob(jobId), context, &JobDetails::fromJson,
                            std::move(handler));
}

QPointer<ApiCall> JobsClient::getPermissions(qint64 jobId, QObject *context,
                                             Handler<JobPermissionsInfo> handler)
{
    return send<JobPermissionsInfo>(jobRequests::getPermissions(jobId), context,
                                    &JobPermissionsInfo::fromJson, std::move(handler));
}

QPointer<ApiCall> JobsClient::createJob(const QJsonObject &settings, QObject *context,
                                        Handler<qint64> handler)
{
    return send<qint64>(
        jobRequests::createJob(settings), context,
        [](const QJsonObject &json, QString *error) {
            return idFrom(json, QStringLiteral("job_id"), error);
        },
        std::move(handler));
}

QPointer<ApiCall> JobsClient::resetJob(qint64 jobId, const QJsonObject &settings, QObject *context,
                                       Handler<Done> handler)
{
    return send<Done>(jobRequests::resetJob(jobId, settings), context, &nothing<Done>,
                      std::move(handler));
}

QPointer<ApiCall> JobsClient::deleteJob(qint64 jobId, QObject *context, Handler<Done> handler)
{
    return send<Done>(jobRequests::deleteJob(jobId), context, &nothing<Done>, std::move(handler));
}

QPointer<ApiCall> JobsClient::runNow(const RunNowRequest &request, QObject *context,
                                     Handler<RunNowAnswer> handler)
{
    return send<RunNowAnswer>(
        jobRequests::runNow(request), context,
        [](const QJsonObject &json, QString *error) -> std::optional<RunNowAnswer> {
            const JsonFields fields(json, QString());
            RunNowAnswer answer{fields.id(QStringLiteral("run_id")),
                                fields.integer(QStringLiteral("number_in_job"))};
            *error = fields.error();
            return fields.ok() ? std::optional<RunNowAnswer>(answer) : std::nullopt;
        },
        std::move(handler));
}

QPointer<ApiCall> JobsClient::getRun(qint64 runId, QObject *context, Handler<RunInfo> handler)
{
    return send<RunInfo>(jobRequests::getRun(runId), context, &RunInfo::fromJson,
                         std::move(handler));
}

QPointer<ApiCall> JobsClient::getRunOutput(qint64 taskRunId, QObject *context,
                                           Handler<RunOutputInfo> handler)
{
    return send<RunOutputInfo>(jobRequests::getRunOutput(taskRunId), context,
                               &RunOutputInfo::fromJson, std::move(handler));
}

QPointer<ApiCall> JobsClient::cancelRun(qint64 runId, QObject *context, Handler<Done> handler)
{
    return send<Done>(jobRequests::cancelRun(runId), context, &nothing<Done>, std::move(handler));
}

QPointer<ApiCall> JobsClient::cancelAllRuns(qint64 jobId, QObject *context, Handler<Done> handler)
{
    return send<Done>(jobRequests::cancelAllRuns(jobId), context, &nothing<Done>,
                      std::move(handler));
}

QPointer<ApiCall> JobsClient::repairRun(const RepairRequest &request, QObject *context,
                                        Handler<qint64> handler)
{
    return send<qint64>(
        jobRequests::repairRun(request), context,
        [](const QJsonObject &json, QString *error) {
            return idFrom(json, QStringLiteral("repair_id"), error);
        },
        std::move(handler));
}

} // namespace brickdesk

#pragma once

#include "ApiClient.h"
#include "CallResult.h"
#include "CallTracker.h"
#include "JobDetails.h"
#include "JobPermissionsInfo.h"
#include "JobRequests.h"
#include "RunInfo.h"
#include "RunOutputInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace brickdesk {

// The answer to one jobs call (see CallResult).
template<typename T> using JobsResult = CallResult<T>;

struct RunNowAnswer
{
    qint64 runId = 0;
    qint64 numberInJob = 0;
};

// The Jobs API actions as typed, asynchronous calls. Every call it starts is tracked so that
// cancelAll() (disconnecting, switching profile) stops them all; a cancelled call calls no
// handler. Handlers run only while their `context` object is alive.
class JobsClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Handler = std::function<void(const JobsResult<T> &)>;
    struct Done
    {};

    explicit JobsClient(QObject *parent = nullptr);
    ~JobsClient() override;

    void setClient(ApiClient *client); // cancels what is in flight first
    ApiClient *client() const { return m_client; }
    bool isBusy() const { return m_tracker->isBusy(); }
    void cancelAll() { m_tracker->cancelAll(); }

    QPointer<ApiCall> getJob(qint64 jobId, QObject *context, Handler<JobDetails> handler);
    QPointer<ApiCall> getPermissions(qint64 jobId, QObject *context,
                                     Handler<JobPermissionsInfo> handler);
    QPointer<ApiCall> createJob(const QJsonObject &settings, QObject *context,
                                Handler<qint64> handler);
    QPointer<ApiCall> resetJob(qint64 jobId, const QJsonObject &settings, QObject *context,
                               Handler<Done> handler);
    QPointer<ApiCall> deleteJob(qint64 jobId, QObject *context, Handler<Done> handler);
    QPointer<ApiCall> runNow(const RunNowRequest &request, QObject *context,
                             Handler<RunNowAnswer> handler);
    QPointer<ApiCall> getRun(qint64 runId, QObject *context, Handler<RunInfo> handler);
    QPointer<ApiCall> getRunOutput(qint64 taskRunId, QObject *context,
                                   Handler<RunOutputInfo> handler);
    QPointer<ApiCall> cancelRun(qint64 runId, QObject *context, Handler<Done> handler);
    QPointer<ApiCall> cancelAllRuns(qint64 jobId, QObject *context, Handler<Done> handler);
    QPointer<ApiCall> repairRun(const RepairRequest &request, QObject *context,
                                Handler<qint64> handler);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    template<typename T>
    using Parser = std::function<std::optional<T>(const QJsonObject &, QString *)>;

    template<typename T>
    QPointer<ApiCall> send(const ApiRequest &request, QObject *context, Parser<T> parse,
                           Handler<T> handler);

    QPointer<ApiClient> m_client;
    CallTracker *m_tracker;
};

} // namespace brickdesk

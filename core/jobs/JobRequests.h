#pragma once

#include "ApiRequest.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace brickdesk {

// What "Run now" sends besides the job id. Job parameters and the task-level parameters are
// mutually exclusive in the API: a job with job-level parameters takes only jobParameters.
struct RunNowRequest
{
    qint64 jobId = 0;
    QMap<QString, QString> jobParameters;
    QMap<QString, QString> notebookParams;
    QStringList pythonParams;
    QStringList jarParams;
    // Makes a re-sent request start no second run, so the client may retry it; empty: none.
    QString idempotencyToken;

    QJsonObject toJson() const;
};

// runs/repair: re-run the failed tasks (or the ones named) of a finished run.
struct RepairRequest
{
    qint64 runId = 0;
    qint64 latestRepairId = 0; // required once the run has been repaired before
    QStringList rerunTasks;    // empty: every failed task
    bool rerunDependentTasks = true;

    QJsonObject toJson() const;
};

// Request builders for the Jobs API 2.1 (and the permissions API for jobs).
namespace jobRequests {

ApiRequest getJob(qint64 jobId);
ApiRequest createJob(const QJsonObject &settings);
ApiRequest resetJob(qint64 jobId, const QJsonObject &settings);
ApiRequest deleteJob(qint64 jobId);
ApiRequest runNow(const RunNowRequest &request);
// Newest first; `limit` 1–24 per page.
ApiRequest listRuns(qint64 jobId, int limit = 24);
ApiRequest getRun(qint64 runId);
ApiRequest getRunOutput(qint64 taskRunId);
ApiRequest cancelRun(qint64 runId);
ApiRequest cancelAllRuns(qint64 jobId);
ApiRequest repairRun(const RepairRequest &request);
ApiRequest getPermissions(qint64 jobId);

// A fresh token for RunNowRequest::idempotencyToken (≤ 64 characters, as the API allows).
QString newIdempotencyToken();

} // namespace jobRequests

} // namespace brickdesk

#include "RunView.h"

#include <QJsonArray>

namespace brickdesk::emulator::runView {

namespace {

const QString kWorkspaceId = QStringLiteral("3141592653589793");

QString pageUrl(const QUrl &baseUrl, qint64 jobId, qint64 runId)
{
    QString url = baseUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/?o=") +
                  kWorkspaceId + QStringLiteral("#job/");
    if (jobId > 0)
        url += QString::number(jobId) + QStringLiteral("/run/") + QString::number(runId);
    else
        url = url.chopped(4) + QStringLiteral("#run/") + QString::number(runId);
    return url;
}

qint64 idOf(const QJsonObject &object, const QString &key)
{
    return static_cast<qint64>(object.value(key).toDouble());
}

} // namespace

QJsonObject forApi(const QJsonObject &run, const QUrl &baseUrl, bool withTasks)
{
    QJsonObject answer = run;
    answer.remove(QStringLiteral("running_since"));
    const qint64 jobId = idOf(run, QStringLiteral("job_id"));
    answer.insert(QStringLiteral("run_page_url"),
                  pageUrl(baseUrl, jobId, idOf(run, QStringLiteral("run_id"))));
    if (!withTasks) {
        answer.remove(QStringLiteral("tasks"));
        answer.remove(QStringLiteral("job_clusters"));
        return answer;
    }
    QJsonArray tasks;
    const QJsonArray stored = run.value(QStringLiteral("tasks")).toArray();
    for (const QJsonValue &value : stored) {
        QJsonObject task = value.toObject();
        task.insert(QStringLiteral("run_page_url"),
                    pageUrl(baseUrl, jobId, idOf(task, QStringLiteral("run_id"))));
        tasks.append(task);
    }
    answer.insert(QStringLiteral("tasks"), tasks);
    return answer;
}

QJsonObject taskMetadata(const QJsonObject &run, const QJsonObject &task, const QUrl &baseUrl)
{
    QJsonObject metadata = task;
    const qint64 jobId = idOf(run, QStringLiteral("job_id"));
    for (const QString &key :
         {QStringLiteral("job_id"), QStringLiteral("creator_user_name"), QStringLiteral("run_type"),
          QStringLiteral("trigger"), QStringLiteral("format")}) {
        if (run.contains(key))
            metadata.insert(key, run.value(key));
    }
    metadata.insert(QStringLiteral("number_in_job"), task.value(QStringLiteral("run_id")));
    metadata.insert(QStringLiteral("original_attempt_run_id"),
                    task.value(QStringLiteral("run_id")));
    metadata.insert(QStringLiteral("parent_run_id"), run.value(QStringLiteral("run_id")));
    metadata.insert(QStringLiteral("run_name"), task.value(QStringLiteral("task_key")));
    metadata.insert(QStringLiteral("run_page_url"),
                    pageUrl(baseUrl, jobId, idOf(task, QStringLiteral("run_id"))));
    return metadata;
}

} // namespace brickdesk::emulator::runView

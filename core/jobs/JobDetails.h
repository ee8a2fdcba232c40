#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

class JsonFields;

// One task of a job's settings, for the task list (the DAG in dependency order).
struct JobTaskSpec
{
    QString key;
    QString kind;   // "Notebook", "Python script", "Python wheel", "JAR", "SQL", ...
    QString target; // notebook path, script, package:entry point, main class, ...
    QStringList dependsOn;
    QString compute; // "cluster 0412-…", "job cluster main", "serverless"
    QString runIf;   // ALL_SUCCESS unless set
    int maxRetries = 0;
    qint64 timeoutSeconds = 0;
    QMap<QString, QString> notebookParameters; // base_parameters of a notebook task
    bool takesPythonParameters = false;
    bool takesJarParameters = false;
    int depth = 0; // longest chain of upstream tasks (set by inDependencyOrder)

    bool operator==(const JobTaskSpec &) const = default;
};

// A job parameter (settings.parameters[]) with its default.
struct JobParameterSpec
{
    QString name;
    QString defaultValue;
    bool operator==(const JobParameterSpec &) const = default;
};

// A shared job cluster (settings.job_clusters[]), summarised.
struct JobClusterSpec
{
    QString key;
    QString summary; // "13.3.x-scala2.12 · Standard_DS3_v2 · 2 workers"
    bool operator==(const JobClusterSpec &) const = default;
};

// What jobs/get answers, read for the details view. The settings stay as JSON too, because
// editing (jobs/reset) sends the full settings back and must not lose fields Brickdesk does not
// know.
struct JobDetails
{
    qint64 id = 0;
    QString name;
    QString creator;
    QString runAs;
    QDateTime createdTime;
    QJsonObject settings;
    QJsonObject raw; // the whole answer, for the JSON view
    QList<JobTaskSpec> tasks;
    QList<JobClusterSpec> jobClusters;
    QList<JobParameterSpec> parameters;
    QMap<QString, QString> tags;
    QString schedule; // "0 30 2 * * ? (Europe/Berlin)", "paused: …", "" when none
    QString trigger;  // file arrival / table update / continuous, when set instead of a schedule
    int maxConcurrentRuns = 1;
    qint64 timeoutSeconds = 0;
    QStringList failureRecipients;

    bool hasNotebookTasks() const;
    bool hasPythonTasks() const;
    bool hasJarTasks() const;
    // base_parameters of every notebook task, merged: what notebook_params can override.
    QMap<QString, QString> notebookParameterDefaults() const;
    QString rawJsonText() const;      // indented
    QString settingsJsonText() const; // indented, what the editor starts from

    static std::optional<JobDetails> fromJson(const QJsonObject &object, QString *error = nullptr);
};

// Tasks ordered so that each comes after the tasks it depends on (stable; cycles keep their
// order), each with its depth in the DAG.
QList<JobTaskSpec> inDependencyOrder(QList<JobTaskSpec> tasks);

// "13.3.x-scala2.12 · Standard_DS3_v2 · 2–8 workers (autoscale)" for a new_cluster spec.
QString clusterSpecSummary(const QJsonObject &newCluster);

} // namespace brickdesk

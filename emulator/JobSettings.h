#pragma once

#include "ApiMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace brickdesk::emulator::jobSettings {

// The task fields that say what a task runs; a task has exactly one.
const QStringList &taskTypes();

// Checks JobSettings as jobs/create, reset and update (after merging) take them: name length,
// max_concurrent_runs 0-1000, timeout_seconds >= 0, schedule, and the tasks.
std::optional<ApiResponse> validate(const QJsonObject &settings);
// Checks tasks[] against job_clusters[]: unique task_key ([A-Za-z0-9_-], 1-100 characters), one
// task type each, depends_on naming tasks of the same job without cycles, job_cluster_key naming
// a job cluster.
std::optional<ApiResponse> validateTasks(const QJsonArray &tasks, const QJsonArray &jobClusters);

// What the service fills in: name "Untitled", format MULTI_TASK, max_concurrent_runs 1,
// timeout_seconds 0, email_notifications {}.
QJsonObject withDefaults(QJsonObject settings);

// jobs/update: `fieldsToRemove` (top-level names, "tasks/<key>", "job_clusters/<key>") are
// removed, then `newSettings` replaces top-level fields, merging tasks by task_key and job
// clusters by job_cluster_key.
QJsonObject merged(QJsonObject current, const QJsonObject &newSettings,
                   const QStringList &fieldsToRemove);

} // namespace brickdesk::emulator::jobSettings

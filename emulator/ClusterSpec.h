#pragma once

#include "ApiMessage.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace brickdesk::emulator::clusterSpec {

// The fields of a cluster that create and edit set (the rest are run-time attributes).
const QStringList &specKeys();

// Checks a create or edit body: spark_version (required, known), node_type_id (required unless
// an instance pool or policy provides it; known), driver_node_type_id, num_workers >= 0 or
// autoscale{min_workers <= max_workers}, autotermination_minutes 0 or 10-10000, object fields.
std::optional<ApiResponse> validate(const QJsonObject &spec);
// Checks a resize body: exactly one of num_workers and autoscale, valid.
std::optional<ApiResponse> validateResize(const QJsonObject &body);

// The spec fields of `object`, with defaults a new cluster gets.
QJsonObject specOf(const QJsonObject &object);
// `cluster` with its spec fields replaced by `spec` (fields absent from spec are removed).
QJsonObject withSpec(QJsonObject cluster, const QJsonObject &spec);
// Applies a resize body's num_workers or autoscale.
QJsonObject withSize(QJsonObject cluster, const QJsonObject &resize);

// Workers a starting cluster aims for: autoscale.min_workers, else num_workers.
int targetWorkers(const QJsonObject &cluster);
// Sets num_workers, cluster_memory_mb and cluster_cores for `workers` workers plus the driver.
QJsonObject withWorkers(QJsonObject cluster, int workers);

} // namespace brickdesk::emulator::clusterSpec

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// What clusters/list-node-types and clusters/spark-versions answer: Azure node types and
// Databricks Runtime versions, as a workspace on Azure lists them.
namespace clusterCatalog {

QJsonArray nodeTypes();
std::optional<QJsonObject> nodeType(const QString &nodeTypeId);

QJsonArray sparkVersions();
bool isKnownSparkVersion(const QString &key);

} // namespace clusterCatalog

} // namespace brickdesk::emulator

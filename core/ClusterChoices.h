#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QList>
#include <QString>

namespace brickdesk {

struct SparkVersion
{
    QString key;  // "13.3.x-scala2.12"
    QString name; // "13.3 LTS (includes Apache Spark 3.4.1, Scala 2.12)"
};

struct NodeType
{
    QString id;
    QString description;
    QString category;
    int memoryMb = 0;
    double cores = 0;
    int gpus = 0;
    bool deprecated = false;

    QString label() const; // "Standard_DS3_v2 — 14 GB, 4 cores (General Purpose)"
};

// Parse /clusters/spark-versions and /clusters/list-node-types; entries without a key are
// skipped. Newest runtimes first; node types by category, then memory; deprecated ones last.
QList<SparkVersion> parseSparkVersions(const QJsonObject &response);
QList<NodeType> parseNodeTypes(const QJsonObject &response);

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::SparkVersion)
Q_DECLARE_METATYPE(brickdesk::NodeType)

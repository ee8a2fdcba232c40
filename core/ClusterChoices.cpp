#include "ClusterChoices.h"

#include <QJsonArray>

#include <algorithm>

namespace brickdesk {

QString NodeType::label() const
{
    QString text = QStringLiteral("%1 — %2 GB, %3 cores").arg(id).arg(memoryMb / 1024).arg(cores);
    if (gpus > 0)
        text += QStringLiteral(", %1 GPU").arg(gpus);
    if (!category.isEmpty())
        text += QStringLiteral(" (%1)").arg(category);
    if (deprecated)
        text += QStringLiteral(" [deprecated]");
    return text;
}

namespace {

// "13.3.x-scala2.12" -> {13, 3}: the numbers before the first non-numeric part.
QList<int> leadingVersion(const QString &key)
{
    QList<int> numbers;
    for (const QString &part : key.split(u'.')) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (!ok)
            break;
        numbers.append(number);
    }
    return numbers;
}

} // namespace

QList<SparkVersion> parseSparkVersions(const QJsonObject &response)
{
    QList<SparkVersion> versions;
    for (const QJsonValue &value : response.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject object = value.toObject();
        SparkVersion version{object.value(QStringLiteral("key")).toString(), object.value(QStringLiteral("name")).toString()};
        if (version.key.isEmpty())
            continue;
        if (version.name.isEmpty())
            version.name = version.key;
        versions.append(version);
    }
    std::stable_sort(versions.begin(), versions.end(), [](const SparkVersion &a, const SparkVersion &b) {
        const QList<int> va = leadingVersion(a.key);
        const QList<int> vb = leadingVersion(b.key);
        if (va != vb)
            return std::lexicographical_compare(vb.cbegin(), vb.cend(), va.cbegin(), va.cend()); // newest first
        return a.key < b.key;
    });
    return versions;
}

QList<NodeType> parseNodeTypes(const QJsonObject &response)
{
    QList<NodeType> types;
    for (const QJsonValue &value : response.value(QStringLiteral("node_types")).toArray()) {
        const QJsonObject object = value.toObject();
        NodeType type;
        type.id = object.value(QStringLiteral("node_type_id")).toString();
        if (type.id.isEmpty())
            continue;
        type.description = object.value(QStringLiteral("description")).toString();
        type.category = object.value(QStringLiteral("category")).toString();
        type.memoryMb = object.value(QStringLiteral("memory_mb")).toInt();
        type.cores = object.value(QStringLiteral("num_cores")).toDouble();
        type.gpus = object.value(QStringLiteral("num_gpus")).toInt();
        type.deprecated = object.value(QStringLiteral("is_deprecated")).toBool();
        types.append(type);
    }
    std::stable_sort(types.begin(), types.end(), [](const NodeType &a, const NodeType &b) {
        if (a.deprecated != b.deprecated)
            return !a.deprecated;
        if (a.category != b.category)
            return a.category < b.category;
        return a.memoryMb < b.memoryMb;
    });
    return types;
}

} // namespace brickdesk

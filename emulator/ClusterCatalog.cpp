#include "ClusterCatalog.h"

#include <array>

namespace brickdesk::emulator::clusterCatalog {

namespace {

struct NodeRow
{
    const char *id;
    int memoryMb;
    int cores;
    int gpus;
    const char *category;
    const char *description;
    int localDiskGb;
    bool deprecated;
};

// clang-format off
const std::array<NodeRow, 20> kNodes = {{
    {"Standard_DS3_v2", 14336, 4, 0, "General Purpose", "Standard_DS3_v2", 28, false},
    {"Standard_DS4_v2", 28672, 8, 0, "General Purpose", "Standard_DS4_v2", 56, false},
    {"Standard_DS5_v2", 57344, 16, 0, "General Purpose", "Standard_DS5_v2", 112, false},
    {"Standard_D4ds_v5", 16384, 4, 0, "General Purpose", "Standard_D4ds_v5", 150, false},
    {"Standard_D8ds_v5", 32768, 8, 0, "General Purpose", "Standard_D8ds_v5", 300, false},
    {"Standard_D16ds_v5", 65536, 16, 0, "General Purpose", "Standard_D16ds_v5", 600, false},
    {"Standard_D3_v2", 14336, 4, 0, "General Purpose", "Standard_D3_v2", 200, true},
    {"Standard_DS12_v2", 28672, 4, 0, "Memory Optimized", "Standard_DS12_v2", 56, false},
    {"Standard_DS13_v2", 57344, 8, 0, "Memory Optimized", "Standard_DS13_v2", 112, false},
    {"Standard_E4ds_v4", 32768, 4, 0, "Memory Optimized", "Standard_E4ds_v4", 150, false},
    {"Standard_E8ds_v4", 65536, 8, 0, "Memory Optimized", "Standard_E8ds_v4", 300, false},
    {"Standard_E16ds_v4", 131072, 16, 0, "Memory Optimized", "Standard_E16ds_v4", 600, false},
    {"Standard_F4s", 8192, 4, 0, "Compute Optimized", "Standard_F4s", 16, false},
    {"Standard_F8s_v2", 16384, 8, 0, "Compute Optimized", "Standard_F8s_v2", 64, false},
    {"Standard_F16s_v2", 32768, 16, 0, "Compute Optimized", "Standard_F16s_v2", 128, false},
    {"Standard_L8s_v2", 65536, 8, 0, "Storage Optimized", "Standard_L8s_v2", 80, false},
    {"Standard_NC4as_T4_v3", 28672, 4, 1, "GPU Accelerated", "Standard_NC4as_T4_v3", 180, false},
    {"Standard_NC6s_v3", 114688, 6, 1, "GPU Accelerated", "Standard_NC6s_v3", 736, false},
    {"Standard_NC12s_v3", 229376, 12, 2, "GPU Accelerated", "Standard_NC12s_v3", 1474, false},
    {"Standard_NC24ads_A100_v4", 225280, 24, 1, "GPU Accelerated", "Standard_NC24ads_A100_v4", 64, false},
}};

// (key, name): the LTS lines with their ML, GPU ML and Photon variants, plus current releases.
const std::array<std::pair<const char *, const char *>, 24> kVersions = {{
    {"16.1.x-scala2.12", "16.1 (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"16.1.x-cpu-ml-scala2.12", "16.1 ML (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"16.1.x-gpu-ml-scala2.12", "16.1 ML (includes Apache Spark 3.5.0, GPU, Scala 2.12)"},
    {"15.4.x-scala2.12", "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"15.4.x-cpu-ml-scala2.12", "15.4 LTS ML (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"15.4.x-gpu-ml-scala2.12", "15.4 LTS ML (includes Apache Spark 3.5.0, GPU, Scala 2.12)"},
    {"15.4.x-photon-scala2.12", "15.4 LTS Photon (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"14.3.x-scala2.12", "14.3 LTS (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"14.3.x-cpu-ml-scala2.12", "14.3 LTS ML (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"14.3.x-gpu-ml-scala2.12", "14.3 LTS ML (includes Apache Spark 3.5.0, GPU, Scala 2.12)"},
    {"14.3.x-photon-scala2.12", "14.3 LTS Photon (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"13.3.x-scala2.12", "13.3 LTS (includes Apache Spark 3.4.1, Scala 2.12)"},
    {"13.3.x-cpu-ml-scala2.12", "13.3 LTS ML (includes Apache Spark 3.4.1, Scala 2.12)"},
    {"13.3.x-gpu-ml-scala2.12", "13.3 LTS ML (includes Apache Spark 3.4.1, GPU, Scala 2.12)"},
    {"13.3.x-photon-scala2.12", "13.3 LTS Photon (includes Apache Spark 3.4.1, Scala 2.12)"},
    {"12.2.x-scala2.12", "12.2 LTS (includes Apache Spark 3.3.2, Scala 2.12)"},
    {"12.2.x-cpu-ml-scala2.12", "12.2 LTS ML (includes Apache Spark 3.3.2, Scala 2.12)"},
    {"12.2.x-gpu-ml-scala2.12", "12.2 LTS ML (includes Apache Spark 3.3.2, GPU, Scala 2.12)"},
    {"12.2.x-photon-scala2.12", "12.2 LTS Photon (includes Apache Spark 3.3.2, Scala 2.12)"},
    {"11.3.x-scala2.12", "11.3 LTS (includes Apache Spark 3.3.0, Scala 2.12)"},
    {"11.3.x-cpu-ml-scala2.12", "11.3 LTS ML (includes Apache Spark 3.3.0, Scala 2.12)"},
    {"10.4.x-scala2.12", "10.4 LTS (includes Apache Spark 3.2.1, Scala 2.12)"},
    {"10.4.x-cpu-ml-scala2.12", "10.4 LTS ML (includes Apache Spark 3.2.1, Scala 2.12)"},
    {"9.1.x-scala2.12", "9.1 LTS (includes Apache Spark 3.1.2, Scala 2.12)"},
}};
// clang-format on

QJsonObject nodeJson(const NodeRow &row)
{
    const QString id = QString::fromUtf8(row.id);
    return QJsonObject{
        {QStringLiteral("node_type_id"), id},
        {QStringLiteral("memory_mb"), row.memoryMb},
        {QStringLiteral("num_cores"), static_cast<double>(row.cores)},
        {QStringLiteral("num_gpus"), row.gpus},
        {QStringLiteral("description"), QString::fromUtf8(row.description)},
        {QStringLiteral("instance_type_id"), id},
        {QStringLiteral("category"), QString::fromUtf8(row.category)},
        {QStringLiteral("is_deprecated"), row.deprecated},
        {QStringLiteral("is_hidden"), false},
        {QStringLiteral("support_ebs_volumes"), false},
        {QStringLiteral("support_cluster_tags"), true},
        {QStringLiteral("support_port_forwarding"), true},
        {QStringLiteral("photon_worker_capable"), row.gpus == 0},
        {QStringLiteral("photon_driver_capable"), row.gpus == 0},
        {QStringLiteral("node_instance_type"),
         QJsonObject{{QStringLiteral("instance_type_id"), id},
                     {QStringLiteral("local_disks"), 1},
                     {QStringLiteral("local_disk_size_gb"), row.localDiskGb}}},
    };
}

} // namespace

QJsonArray nodeTypes()
{
    QJsonArray array;
    for (const NodeRow &row : kNodes)
        array.append(nodeJson(row));
    return array;
}

std::optional<QJsonObject> nodeType(const QString &nodeTypeId)
{
    for (const NodeRow &row : kNodes) {
        if (nodeTypeId == QLatin1String(row.id))
            return nodeJson(row);
    }
    return std::nullopt;
}

QJsonArray sparkVersions()
{
    QJsonArray array;
    for (const auto &[key, name] : kVersions) {
        array.append(QJsonObject{{QStringLiteral("key"), QString::fromUtf8(key)},
                                 {QStringLiteral("name"), QString::fromUtf8(name)}});
    }
    return array;
}

bool isKnownSparkVersion(const QString &key)
{
    for (const auto &[versionKey, name] : kVersions) {
        if (key == QLatin1String(versionKey))
            return true;
    }
    return false;
}

} // namespace brickdesk::emulator::clusterCatalog

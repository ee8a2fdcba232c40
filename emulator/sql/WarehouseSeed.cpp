#include "WarehouseSeed.h"

#include "DemoSeed.h"
#include "WarehouseStore.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

struct WarehouseRow
{
    const char *id;
    const char *name;
    const char *size;
    int maxClusters;
    int autoStopMinutes;
    const char *type; // PRO or CLASSIC
    bool serverless;
    bool running;
    int creator; // into demo::kUsers
    const char *team;
};

const WarehouseRow kWarehouses[] = {
    {kDemoWarehouseId, "Demo Serverless", "2X-Small", 1, 10, "PRO", true, true, 0, "demo"},
    {"a3c9e1f07b2d4e68", "Reporting (Pro)", "Small", 1, 45, "PRO", false, false, 1, "analytics"},
    {"7e2b5d9c1a4f6083", "Nightly ETL", "Medium", 2, 20, "CLASSIC", false, false, 2, "data-eng"},
};

QJsonObject warehouse(const WarehouseRow &row)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::fromLatin1(row.id)},
        {QStringLiteral("name"), QString::fromUtf8(row.name)},
        {QStringLiteral("cluster_size"), QString::fromLatin1(row.size)},
        {QStringLiteral("min_num_clusters"), 1},
        {QStringLiteral("max_num_clusters"), row.maxClusters},
        {QStringLiteral("num_clusters"), row.running ? 1 : 0},
        {QStringLiteral("num_active_sessions"), 0},
        {QStringLiteral("auto_stop_mins"), row.autoStopMinutes},
        {QStringLiteral("creator_name"),
         QString::fromUtf8(demo::kUsers.at(static_cast<std::size_t>(row.creator)))},
        {QStringLiteral("state"),
         row.running ? QStringLiteral("RUNNING") : QStringLiteral("STOPPED")},
        {QStringLiteral("health"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("HEALTHY")}}},
        {QStringLiteral("warehouse_type"), QString::fromLatin1(row.type)},
        {QStringLiteral("enable_serverless_compute"), row.serverless},
        {QStringLiteral("enable_photon"), true},
        {QStringLiteral("spot_instance_policy"), QStringLiteral("COST_OPTIMIZED")},
        {QStringLiteral("channel"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("CHANNEL_NAME_CURRENT")}}},
        {QStringLiteral("tags"),
         QJsonObject{
             {QStringLiteral("custom_tags"),
              QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("team")},
                                     {QStringLiteral("value"), QString::fromLatin1(row.team)}}}}}}};
}

} // namespace

void seedDemoWarehouses(WarehouseStore &store)
{
    for (const WarehouseRow &row : kWarehouses)
        store.put(warehouse(row));
}

} // namespace brickdesk::emulator

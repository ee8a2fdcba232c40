#include "WarehousesApi.h"

#include "ApiRouter.h"
#include "RequestParams.h"
#include "Simulation.h"
#include "WarehouseLifecycle.h"
#include "WarehouseStore.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

const QString kPageKind = QStringLiteral("warehouses");

// The connection details of a warehouse, for the address the emulator listens on.
QJsonObject withAddress(QJsonObject warehouse, const Simulation &sim)
{
    const QUrl base = sim.baseUrl();
    if (base.isEmpty())
        return warehouse;
    const QString path =
        QStringLiteral("/sql/1.0/warehouses/") + warehouse.value(QStringLiteral("id")).toString();
    warehouse.insert(QStringLiteral("odbc_params"),
                     QJsonObject{{QStringLiteral("hostname"), base.host()},
                                 {QStringLiteral("path"), path},
                                 {QStringLiteral("protocol"), base.scheme()},
                                 {QStringLiteral("port"), base.port()}});
    warehouse.insert(QStringLiteral("jdbc_url"),
                     QStringLiteral("jdbc:databricks://%1:%2/default;transportMode=http;ssl=0;"
                                    "AuthMech=3;httpPath=%3;")
                         .arg(base.host())
                         .arg(base.port())
                         .arg(path));
    return warehouse;
}

ApiResponse list(const WarehouseStore &store, const Simulation &sim, const ApiRequest &request)
{
    const QList<QJsonObject> &all = store.warehouses();
    qint64 pageSize = 0;
    if (auto error = readInteger(request, QStringLiteral("page_size"), 0, 0, 1000, &pageSize))
        return *error;
    qint64 position = 0;
    if (auto error = readPageToken(request, kPageKind, &position))
        return *error;
    const qint64 end =
        pageSize > 0 ? std::min<qint64>(position + pageSize, all.size()) : all.size();
    QJsonArray warehouses;
    for (qint64 i = position; i < end; ++i)
        warehouses.append(withAddress(all.at(i), sim));
    QJsonObject body;
    if (!warehouses.isEmpty())
        body.insert(QStringLiteral("warehouses"), warehouses);
    if (end < all.size())
        body.insert(QStringLiteral("next_page_token"), encodePageToken(kPageKind, end));
    return ApiResponse::ok(body);
}

ApiResponse get(const WarehouseStore &store, const Simulation &sim, const ApiRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const std::optional<QJsonObject> warehouse = store.warehouse(id);
    if (!warehouse)
        return WarehouseLifecycle::unknownWarehouse(id);
    return ApiResponse::ok(withAddress(*warehouse, sim));
}

ApiResponse done(const std::optional<ApiResponse> &error)
{
    return error ? *error : ApiResponse::ok();
}

} // namespace

void registerWarehousesApi(ApiRouter &router, const WarehouseStore &store,
                           WarehouseLifecycle &lifecycle, const Simulation &sim)
{
    router.get(QStringLiteral("/api/2.0/sql/warehouses"),
               [&store, &sim](const ApiRequest &request) { return list(store, sim, request); });
    router.get(QStringLiteral("/api/2.0/sql/warehouses/{id}"),
               [&store, &sim](const ApiRequest &request) { return get(store, sim, request); });
    router.post(QStringLiteral("/api/2.0/sql/warehouses/{id}/start"),
                [&lifecycle](const ApiRequest &request) {
                    return done(lifecycle.start(request.pathParams.value(QStringLiteral("id"))));
                });
    router.post(QStringLiteral("/api/2.0/sql/warehouses/{id}/stop"),
                [&lifecycle](const ApiRequest &request) {
                    return done(lifecycle.stop(request.pathParams.value(QStringLiteral("id"))));
                });
}

} // namespace brickdesk::emulator

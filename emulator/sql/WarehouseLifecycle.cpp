#include "WarehouseLifecycle.h"

#include "SimScheduler.h"
#include "Simulation.h"
#include "WarehouseStore.h"

namespace brickdesk::emulator {

namespace {

const QString kState = QStringLiteral("state");
const QString kRunning = QStringLiteral("RUNNING");
const QString kStarting = QStringLiteral("STARTING");
const QString kStopping = QStringLiteral("STOPPING");
const QString kStopped = QStringLiteral("STOPPED");

QString scheduleKey(const QString &id)
{
    return QStringLiteral("warehouse:") + id;
}

} // namespace

WarehouseLifecycle::WarehouseLifecycle(WarehouseStore &store, Simulation &sim)
    : m_store(store)
    , m_sim(sim)
{}

ApiResponse WarehouseLifecycle::unknownWarehouse(const QString &id)
{
    return ApiResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
                              QStringLiteral("SQL warehouse ") + id +
                                  QStringLiteral(" does not exist."));
}

QString WarehouseLifecycle::state(const QString &id) const
{
    const std::optional<QJsonObject> warehouse = m_store.warehouse(id);
    return warehouse ? warehouse->value(kState).toString() : QString();
}

std::optional<ApiResponse> WarehouseLifecycle::start(const QString &id)
{
    const QString current = state(id);
    if (current.isEmpty())
        return unknownWarehouse(id);
    if (current == kRunning || current == kStarting)
        return std::nullopt;
    m_sim.scheduler().cancel(scheduleKey(id));
    setState(id, kStarting);
    m_sim.persist();
    scheduleRunning(id);
    return std::nullopt;
}

std::optional<ApiResponse> WarehouseLifecycle::stop(const QString &id)
{
    const QString current = state(id);
    if (current.isEmpty())
        return unknownWarehouse(id);
    if (current == kStopped || current == kStopping)
        return std::nullopt;
    m_sim.scheduler().cancel(scheduleKey(id));
    setState(id, kStopping);
    m_sim.persist();
    scheduleStopped(id);
    return std::nullopt;
}

void WarehouseLifecycle::resume()
{
    for (const QJsonObject &warehouse : m_store.warehouses()) {
        const QString id = warehouse.value(QStringLiteral("id")).toString();
        const QString current = warehouse.value(kState).toString();
        if (current == kStarting)
            scheduleRunning(id);
        else if (current == kStopping)
            scheduleStopped(id);
    }
}

void WarehouseLifecycle::scheduleRunning(const QString &id)
{
    m_sim.scheduler().after(kStartMs, scheduleKey(id), [this, id] {
        setState(id, kRunning);
        m_sim.persistSoon();
    });
}

void WarehouseLifecycle::scheduleStopped(const QString &id)
{
    m_sim.scheduler().after(kStopMs, scheduleKey(id), [this, id] {
        setState(id, kStopped);
        m_sim.persistSoon();
    });
}

void WarehouseLifecycle::setState(const QString &id, const QString &state)
{
    std::optional<QJsonObject> warehouse = m_store.warehouse(id);
    if (!warehouse)
        return;
    warehouse->insert(kState, state);
    const int clusters =
        state == kRunning ? warehouse->value(QStringLiteral("min_num_clusters")).toInt(1) : 0;
    warehouse->insert(QStringLiteral("num_clusters"), clusters);
    warehouse->insert(QStringLiteral("health"),
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("HEALTHY")}});
    m_store.put(*warehouse);
    if (m_listener)
        m_listener(id, state);
}

} // namespace brickdesk::emulator

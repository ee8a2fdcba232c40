#pragma once

#include "ApiMessage.h"

#include <QString>
#include <functional>
#include <optional>

namespace brickdesk::emulator {

class Simulation;
class WarehouseStore;

// The SQL warehouse state machine, in simulated time:
//   start: STOPPED → STARTING → RUNNING (20 s); a running or starting warehouse stays as it is
//   stop:  RUNNING → STOPPING → STOPPED (5 s); a stopped or stopping one stays as it is
// A start while stopping turns back to STARTING, a stop while starting to STOPPING. The
// listener hears every change (the statements wait for RUNNING and end on STOPPING).
class WarehouseLifecycle
{
public:
    static constexpr qint64 kStartMs = 20'000;
    static constexpr qint64 kStopMs = 5'000;

    using Listener = std::function<void(const QString &warehouseId, const QString &state)>;

    WarehouseLifecycle(WarehouseStore &store, Simulation &sim);

    void setListener(Listener listener) { m_listener = std::move(listener); }
    // 404 RESOURCE_DOES_NOT_EXIST.
    static ApiResponse unknownWarehouse(const QString &id);

    std::optional<ApiResponse> start(const QString &id);
    std::optional<ApiResponse> stop(const QString &id);
    QString state(const QString &id) const; // "" for an unknown warehouse

    // After loading: warehouses caught starting or stopping finish, timed from now.
    void resume();

private:
    void scheduleRunning(const QString &id);
    void scheduleStopped(const QString &id);
    void setState(const QString &id, const QString &state);

    WarehouseStore &m_store;
    Simulation &m_sim;
    Listener m_listener;
};

} // namespace brickdesk::emulator

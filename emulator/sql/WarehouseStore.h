#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// The workspace's SQL warehouses, held as the JSON the API answers with (without the address
// fields, which follow the emulator's port), in creation order. Pure data; saved in state.json
// as the "sql_warehouses" section.
class WarehouseStore
{
public:
    const QList<QJsonObject> &warehouses() const { return m_warehouses; }
    std::optional<QJsonObject> warehouse(const QString &id) const;
    void put(const QJsonObject &warehouse); // inserts, or replaces the one with the same id

    QJsonObject toJson() const;
    // Replaces everything with `json` (the toJson() shape), or leaves the store as it was.
    bool fromJson(const QJsonValue &json, QString *error);

private:
    QList<QJsonObject> m_warehouses;
};

} // namespace brickdesk::emulator

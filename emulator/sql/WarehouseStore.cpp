#include "WarehouseStore.h"

#include <QJsonArray>
#include <QSet>

namespace brickdesk::emulator {

namespace {

const QString kId = QStringLiteral("id");

} // namespace

std::optional<QJsonObject> WarehouseStore::warehouse(const QString &id) const
{
    for (const QJsonObject &warehouse : m_warehouses) {
        if (warehouse.value(kId).toString() == id)
            return warehouse;
    }
    return std::nullopt;
}

void WarehouseStore::put(const QJsonObject &warehouse)
{
    const QString id = warehouse.value(kId).toString();
    for (QJsonObject &existing : m_warehouses) {
        if (existing.value(kId).toString() == id) {
            existing = warehouse;
            return;
        }
    }
    m_warehouses.append(warehouse);
}

QJsonObject WarehouseStore::toJson() const
{
    QJsonArray warehouses;
    for (const QJsonObject &warehouse : m_warehouses)
        warehouses.append(warehouse);
    return QJsonObject{{QStringLiteral("warehouses"), warehouses}};
}

bool WarehouseStore::fromJson(const QJsonValue &json, QString *error)
{
    const QJsonValue array = json.toObject().value(QStringLiteral("warehouses"));
    if (!array.isArray()) {
        *error = QStringLiteral("\"sql_warehouses\" is not an object with a \"warehouses\" array");
        return false;
    }
    QList<QJsonObject> warehouses;
    QSet<QString> ids;
    for (const QJsonValue &value : array.toArray()) {
        const QString id = value.toObject().value(kId).toString();
        if (!value.isObject() || id.isEmpty() || ids.contains(id)) {
            *error = QStringLiteral("a SQL warehouse has no id, or one used twice");
            return false;
        }
        ids.insert(id);
        warehouses.append(value.toObject());
    }
    m_warehouses = warehouses;
    return true;
}

} // namespace brickdesk::emulator

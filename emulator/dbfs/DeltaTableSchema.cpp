#include "DeltaTableSchema.h"

#include "OrderedJson.h"

#include <QCryptographicHash>

namespace brickdesk::emulator {

namespace {

// A uuid-shaped name derived from the column (deterministic: the same table every run).
QString mappedPhysicalName(const QString &name, int id)
{
    const QByteArray seed = name.toUtf8() + QByteArray::number(id);
    const QByteArray hex = QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex();
    return QStringLiteral("col-") + QString::fromLatin1(hex.mid(0, 8)) + QLatin1Char('-') +
           QString::fromLatin1(hex.mid(8, 4)) + QLatin1Char('-') +
           QString::fromLatin1(hex.mid(12, 4)) + QLatin1Char('-') +
           QString::fromLatin1(hex.mid(16, 4)) + QLatin1Char('-') +
           QString::fromLatin1(hex.mid(20, 12));
}

} // namespace

DeltaTableSchema::DeltaTableSchema(QString tableId, QStringList partitionColumns, qint64 createdMs)
    : m_tableId(std::move(tableId))
    , m_partitionColumns(std::move(partitionColumns))
    , m_createdMs(createdMs)
{}

void DeltaTableSchema::addColumn(const QString &name, const QString &type,
                                 const QString &physicalName)
{
    DeltaColumn column{name, type, 0, QString(), QString()};
    if (m_columnMapping) {
        column.id = ++m_maxColumnId;
        column.physicalName =
            physicalName.isEmpty() ? mappedPhysicalName(name, column.id) : physicalName;
        setProperty(QStringLiteral("delta.columnMapping.maxColumnId"),
                    QString::number(m_maxColumnId));
    }
    m_columns.append(column);
}

void DeltaTableSchema::enableColumnMapping()
{
    if (m_columnMapping)
        return;
    m_columnMapping = true;
    for (DeltaColumn &column : m_columns) {
        column.id = ++m_maxColumnId;
        column.physicalName = column.name;
    }
    setProperty(QStringLiteral("delta.columnMapping.mode"), QStringLiteral("name"));
    setProperty(QStringLiteral("delta.columnMapping.maxColumnId"), QString::number(m_maxColumnId));
}

bool DeltaTableSchema::renameColumn(const QString &from, const QString &to)
{
    for (DeltaColumn &column : m_columns) {
        if (column.name == from) {
            column.name = to;
            for (QString &partition : m_partitionColumns) {
                if (partition == from)
                    partition = to;
            }
            return true;
        }
    }
    return false;
}

bool DeltaTableSchema::widenColumn(const QString &name, const QString &toType)
{
    for (DeltaColumn &column : m_columns) {
        if (column.name == name) {
            column.widenedFrom = column.type;
            column.type = toType;
            return true;
        }
    }
    return false;
}

void DeltaTableSchema::setProperty(const QString &key, const QString &value)
{
    for (auto &entry : m_configuration) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    m_configuration.append({key, value});
}

const DeltaColumn *DeltaTableSchema::column(const QString &name) const
{
    for (const DeltaColumn &column : m_columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

QString DeltaTableSchema::physicalName(const QString &name) const
{
    const DeltaColumn *found = column(name);
    return found && !found->physicalName.isEmpty() ? found->physicalName : name;
}

QByteArray DeltaTableSchema::fieldJson(const DeltaColumn &column) const
{
    OrderedJson metadata;
    if (column.id > 0) {
        metadata.number("delta.columnMapping.id", column.id)
            .text("delta.columnMapping.physicalName", column.physicalName);
    }
    if (!column.widenedFrom.isEmpty()) {
        const OrderedJson change =
            OrderedJson().text("toType", column.type).text("fromType", column.widenedFrom);
        metadata.raw("delta.typeChanges", '[' + change.json() + ']');
    }
    return OrderedJson()
        .text("name", column.name)
        .text("type", column.type)
        .boolean("nullable", true)
        .object("metadata", metadata)
        .json();
}

QByteArray DeltaTableSchema::metaDataAction() const
{
    QByteArray fields("[");
    for (const DeltaColumn &column : m_columns) {
        if (fields.size() > 1)
            fields.append(',');
        fields.append(fieldJson(column));
    }
    fields.append(']');
    const OrderedJson schema =
        OrderedJson().text("type", QStringLiteral("struct")).raw("fields", fields);
    OrderedJson configuration;
    for (const auto &[key, value] : m_configuration)
        configuration.text(key.toUtf8(), value);
    const OrderedJson format =
        OrderedJson().text("provider", QStringLiteral("parquet")).raw("options", "{}");
    const OrderedJson metaData = OrderedJson()
                                     .text("id", m_tableId)
                                     .object("format", format)
                                     .text("schemaString", schema.jsonText())
                                     .raw("partitionColumns", jsonStringArray(m_partitionColumns))
                                     .object("configuration", configuration)
                                     .number("createdTime", m_createdMs);
    return OrderedJson().object("metaData", metaData).json();
}

} // namespace brickdesk::emulator

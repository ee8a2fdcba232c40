#include "DeltaCheckpointFields.h"

#include "ParquetTypes.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMap>

namespace brickdesk {

namespace {

struct KnownField
{
    QLatin1String action;
    QLatin1String path;
    DeltaFieldKind kind;
};

// The fields of Delta's PROTOCOL.md that Brickdesk shows, by action.
constexpr KnownField kKnownFields[] = {
    {QLatin1String("metaData"), QLatin1String("id"), DeltaFieldKind::String},
    {QLatin1String("metaData"), QLatin1String("name"), DeltaFieldKind::String},
    {QLatin1String("metaData"), QLatin1String("description"), DeltaFieldKind::String},
    {QLatin1String("metaData"), QLatin1String("format.provider"), DeltaFieldKind::String},
    {QLatin1String("metaData"), QLatin1String("format.options"), DeltaFieldKind::StringMap},
    {QLatin1String("metaData"), QLatin1String("schemaString"), DeltaFieldKind::String},
    {QLatin1String("metaData"), QLatin1String("partitionColumns"), DeltaFieldKind::StringList},
    {QLatin1String("metaData"), QLatin1String("configuration"), DeltaFieldKind::StringMap},
    {QLatin1String("metaData"), QLatin1String("createdTime"), DeltaFieldKind::Integer},
    {QLatin1String("protocol"), QLatin1String("minReaderVersion"), DeltaFieldKind::Integer},
    {QLatin1String("protocol"), QLatin1String("minWriterVersion"), DeltaFieldKind::Integer},
    {QLatin1String("protocol"), QLatin1String("readerFeatures"), DeltaFieldKind::StringList},
    {QLatin1String("protocol"), QLatin1String("writerFeatures"), DeltaFieldKind::StringList},
    {QLatin1String("sidecar"), QLatin1String("path"), DeltaFieldKind::String},
};

// Places a leaf in the JSON shape of its action: a scalar, the element of a list (Parquet's
// three-level LIST or the legacy two-level form), or the key or value of a MAP. Leaves under more
// than one repeated node are none of the fields Brickdesk reads.
bool classify(const ParquetSchema &schema, int action, int leaf, DeltaFieldLeaf *field)
{
    QList<int> chain;
    for (int at = leaf; at > 0 && at != action; at = schema.nodes.at(at).parent)
        chain.prepend(at);
    if (chain.isEmpty() || schema.nodes.at(chain.first()).parent != action)
        return false;
    QList<int> repeated;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (schema.nodes.at(chain.at(i)).repetition == parquet::Repeated)
            repeated.append(static_cast<int>(i));
    }
    const auto names = [&](qsizetype count) {
        QStringList path;
        for (qsizetype i = 0; i < count; ++i)
            path.append(schema.nodes.at(chain.at(i)).name);
        return path;
    };
    field->node = leaf;
    field->actionDefinition = schema.nodes.at(action).definitionLevel;
    const qsizetype last = chain.size() - 1;
    qsizetype fieldAt = last; // the node that is the JSON field
    if (repeated.isEmpty()) {
        field->role = DeltaLeafRole::Scalar;
    } else if (repeated.size() == 1) {
        const int j = repeated.first();
        const ParquetSchemaNode &entry = schema.nodes.at(chain.at(j));
        // A repeated field with no LIST group around it is itself the list.
        fieldAt = j == 0 ? 0 : j - 1;
        field->containerDefinition =
            j == 0 ? field->actionDefinition : schema.nodes.at(chain.at(fieldAt)).definitionLevel;
        field->entryDefinition = entry.definitionLevel;
        if (j == last) {
            field->role = DeltaLeafRole::ListElement;
        } else if (j == last - 1 && entry.children.size() == 2 &&
                   schema.childNamed(chain.at(j), QStringLiteral("key")) >= 0) {
            field->role = schema.nodes.at(leaf).name == QLatin1String("key")
                              ? DeltaLeafRole::MapKey
                              : DeltaLeafRole::MapValue;
        } else if (j == last - 1 && entry.children.size() == 1) {
            field->role = DeltaLeafRole::ListElement;
        } else {
            return false;
        }
    } else {
        return false;
    }
    field->jsonPath = names(fieldAt + 1);
    for (qsizetype i = 0; i < fieldAt; ++i)
        field->structs.append(
            {static_cast<int>(i + 1), schema.nodes.at(chain.at(i)).definitionLevel});
    return true;
}

QString kindName(DeltaFieldKind kind)
{
    switch (kind) {
    case DeltaFieldKind::String:
        return QStringLiteral("a string");
    case DeltaFieldKind::Integer:
        return QStringLiteral("an integer");
    case DeltaFieldKind::StringList:
        return QStringLiteral("a list of strings");
    case DeltaFieldKind::StringMap:
        return QStringLiteral("a map of strings");
    }
    return QString();
}

void setAt(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    setAt(child, path.mid(1), value);
    object.insert(path.first(), child);
}

void ensureObject(QJsonObject &object, const QStringList &path)
{
    QJsonObject child = object.value(path.first()).toObject();
    if (path.size() > 1)
        ensureObject(child, path.mid(1));
    object.insert(path.first(), child);
}

const QList<DeltaLeafCollector::Entry> *entriesOfRow(const DeltaLeafCollector &collector,
                                                     qint64 row)
{
    for (const DeltaLeafCollector::Row &kept : collector.rows()) {
        if (kept.index == row)
            return &kept.entries;
    }
    return nullptr;
}

} // namespace

std::optional<QList<DeltaFieldLeaf>> deltaFieldLeaves(const ParquetSchema &schema, int action,
                                                      QString *error)
{
    const QString &actionName = schema.nodes.at(action).name;
    QList<DeltaFieldLeaf> fields;
    for (const int leaf : schema.leaves) {
        DeltaFieldLeaf field;
        if (!classify(schema, action, leaf, &field))
            continue;
        const QString path = field.jsonPath.join(QLatin1Char('.'));
        const KnownField *known = nullptr;
        for (const KnownField &candidate : kKnownFields) {
            if (candidate.action == actionName && candidate.path == path)
                known = &candidate;
        }
        if (!known)
            continue;
        field.kind = known->kind;
        const bool scalar = field.role == DeltaLeafRole::Scalar;
        const bool shapeOk =
            known->kind == DeltaFieldKind::StringList ? field.role == DeltaLeafRole::ListElement
            : known->kind == DeltaFieldKind::StringMap
                ? field.role == DeltaLeafRole::MapKey || field.role == DeltaLeafRole::MapValue
                : scalar;
        const qint32 type = schema.nodes.at(leaf).physicalType;
        const bool typeOk = known->kind == DeltaFieldKind::Integer
                                ? type == parquet::Int32 || type == parquet::Int64
                                : type == parquet::ByteArray;
        if (!shapeOk || !typeOk) {
            *error = QStringLiteral("column %1 is %2 of Parquet type %3, but Delta stores %4 "
                                    "there")
                         .arg(schema.pathOf(leaf).join(QLatin1Char('.')),
                              scalar ? QStringLiteral("a single value")
                                     : QStringLiteral("a repeated value"),
                              parquet::typeName(type), kindName(known->kind));
            return std::nullopt;
        }
        fields.append(field);
    }
    return fields;
}

DeltaLeafCollector::DeltaLeafCollector(const DeltaFieldLeaf &leaf, int maxDefinition,
                                       qint64 maxRows, QString actionName, DeltaKeepBudget *budget)
    : m_leaf(leaf)
    , m_maxDefinition(maxDefinition)
    , m_maxRows(maxRows)
    , m_actionName(std::move(actionName))
    , m_budget(budget)
{}

bool DeltaLeafCollector::fail(const QString &message, QString *error)
{
    m_failure = message;
    *error = message;
    return false;
}

bool DeltaLeafCollector::entries(int repetition, int definition, qint64 count, QString *error)
{
    Entry entry;
    entry.definition = definition;
    return add(repetition, std::move(entry), count, error);
}

bool DeltaLeafCollector::value(int repetition, const ParquetValue &value, QString *error)
{
    Entry entry;
    entry.definition = m_maxDefinition;
    entry.hasValue = true;
    if (m_leaf.kind == DeltaFieldKind::Integer)
        entry.integer = value.integer;
    else
        entry.bytes = value.bytes.toByteArray();
    return add(repetition, std::move(entry), 1, error);
}

bool DeltaLeafCollector::add(int repetition, Entry entry, qint64 count, QString *error)
{
    const bool present = entry.definition >= m_leaf.actionDefinition;
    if (repetition == 0) {
        const qint64 first = m_rowsSeen;
        m_rowsSeen += count;
        m_currentRowKept = present;
        if (!present)
            return true;
        if (m_rows.size() + count > m_maxRows) {
            const qint64 earlier = m_rows.isEmpty() ? first : m_rows.first().index;
            const qint64 later = m_rows.isEmpty() ? first + 1 : first;
            return fail(m_maxRows == 1
                            ? QStringLiteral("checkpoint holds more than one %1 action (rows %2 "
                                             "and %3)")
                                  .arg(m_actionName)
                                  .arg(earlier)
                                  .arg(later)
                            : QStringLiteral("checkpoint holds more than %1 %2 actions")
                                  .arg(m_maxRows)
                                  .arg(m_actionName),
                        error);
        }
    } else if (!m_currentRowKept || !present) {
        *error = QStringLiteral("a repeated value continues a row without a %1 action")
                     .arg(m_actionName);
        return false;
    }
    m_budget->entries -= count;
    m_budget->bytes -= entry.bytes.size();
    if (m_budget->entries < 0 || m_budget->bytes < 0)
        return fail(QStringLiteral("checkpoint holds more metaData, protocol and sidecar data than "
                                   "Brickdesk reads (%1 values)")
                        .arg(DeltaKeepBudget().entries),
                    error);
    if (repetition == 0) {
        for (qint64 i = 0; i < count; ++i)
            m_rows.append({m_rowsSeen - count + i, {entry}});
    } else {
        QList<Entry> &entries = m_rows.last().entries;
        for (qint64 i = 0; i < count; ++i)
            entries.append(entry);
    }
    return true;
}

std::optional<QJsonObject> deltaActionObject(const QList<const DeltaLeafCollector *> &leaves,
                                             qint64 row, QString *error)
{
    QJsonObject object;
    struct MapParts
    {
        const DeltaFieldLeaf *leaf = nullptr;
        const QList<DeltaLeafCollector::Entry> *keys = nullptr;
        const QList<DeltaLeafCollector::Entry> *values = nullptr;
    };
    QMap<QString, MapParts> maps;
    for (const DeltaLeafCollector *collector : leaves) {
        const DeltaFieldLeaf &leaf = collector->leaf();
        const QList<DeltaLeafCollector::Entry> *entries = entriesOfRow(*collector, row);
        if (!entries || entries->isEmpty())
            continue;
        const DeltaLeafCollector::Entry &first = entries->first();
        for (const auto &[prefix, definition] : leaf.structs) {
            if (first.definition >= definition)
                ensureObject(object, leaf.jsonPath.first(prefix));
        }
        switch (leaf.role) {
        case DeltaLeafRole::Scalar:
            if (first.hasValue)
                setAt(object, leaf.jsonPath,
                      leaf.kind == DeltaFieldKind::Integer
                          ? QJsonValue(first.integer)
                          : QJsonValue(QString::fromUtf8(first.bytes)));
            break;
        case DeltaLeafRole::ListElement:
            if (first.definition >= leaf.containerDefinition) {
                QJsonArray array;
                for (const DeltaLeafCollector::Entry &entry : *entries) {
                    if (entry.definition >= leaf.entryDefinition)
                        array.append(entry.hasValue ? QJsonValue(QString::fromUtf8(entry.bytes))
                                                    : QJsonValue(QJsonValue::Null));
                }
                setAt(object, leaf.jsonPath, array);
            }
            break;
        case DeltaLeafRole::MapKey:
        case DeltaLeafRole::MapValue: {
            MapParts &parts = maps[leaf.jsonPath.join(QLatin1Char('.'))];
            parts.leaf = &leaf;
            (leaf.role == DeltaLeafRole::MapKey ? parts.keys : parts.values) = entries;
            break;
        }
        }
    }
    for (auto it = maps.cbegin(); it != maps.cend(); ++it) {
        const MapParts &parts = it.value();
        if (!parts.keys || parts.keys->first().definition < parts.leaf->containerDefinition)
            continue;
        const int entryDefinition = parts.leaf->entryDefinition;
        QList<const DeltaLeafCollector::Entry *> keys;
        QList<const DeltaLeafCollector::Entry *> values;
        for (const DeltaLeafCollector::Entry &entry : *parts.keys) {
            if (entry.definition >= entryDefinition)
                keys.append(&entry);
        }
        if (parts.values) {
            for (const DeltaLeafCollector::Entry &entry : *parts.values) {
                if (entry.definition >= entryDefinition)
                    values.append(&entry);
            }
            if (values.size() != keys.size()) {
                *error = QStringLiteral("map %1 has %2 keys but %3 values")
                             .arg(it.key())
                             .arg(keys.size())
                             .arg(values.size());
                return std::nullopt;
            }
        }
        QJsonObject map;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!keys.at(i)->hasValue) {
                *error = QStringLiteral("map %1 has a null key").arg(it.key());
                return std::nullopt;
            }
            const bool hasValue = i < values.size() && values.at(i)->hasValue;
            map.insert(QString::fromUtf8(keys.at(i)->bytes),
                       hasValue ? QJsonValue(QString::fromUtf8(values.at(i)->bytes))
                                : QJsonValue(QJsonValue::Null));
        }
        setAt(object, parts.leaf->jsonPath, map);
    }
    return object;
}

} // namespace brickdesk

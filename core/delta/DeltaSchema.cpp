#include "DeltaSchema.h"

#include "JsonFields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <set>

namespace brickdesk {

namespace {

// Deeply nested types come from outside; a schema nested deeper than any real one is refused
// instead of recursing without end.
constexpr int kMaxDepth = 64;

const QString kColumnMappingId = QStringLiteral("delta.columnMapping.id");
const QString kPhysicalName = QStringLiteral("delta.columnMapping.physicalName");

QString propertyText(const QJsonValue &value)
{
    return jsonValueText(value);
}

class SchemaFlattener
{
public:
    explicit SchemaFlattener(QList<DeltaColumn> *columns)
        : m_columns(columns)
    {}

    QString error;

    // The shallow type text of `type`, adding nested struct fields under `path` as it goes.
    QString walkType(const QJsonValue &type, const QString &path, int depth)
    {
        if (depth > kMaxDepth) {
            fail(path, QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth));
            return QString();
        }
        if (type.isString())
            return type.toString();
        if (!type.isObject()) {
            fail(path, QStringLiteral("a type is neither a name nor an object"));
            return QString();
        }
        const QJsonObject object = type.toObject();
        const QString kind = object.value(QStringLiteral("type")).toString();
        if (kind == QLatin1String("struct")) {
            walkFields(object, path, depth + 1);
            return kind;
        }
        if (kind == QLatin1String("array")) {
            const QString element = walkType(object.value(QStringLiteral("elementType")),
                                             join(path, QStringLiteral("element")), depth + 1);
            return QStringLiteral("array<") + element + QLatin1Char('>');
        }
        if (kind == QLatin1String("map")) {
            const QString key = walkType(object.value(QStringLiteral("keyType")),
                                         join(path, QStringLiteral("key")), depth + 1);
            const QString value = walkType(object.value(QStringLiteral("valueType")),
                                           join(path, QStringLiteral("value")), depth + 1);
            return QStringLiteral("map<") + key + QLatin1Char(',') + value + QLatin1Char('>');
        }
        if (kind == QLatin1String("udt"))
            return walkType(object.value(QStringLiteral("sqlType")), path, depth + 1);
        fail(path, QStringLiteral("unknown type '%1'").arg(kind));
        return QString();
    }

    void walkFields(const QJsonObject &structType, const QString &parent, int depth)
    {
        const QJsonValue fields = structType.value(QStringLiteral("fields"));
        if (!fields.isArray()) {
            fail(parent, QStringLiteral("a struct without a fields array"));
            return;
        }
        const QJsonArray array = fields.toArray();
        for (qsizetype i = 0; i < array.size() && error.isEmpty(); ++i) {
            const QJsonObject field = array.at(i).toObject();
            const QString name = field.value(QStringLiteral("name")).toString();
            if (name.isEmpty()) {
                fail(parent, QStringLiteral("field %1 has no name").arg(i));
                return;
            }
            // Spark refuses names that differ only in case; so does this reader.
            if (!m_names.insert(parent.toLower() + QLatin1Char('\x1f') + name.toLower()).second) {
                fail(parent, QStringLiteral("column '%1' appears twice").arg(name));
                return;
            }
            DeltaColumn column;
            column.name = name;
            column.path = join(parent, name);
            column.depth = depth;
            column.nullable = field.value(QStringLiteral("nullable")).toBool(true);
            column.metadata = field.value(QStringLiteral("metadata")).toObject();
            const QJsonValue id = column.metadata.value(kColumnMappingId);
            if (id.isDouble() && id.toInteger(-1) == id.toInteger(0))
                column.columnMappingId = id.toInteger();
            column.physicalName = column.metadata.value(kPhysicalName).toString();
            column.comment = column.metadata.value(QStringLiteral("comment")).toString();
            column.generationExpression =
                column.metadata.value(QStringLiteral("delta.generationExpression")).toString();
            const qsizetype at = m_columns->size();
            m_columns->append(column);
            // Fields nested in this one come after it, so the type is filled in afterwards.
            const QString typeText =
                walkType(field.value(QStringLiteral("type")), column.path, depth);
            (*m_columns)[at].type = typeText;
        }
    }

private:
    static QString join(const QString &parent, const QString &name)
    {
        return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
    }
    void fail(const QString &path, const QString &why)
    {
        if (error.isEmpty())
            error = (path.isEmpty() ? QStringLiteral("schema") : path) + QStringLiteral(": ") + why;
    }

    QList<DeltaColumn> *m_columns;
    std::set<QString> m_names; // "<parent path>\x1f<name>", lower case
};

QString nullabilityText(bool nullable)
{
    return nullable ? QStringLiteral("NULL allowed") : QStringLiteral("NOT NULL");
}

} // namespace

QString DeltaSchema::columnMappingMode() const
{
    const QString mode = configuration.value(QStringLiteral("delta.columnMapping.mode")).toString();
    return mode.isEmpty() ? QStringLiteral("none") : mode;
}

std::optional<DeltaSchema> parseDeltaSchema(const QJsonObject &metaData, QString *error)
{
    const QJsonValue schemaString = metaData.value(QStringLiteral("schemaString"));
    if (!schemaString.isString()) {
        *error = QStringLiteral("metaData.schemaString is missing");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(schemaString.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        document.object().value(QStringLiteral("type")).toString() != QLatin1String("struct")) {
        *error = QStringLiteral("metaData.schemaString is not a struct type (%1)")
                     .arg(parseError.error != QJsonParseError::NoError
                              ? parseError.errorString() + QStringLiteral(" at offset ") +
                                    QString::number(parseError.offset)
                              : QStringLiteral("wrong shape"));
        return std::nullopt;
    }
    DeltaSchema schema;
    SchemaFlattener flattener(&schema.columns);
    flattener.walkFields(document.object(), QString(), 0);
    if (!flattener.error.isEmpty()) {
        *error = QStringLiteral("metaData.schemaString: ") + flattener.error;
        return std::nullopt;
    }
    for (const QJsonValue &column : metaData.value(QStringLiteral("partitionColumns")).toArray())
        schema.partitionColumns.append(column.toString());
    const QJsonObject configuration = metaData.value(QStringLiteral("configuration")).toObject();
    for (auto it = configuration.constBegin(); it != configuration.constEnd(); ++it)
        schema.configuration.insert(it.key(), propertyText(it.value()));
    schema.name = metaData.value(QStringLiteral("name")).toString();
    schema.description = metaData.value(QStringLiteral("description")).toString();
    schema.provider = metaData.value(QStringLiteral("format"))
                          .toObject()
                          .value(QStringLiteral("provider"))
                          .toString();
    return schema;
}

QString deltaSchemaChangeKindName(DeltaSchemaChange::Kind kind)
{
    switch (kind) {
    case DeltaSchemaChange::Kind::Added:
        return QStringLiteral("added");
    case DeltaSchemaChange::Kind::Removed:
        return QStringLiteral("removed");
    case DeltaSchemaChange::Kind::Renamed:
        return QStringLiteral("renamed");
    case DeltaSchemaChange::Kind::TypeChanged:
        return QStringLiteral("type changed");
    case DeltaSchemaChange::Kind::NullabilityChanged:
        return QStringLiteral("nullability changed");
    case DeltaSchemaChange::Kind::CommentChanged:
        return QStringLiteral("comment changed");
    }
    return QString();
}

QList<DeltaSchemaChange> diffDeltaSchemas(const DeltaSchema &before, const DeltaSchema &after)
{
    const auto allHaveIds = [](const DeltaSchema &schema) {
        for (const DeltaColumn &column : schema.columns)
            if (!column.columnMappingId)
                return false;
        return !schema.columns.isEmpty();
    };
    const auto allHavePhysicalNames = [](const DeltaSchema &schema) {
        for (const DeltaColumn &column : schema.columns)
            if (column.physicalName.isEmpty())
                return false;
        return !schema.columns.isEmpty();
    };
    enum class Match
    {
        Id,
        PhysicalName,
        Path
    };
    // Nested physical names repeat across parents, so they are keyed with the parent's key.
    const auto keysOf = [](const DeltaSchema &schema, Match match) {
        QList<QString> keys;
        QHash<QString, QString> keyOfPath;
        for (const DeltaColumn &column : schema.columns) {
            QString key;
            if (match == Match::Id) {
                key = QString::number(*column.columnMappingId);
            } else if (match == Match::PhysicalName) {
                const qsizetype dot = column.path.lastIndexOf(QLatin1Char('.'));
                const QString parentKey =
                    dot < 0 ? QString() : keyOfPath.value(column.path.left(dot));
                key = parentKey + QLatin1Char('/') + column.physicalName;
            } else {
                key = column.path;
            }
            keyOfPath.insert(column.path, key);
            keys.append(key);
        }
        return keys;
    };
    // Ids or physical names that repeat within a schema cannot match anything reliably.
    const auto unique = [](const QList<QString> &keys) {
        return QSet<QString>(keys.cbegin(), keys.cend()).size() == keys.size();
    };
    const auto usable = [&](Match match) {
        return unique(keysOf(before, match)) && unique(keysOf(after, match));
    };
    const Match match =
        allHaveIds(before) && allHaveIds(after) && usable(Match::Id) ? Match::Id
        : allHavePhysicalNames(before) && allHavePhysicalNames(after) && usable(Match::PhysicalName)
            ? Match::PhysicalName
            : Match::Path;
    const QList<QString> beforeKeys = keysOf(before, match);
    const QList<QString> afterKeys = keysOf(after, match);
    QHash<QString, qsizetype> beforeIndex;
    for (qsizetype i = 0; i < beforeKeys.size(); ++i)
        beforeIndex.insert(beforeKeys.at(i), i);

    QList<DeltaSchemaChange> changes;
    QSet<QString> matched;
    for (qsizetype i = 0; i < after.columns.size(); ++i) {
        const DeltaColumn &now = after.columns.at(i);
        const auto found = beforeIndex.constFind(afterKeys.at(i));
        if (found == beforeIndex.constEnd()) {
            changes.append(
                {DeltaSchemaChange::Kind::Added, now.path, QString(), QString(), now.type});
            continue;
        }
        matched.insert(afterKeys.at(i));
        const DeltaColumn &was = before.columns.at(*found);
        if (was.name != now.name)
            changes.append(
                {DeltaSchemaChange::Kind::Renamed, now.path, was.path, was.name, now.name});
        if (was.type != now.type)
            changes.append(
                {DeltaSchemaChange::Kind::TypeChanged, now.path, QString(), was.type, now.type});
        if (was.nullable != now.nullable)
            changes.append({DeltaSchemaChange::Kind::NullabilityChanged, now.path, QString(),
                            nullabilityText(was.nullable), nullabilityText(now.nullable)});
        if (was.comment != now.comment)
            changes.append({DeltaSchemaChange::Kind::CommentChanged, now.path, QString(),
                            was.comment, now.comment});
    }
    for (qsizetype i = 0; i < before.columns.size(); ++i)
        if (!matched.contains(beforeKeys.at(i)))
            changes.append({DeltaSchemaChange::Kind::Removed, before.columns.at(i).path, QString(),
                            before.columns.at(i).type, QString()});
    return changes;
}

QList<DeltaPropertyChange> diffTableProperties(const QJsonObject &before, const QJsonObject &after)
{
    QList<DeltaPropertyChange> changes;
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        const bool had = before.contains(key);
        const bool has = after.contains(key);
        const QString was = propertyText(before.value(key));
        const QString now = propertyText(after.value(key));
        if (had && has && was == now)
            continue;
        DeltaPropertyChange change;
        change.key = key;
        if (had)
            change.before = was;
        if (has)
            change.after = now;
        changes.append(change);
    }
    return changes;
}

} // namespace brickdesk

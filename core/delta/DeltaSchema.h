#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// One column of a Delta table's schema, nested fields flattened: a struct's fields follow it as
// "address.city", an array's element as "tags.element", a map's key and value as "m.key" /
// "m.value" (as Spark names them in errors and in column-mapping metadata).
struct DeltaColumn
{
    QString path;
    QString name; // the last segment of path
    QString type; // "long", "decimal(10,2)", "array<string>"; nested structs shown as "struct"
    bool nullable = true;
    int depth = 0;                         // 0 for a top-level column
    std::optional<qint64> columnMappingId; // delta.columnMapping.id, when column mapping is on
    QString physicalName;                  // delta.columnMapping.physicalName
    QString comment;
    QString generationExpression; // delta.generationExpression
    QJsonObject metadata;
};

// The table as one metaData action describes it.
struct DeltaSchema
{
    QList<DeltaColumn> columns;
    QStringList partitionColumns;
    QJsonObject configuration; // table properties
    QString name;
    QString description;
    QString provider;

    QString columnMappingMode() const; // none / id / name
};

// Reads metaData.schemaString (Spark's StructType JSON), partitionColumns and configuration.
// Nothing, with *error naming the place, when the schema string is not a struct type.
std::optional<DeltaSchema> parseDeltaSchema(const QJsonObject &metaData, QString *error);

struct DeltaSchemaChange
{
    enum class Kind
    {
        Added,
        Removed,
        Renamed, // same column-mapping id (or physical name), another name
        TypeChanged,
        NullabilityChanged,
        CommentChanged
    };
    Kind kind = Kind::Added;
    QString path;         // the column as it is after the change (before, for Removed)
    QString previousPath; // Renamed
    QString before;       // type, nullability or comment before
    QString after;
};
QString deltaSchemaChangeKindName(DeltaSchemaChange::Kind kind);

// What changed from `before` to `after`. Columns are matched by their column-mapping id when both
// schemas carry ids (so a rename is a rename, not a drop and an add), else by physical name, else
// by path. A renamed struct's fields are not reported as renamed themselves.
QList<DeltaSchemaChange> diffDeltaSchemas(const DeltaSchema &before, const DeltaSchema &after);

struct DeltaPropertyChange
{
    QString key;
    std::optional<QString> before; // nothing: the property was added
    std::optional<QString> after;  // nothing: the property was removed
};
QList<DeltaPropertyChange> diffTableProperties(const QJsonObject &before, const QJsonObject &after);

} // namespace brickdesk

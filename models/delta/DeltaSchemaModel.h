#pragma once

#include "DeltaSchema.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace brickdesk {

// The columns of a table at one version (nested fields indented under their parent), each marked
// with how it changed against the version before: added, renamed, type or nullability changed.
class DeltaSchemaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        NullableColumn,
        PartitionColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit DeltaSchemaModel(QObject *parent = nullptr);

    // `previous` absent: no changes are marked. Columns dropped since `previous` are listed last.
    void setSchema(const std::optional<DeltaSchema> &schema,
                   const std::optional<DeltaSchema> &previous);
    void clear() { setSchema(std::nullopt, std::nullopt); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        DeltaColumn column;
        QString change;
        bool dropped = false;
    };
    QList<Row> m_rows;
    QStringList m_partitionColumns;
};

} // namespace brickdesk

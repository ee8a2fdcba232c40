#include "DeltaSchemaModel.h"

#include <QColor>
#include <QFont>

namespace brickdesk {

DeltaSchemaModel::DeltaSchemaModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeltaSchemaModel::setSchema(const std::optional<DeltaSchema> &schema,
                                 const std::optional<DeltaSchema> &previous)
{
    beginResetModel();
    m_rows.clear();
    m_partitionColumns.clear();
    if (schema) {
        m_partitionColumns = schema->partitionColumns;
        QHash<QString, QStringList> changes;
        QList<DeltaSchemaChange> dropped;
        if (previous) {
            for (const DeltaSchemaChange &change : diffDeltaSchemas(*previous, *schema)) {
                switch (change.kind) {
                case DeltaSchemaChange::Kind::Added:
                    changes[change.path].append(tr("added"));
                    break;
                case DeltaSchemaChange::Kind::Removed:
                    dropped.append(change);
                    break;
                case DeltaSchemaChange::Kind::Renamed:
                    changes[change.path].append(tr("renamed from %1").arg(change.previousPath));
                    break;
                case DeltaSchemaChange::Kind::TypeChanged:
                    changes[change.path].append(
                        tr("type %1 → %2").arg(change.before, change.after));
                    break;
                case DeltaSchemaChange::Kind::NullabilityChanged:
                    changes[change.path].append(change.after);
                    break;
                case DeltaSchemaChange::Kind::CommentChanged:
                    changes[change.path].append(tr("comment changed"));
                    break;
                }
            }
        }
        for (const DeltaColumn &column : schema->columns)
            m_rows.append({column, changes.value(column.path).join(QStringLiteral("; ")), false});
        for (const DeltaSchemaChange &change : dropped) {
            DeltaColumn column;
            column.path = change.path;
            column.name = change.path;
            column.type = change.before;
            m_rows.append({column, tr("dropped"), true});
        }
    }
    endResetModel();
}

int DeltaSchemaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeltaSchemaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeltaSchemaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && !row.change.isEmpty())
        return row.dropped ? QColor(0xa0, 0x20, 0x20) : QColor(0x1f, 0x6f, 0x2f);
    if (role == Qt::FontRole && row.dropped) {
        QFont struck;
        struck.setStrikeOut(true);
        return struck;
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        QStringList lines{row.column.path};
        if (row.column.columnMappingId)
            lines.append(tr("column mapping id %1, physical name %2")
                             .arg(*row.column.columnMappingId)
                             .arg(row.column.physicalName));
        if (!row.column.comment.isEmpty())
            lines.append(row.column.comment);
        if (!row.column.generationExpression.isEmpty())
            lines.append(tr("generated as %1").arg(row.column.generationExpression));
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString(QString(row.column.depth * 4, QLatin1Char(' ')) + row.column.name);
    case TypeColumn:
        return row.column.type;
    case NullableColumn:
        return row.dropped ? QString() : row.column.nullable ? tr("yes") : tr("no");
    case PartitionColumn:
        return row.column.depth == 0 && m_partitionColumns.contains(row.column.name) ? tr("yes")
                                                                                     : QString();
    case ChangeColumn:
        return row.change;
    }
    return {};
}

QVariant DeltaSchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Column");
    case TypeColumn:
        return tr("Type");
    case NullableColumn:
        return tr("Nullable");
    case PartitionColumn:
        return tr("Partition");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace brickdesk

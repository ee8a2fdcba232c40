#include "PreviewTableModel.h"

namespace brickdesk {

void PreviewTableModel::setRecords(const QList<QStringList> &records, int columnCount)
{
    beginResetModel();
    m_header = records.value(0);
    m_rows = records.mid(1);
    m_columns = columnCount;
    endResetModel();
}

void PreviewTableModel::clear()
{
    setRecords({}, 0);
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).value(index.column());
    return {};
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString name = m_header.value(section);
    return name.isEmpty() ? tr("Column %1").arg(section + 1) : name;
}

} // namespace brickdesk

#include "ParameterTableModel.h"

namespace brickdesk {

ParameterTableModel::ParameterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParameterTableModel::setParameters(const QMap<QString, QString> &parameters)
{
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_initial = parameters;
    if (parameters.isEmpty())
        return;
    beginInsertRows({}, 0, static_cast<int>(parameters.size()) - 1);
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it)
        m_rows.append({it.key(), it.value()});
    endInsertRows();
}

QMap<QString, QString> ParameterTableModel::parameters() const
{
    QMap<QString, QString> result;
    for (const Row &row : m_rows) {
        if (!row.name.trimmed().isEmpty())
            result.insert(row.name.trimmed(), row.value);
    }
    return result;
}

QMap<QString, QString> ParameterTableModel::changedParameters() const
{
    QMap<QString, QString> result;
    const QMap<QString, QString> current = parameters();
    for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
        const auto initial = m_initial.constFind(it.key());
        if (initial == m_initial.cend() || *initial != it.value())
            result.insert(it.key(), it.value());
    }
    return result;
}

int ParameterTableModel::addRow(const QString &name, const QString &value)
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({name, value});
    endInsertRows();
    return row;
}

void ParameterTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Row &row = m_rows.at(index.row());
    return index.column() == Name ? row.name : row.value;
}

bool ParameterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole)
        return false;
    if (index.column() == Name && !m_namesEditable)
        return false;
    Row &row = m_rows[index.row()];
    QString &field = index.column() == Name ? row.name : row.value;
    if (field == value.toString())
        return true;
    field = value.toString();
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ParameterTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Value || m_namesEditable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Name") : section == Value ? tr("Value") : QVariant();
}

} // namespace brickdesk

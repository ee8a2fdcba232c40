#include "JobTasksModel.h"

namespace brickdesk {

int JobTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobTaskSpec &task = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Task:
            // Indented by depth, so the list reads as the DAG it is.
            return QString(QStringLiteral("   ").repeated(task.depth) +
                           (task.dependsOn.isEmpty() ? QString() : QStringLiteral("└ ")) +
                           task.key);
        case Type:
            return task.kind;
        case Runs:
            return task.target;
        case DependsOn:
            return task.dependsOn.join(QStringLiteral(", "));
        case Compute:
            return task.compute;
        case RunIf:
            return task.runIf;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Runs || index.column() == Compute)
            return data(index, Qt::DisplayRole);
        return {};
    case TaskKeyRole:
        return task.key;
    case DepthRole:
        return task.depth;
    default:
        return {};
    }
}

QVariant JobTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Task:
        return tr("Task");
    case Type:
        return tr("Type");
    case Runs:
        return tr("Runs");
    case DependsOn:
        return tr("Depends on");
    case Compute:
        return tr("Compute");
    case RunIf:
        return tr("Run if");
    }
    return {};
}

} // namespace brickdesk

#include "RunTasksModel.h"

#include "RunColours.h"

#include <QLocale>

namespace brickdesk {

RunTasksModel::RunTasksModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void RunTasksModel::setRun(const RunInfo &run)
{
    if (run.runId != m_runId)
        clearItems();
    m_runId = run.runId;
    setItems(run.tasks);
}

void RunTasksModel::clear()
{
    m_runId = 0;
    clearItems();
}

int RunTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRunInfo &task = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Task:
            return task.taskKey;
        case State:
            return task.state.lifeCycle;
        case Result:
            return task.state.result;
        case Started:
            return task.startTime.isValid()
                       ? QLocale().toString(task.startTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Duration:
            return formatRunDuration(task.elapsedMs(m_now()));
        case Attempt:
            return task.attempt > 0 ? QString::number(task.attempt + 1) : QStringLiteral("1");
        case DependsOn:
            return task.dependsOn.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        return task.state.message.isEmpty() ? QVariant() : QVariant(task.state.message);
    case Qt::ForegroundRole:
        if (index.column() == State || index.column() == Result)
            return colourForRun(task.state);
        return {};
    case TaskRunIdRole:
        return task.runId;
    case TaskKeyRole:
        return task.taskKey;
    case IsActiveRole:
        return task.state.isActive();
    case IsFailureRole:
        return task.state.isFailure();
    case ColourRole:
        return colourForRun(task.state);
    default:
        return {};
    }
}

QVariant RunTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Task:
        return tr("Task");
    case State:
        return tr("State");
    case Result:
        return tr("Result");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Attempt:
        return tr("Attempt");
    case DependsOn:
        return tr("Depends on");
    }
    return {};
}

} // namespace brickdesk

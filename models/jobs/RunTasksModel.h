#pragma once

#include "KeyedTableModel.h"
#include "RunInfo.h"

#include <functional>

namespace brickdesk {

// The tasks of one run with their states (from runs/get), refreshed in place while it runs.
class RunTasksModel final : public KeyedTableModel<TaskRunInfo>
{
    Q_OBJECT

public:
    enum Column
    {
        Task,
        State,
        Result,
        Started,
        Duration,
        Attempt,
        DependsOn,
        ColumnCount
    };
    enum Role
    {
        TaskRunIdRole = Qt::UserRole + 1,
        TaskKeyRole,
        IsActiveRole,
        IsFailureRole,
        ColourRole
    };

    explicit RunTasksModel(QObject *parent = nullptr);

    // The run's tasks; a run of another run id replaces the rows, the same run updates them.
    void setRun(const RunInfo &run);
    void clear();
    qint64 runId() const { return m_runId; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const TaskRunInfo &task) const override { return task.taskKey; }

private:
    qint64 m_runId = 0;
    std::function<QDateTime()> m_now;
};

} // namespace brickdesk

#pragma once

#include "JobDetails.h"
#include "KeyedTableModel.h"

namespace brickdesk {

// A job's tasks in dependency order (the DAG as a list): what each runs, on what, after what.
class JobTasksModel final : public KeyedTableModel<JobTaskSpec>
{
    Q_OBJECT

public:
    enum Column
    {
        Task,
        Type,
        Runs,
        DependsOn,
        Compute,
        RunIf,
        ColumnCount
    };
    enum Role
    {
        TaskKeyRole = Qt::UserRole + 1,
        DepthRole
    };

    using KeyedTableModel::KeyedTableModel;

    void setTasks(const QList<JobTaskSpec> &tasks) { setItems(tasks); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const JobTaskSpec &task) const override { return task.key; }
};

} // namespace brickdesk

#pragma once

#include "JobInfo.h"
#include "RemoteListModel.h"

namespace brickdesk {

// The workspace's jobs, from /api/2.1/jobs/list in pages of 100, one row per job.
class JobListModel final : public RemoteListModel<JobInfo>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        JobId,
        Schedule,
        Creator,
        Created,
        Tags,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        SortRole,
        CreatorRole,
        TagsRole /* QVariantMap */
    };

    using RemoteListModel::RemoteListModel;

    // "env: prod, team: data-eng"
    static QString tagsText(const JobInfo &job);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiRequest firstPageRequest() const override;
    QString itemsKey() const override { return QStringLiteral("jobs"); }
    QString keyOf(const JobInfo &job) const override { return QString::number(job.id); }
};

} // namespace brickdesk

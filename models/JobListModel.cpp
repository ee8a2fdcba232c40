#include "JobListModel.h"

#include <QLocale>

namespace brickdesk {

ApiRequest JobListModel::firstPageRequest() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    return ApiRequest::get(QStringLiteral("/api/2.1/jobs/list"), query);
}

QString JobListModel::tagsText(const JobInfo &job)
{
    QStringList parts;
    for (auto it = job.tags.constBegin(); it != job.tags.constEnd(); ++it)
        parts.append(it.value().isEmpty() ? it.key()
                                          : it.key() + QStringLiteral(": ") + it.value());
    return parts.join(QStringLiteral(", "));
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobInfo &job = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return job.name;
        case JobId:
            return QString::number(job.id);
        case Schedule:
            return job.scheduleText();
        case Creator:
            return job.creator;
        case Created:
            return job.createdTime.isValid()
                       ? QLocale().toString(job.createdTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Tags:
            return tagsText(job);
        }
        return {};
    case Qt::ToolTipRole:
        return job.tagKeys.isEmpty()
                   ? QVariant()
                   : QVariant(tr("Tags: %1").arg(job.tagKeys.join(QStringLiteral(", "))));
    case JobIdRole:
        return job.id;
    case CreatorRole:
        return job.creator;
    case TagsRole: {
        QVariantMap tags;
        for (auto it = job.tags.constBegin(); it != job.tags.constEnd(); ++it)
            tags.insert(it.key(), it.value());
        return tags;
    }
    case SortRole:
        switch (index.column()) {
        case JobId:
            return job.id;
        case Created:
            return job.createdTime;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case JobId:
        return tr("Job ID");
    case Schedule:
        return tr("Schedule");
    case Creator:
        return tr("Creator");
    case Created:
        return tr("Created");
    case Tags:
        return tr("Tags");
    }
    return {};
}

} // namespace brickdesk

#include "ActivityModel.h"

#include "ActivityLog.h"

#include <QColor>

namespace brickdesk {

ActivityModel::ActivityModel(ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(log, &ActivityLog::aboutToAppend, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(log, &ActivityLog::appended, this, [this] { endInsertRows(); });
    connect(log, &ActivityLog::aboutToDropOldest, this, [this](int count) { beginRemoveRows({}, 0, count - 1); });
    connect(log, &ActivityLog::droppedOldest, this, [this] { endRemoveRows(); });
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->size();
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!m_log || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_log->at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return entry.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case ProfileName:
            return entry.profile;
        case Method:
            return QString::fromLatin1(entry.method);
        case Path:
            return entry.path;
        case Status:
            return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QStringLiteral("—");
        case Duration:
            return QStringLiteral("%1 ms").arg(entry.durationMs);
        case Outcome:
            return entry.outcome;
        }
    } else if (role == Qt::ForegroundRole && index.column() == Status) {
        if (entry.httpStatus >= 400 || entry.httpStatus == 0)
            return QColor(0xc6, 0x28, 0x28);
    } else if (role == Qt::ToolTipRole && index.column() == Outcome) {
        return entry.outcome;
    } else if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == Duration)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case ProfileName:
        return tr("Profile");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Outcome:
        return tr("Outcome");
    }
    return {};
}

} // namespace brickdesk

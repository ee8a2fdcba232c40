#include "DbfsProxies.h"

#include "DbfsTreeModel.h"

namespace brickdesk {

DbfsFolderProxy::DbfsFolderProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(false);
}

bool DbfsFolderProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceModel()->index(sourceRow, 0, sourceParent).data(DbfsTreeModel::IsDirRole).toBool();
}

bool DbfsFolderProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn == DbfsTreeModel::NameColumn;
}

DbfsContentsProxy::DbfsContentsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DbfsTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DbfsContentsProxy::setFolder(const QModelIndex &sourceFolder)
{
    if (m_folder == sourceFolder)
        return;
    m_folder = sourceFolder;
    if (!m_nameFilter.isEmpty())
        invalidateFilter();
}

void DbfsContentsProxy::setNameFilter(const QString &text)
{
    if (m_nameFilter == text)
        return;
    m_nameFilter = text;
    invalidateFilter();
}

bool DbfsContentsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_nameFilter.isEmpty() || sourceParent != m_folder)
        return true;
    return sourceModel()
        ->index(sourceRow, DbfsTreeModel::NameColumn, sourceParent)
        .data(DbfsTreeModel::SortRole)
        .toString()
        .contains(m_nameFilter, Qt::CaseInsensitive);
}

bool DbfsContentsProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftDir = left.data(DbfsTreeModel::IsDirRole).toBool();
    const bool rightDir = right.data(DbfsTreeModel::IsDirRole).toBool();
    if (leftDir != rightDir) // folders first in either order
        return sortOrder() == Qt::AscendingOrder ? leftDir : rightDir;
    const QVariant l = left.data(DbfsTreeModel::SortRole);
    const QVariant r = right.data(DbfsTreeModel::SortRole);
    if (left.column() != DbfsTreeModel::NameColumn) {
        const qint64 a = l.toLongLong();
        const qint64 b = r.toLongLong();
        if (a != b)
            return a < b;
        // Equal sizes or times: by name, so the order stays stable.
        const QString leftName = left.siblingAtColumn(0).data(DbfsTreeModel::SortRole).toString();
        const QString rightName = right.siblingAtColumn(0).data(DbfsTreeModel::SortRole).toString();
        return QString::compare(leftName, rightName, Qt::CaseInsensitive) < 0;
    }
    return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace brickdesk

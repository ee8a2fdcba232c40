#include "WorkspaceFilterProxy.h"

#include "WorkspaceTreeModel.h"

namespace brickdesk {

WorkspaceFilterProxy::WorkspaceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void WorkspaceFilterProxy::setNameFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
}

bool WorkspaceFilterProxy::hasChildren(const QModelIndex &parent) const
{
    const QModelIndex source = mapToSource(parent);
    if (source.isValid() && source.column() == 0 && sourceModel()->hasChildren(source) &&
        source.data(WorkspaceTreeModel::ListingStateRole).toInt() ==
            static_cast<int>(WorkspaceTreeModel::ListingState::NotListed))
        return true;
    return QSortFilterProxyModel::hasChildren(parent);
}

bool WorkspaceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex name =
        sourceModel()->index(sourceRow, WorkspaceTreeModel::NameColumn, sourceParent);
    if (name.data(WorkspaceTreeModel::RowKindRole).toInt() !=
        static_cast<int>(WorkspaceTreeModel::RowKind::Object))
        return false;
    return name.data(Qt::DisplayRole).toString().contains(m_filter, Qt::CaseInsensitive);
}

} // namespace brickdesk

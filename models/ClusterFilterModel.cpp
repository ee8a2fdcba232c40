#include "ClusterFilterModel.h"

#include "ClusterListModel.h"

namespace brickdesk {

ClusterFilterModel::ClusterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClusterListModel::SortRole);
    setDynamicSortFilter(true);
}

void ClusterFilterModel::setScope(Scope scope)
{
    m_scope = scope;
    invalidateFilter();
}

void ClusterFilterModel::setUserName(const QString &userName)
{
    m_userName = userName;
    invalidateFilter();
}

void ClusterFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ClusterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_scope == Scope::Running && first.data(ClusterListModel::StateRole).toString() != QStringLiteral("RUNNING"))
        return false;
    if (m_scope == Scope::Mine &&
        first.data(ClusterListModel::CreatorRole).toString().compare(m_userName, Qt::CaseInsensitive) != 0)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return first.data(ClusterListModel::ClusterIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace brickdesk

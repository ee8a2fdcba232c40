#include "SecretMatrixProxy.h"

#include "SecretMatrixModel.h"

namespace brickdesk {

SecretMatrixProxy::SecretMatrixProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SecretMatrixModel::SortRole);
    setDynamicSortFilter(true);
}

void SecretMatrixProxy::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    m_onlyDifferences = only;
    invalidateRowsFilter();
}

void SecretMatrixProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool SecretMatrixProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyDifferences && !index.data(SecretMatrixModel::IsDifferentRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(SecretMatrixModel::ScopeRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive) ||
           index.data(SecretMatrixModel::KeyRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace brickdesk

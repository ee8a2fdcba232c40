#pragma once

#include <QPersistentModelIndex>
#include <QSortFilterProxyModel>

namespace brickdesk {

// The folder tree: folders only, in the model's order (folders come first there).
class DbfsFolderProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DbfsFolderProxy(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
};

// The contents of one folder: sortable by any column with folders always first, and a name
// filter that applies to that folder's rows only (its ancestors must stay, or the view's root
// index would vanish).
class DbfsContentsProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DbfsContentsProxy(QObject *parent = nullptr);

    void setFolder(const QModelIndex &sourceFolder);
    QModelIndex folder() const { return m_folder; }
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_nameFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPersistentModelIndex m_folder;
    QString m_nameFilter;
};

} // namespace brickdesk

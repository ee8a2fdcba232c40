#pragma once

#include <QSortFilterProxyModel>

namespace brickdesk {

// The workspace tree filtered by name: a row stays when its name contains the text (without
// regard to case) or when something below it does. Only what is loaded is searched: filtering
// never lists a folder. While a filter is set, "Loading…" and error rows are hidden. Keeps the
// model's order (folders first, then names).
class WorkspaceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WorkspaceFilterProxy(QObject *parent = nullptr);

    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_filter; }

    // A folder not listed yet has children as far as views know (their expander stays), also
    // while the source is in the middle of a row change and says it cannot fetch just now.
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};

} // namespace brickdesk

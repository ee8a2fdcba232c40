#pragma once

#include <QSortFilterProxyModel>

namespace brickdesk {

// The cluster list's filter: all / running / mine, and free text over every column.
class ClusterFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Scope { All, Running, Mine };

    explicit ClusterFilterModel(QObject *parent = nullptr);

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setUserName(const QString &userName);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Scope m_scope = Scope::All;
    QString m_userName;
    QString m_text;
};

} // namespace brickdesk

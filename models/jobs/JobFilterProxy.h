#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace brickdesk {

struct JobInfo;

// The job list as the user narrows it: by name (or id), to the jobs they created ("mine"), and
// by tags ("team:ml env" = tag team is ml and tag env is set). All three at once; sorting by the
// source's SortRole. Filtering runs over rows already loaded, so it works while pages stream in.
class JobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobFilterProxy(QObject *parent = nullptr);

    void setNameFilter(const QString &text);
    void setMineOnly(bool mine);
    void setUserName(const QString &userName); // who "mine" is
    void setTagFilter(const QString &text);

    QString nameFilter() const { return m_name; }
    bool mineOnly() const { return m_mine; }
    QString userName() const { return m_userName; }
    QString tagFilter() const { return m_tagText; }
    bool isFiltering() const;

    // For tests and tool tips: whether `job` passes the current filters.
    bool accepts(const JobInfo &job) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct TagTerm
    {
        QString key;
        QString value; // empty: the key alone must be present
        bool hasValue = false;
    };

    QString m_name;
    bool m_mine = false;
    QString m_userName;
    QString m_tagText;
    QList<TagTerm> m_tags;
};

} // namespace brickdesk

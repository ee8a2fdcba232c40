#include "JobFilterProxy.h"

#include "JobListModel.h"

#include <QRegularExpression>

namespace brickdesk {

JobFilterProxy::JobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void JobFilterProxy::setNameFilter(const QString &text)
{
    if (text.trimmed() == m_name)
        return;
    m_name = text.trimmed();
    invalidateRowsFilter();
}

void JobFilterProxy::setMineOnly(bool mine)
{
    if (mine == m_mine)
        return;
    m_mine = mine;
    invalidateRowsFilter();
}

void JobFilterProxy::setUserName(const QString &userName)
{
    if (userName == m_userName)
        return;
    m_userName = userName;
    if (m_mine)
        invalidateRowsFilter();
}

void JobFilterProxy::setTagFilter(const QString &text)
{
    if (text == m_tagText)
        return;
    m_tagText = text;
    m_tags.clear();
    // Terms separated by spaces or commas; "key:value" or "key=value", or a key alone.
    const QStringList terms =
        text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        const qsizetype split = term.indexOf(QRegularExpression(QStringLiteral("[:=]")));
        if (split < 0)
            m_tags.append({term, {}, false});
        else
            m_tags.append({term.left(split), term.mid(split + 1), true});
    }
    invalidateRowsFilter();
}

bool JobFilterProxy::isFiltering() const
{
    return !m_name.isEmpty() || m_mine || !m_tags.isEmpty();
}

bool JobFilterProxy::accepts(const JobInfo &job) const
{
    if (!m_name.isEmpty() && !job.name.contains(m_name, Qt::CaseInsensitive) &&
        !QString::number(job.id).startsWith(m_name))
        return false;
    // Without a known user "mine" matches nothing rather than everything.
    if (m_mine &&
        (m_userName.isEmpty() || job.creator.compare(m_userName, Qt::CaseInsensitive) != 0))
        return false;
    for (const TagTerm &term : m_tags) {
        bool found = false;
        for (auto it = job.tags.constBegin(); it != job.tags.constEnd() && !found; ++it) {
            found = it.key().compare(term.key, Qt::CaseInsensitive) == 0 &&
                    (!term.hasValue || it.value().compare(term.value, Qt::CaseInsensitive) == 0);
        }
        if (!found)
            return false;
    }
    return true;
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    // The typed rows directly: building QVariants for 10,000 rows on every keystroke is waste.
    if (const auto *jobs = qobject_cast<const JobListModel *>(sourceModel()))
        return sourceRow < jobs->rowCount() && accepts(jobs->itemAt(sourceRow));
    return true;
}

} // namespace brickdesk

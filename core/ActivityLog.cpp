#include "ActivityLog.h"

namespace brickdesk {

ActivityLog::ActivityLog(QObject *parent, int capacity)
    : QObject(parent)
    , m_capacity(std::max(1, capacity))
{
}

void ActivityLog::record(ActivityEntry entry)
{
    if (size() >= m_capacity) {
        Q_EMIT aboutToDropOldest(1);
        m_entries.pop_front();
        Q_EMIT droppedOldest(1);
    }
    entry.id = m_nextId++;
    const int index = size();
    Q_EMIT aboutToAppend(index);
    m_entries.push_back(std::move(entry));
    Q_EMIT appended(index);
}

} // namespace brickdesk

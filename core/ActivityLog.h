#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>

namespace brickdesk {

// One attempt of one request, as the Activity panel shows it. Holds no header, body or token.
struct ActivityEntry
{
    quint64 id = 0;
    QDateTime startedAt;
    QString profile;
    QByteArray method;
    QString path; // path only: query strings can carry ids users consider private
    int httpStatus = 0;
    qint64 durationMs = 0;
    int attempt = 1;
    QString outcome; // "OK", an error summary, "retrying in 2.1 s", "cancelled"
};

// The app's record of every request it made, newest last, bounded so it never grows without end.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    explicit ActivityLog(QObject *parent = nullptr, int capacity = 2000);

    void record(ActivityEntry entry);
    int size() const { return static_cast<int>(m_entries.size()); }
    const ActivityEntry &at(int index) const { return m_entries[static_cast<size_t>(index)]; }

Q_SIGNALS:
    void aboutToDropOldest(int count);
    void droppedOldest(int count);
    void aboutToAppend(int index);
    void appended(int index);

private:
    std::deque<ActivityEntry> m_entries;
    int m_capacity;
    quint64 m_nextId = 1;
};

} // namespace brickdesk

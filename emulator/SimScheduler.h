#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <map>
#include <utility>

namespace brickdesk::emulator {

class SimClock;

// Runs actions at simulated times, from the event loop (one QTimer armed for the earliest action,
// never a blocking wait). Each action has a key ("cluster:<id>", "run:<id>", ...) so that
// everything pending for one object can be cancelled at once. Actions due at the same time run in
// the order they were scheduled; while one runs the clock reads its due time.
class SimScheduler : public QObject
{
    Q_OBJECT

public:
    using Action = std::function<void()>;

    explicit SimScheduler(SimClock &clock, QObject *parent = nullptr);

    void at(qint64 simulatedMs, const QString &key, Action action);
    void after(qint64 simulatedDelayMs, const QString &key, Action action);
    void cancel(const QString &key);
    bool hasPending(const QString &key) const;
    int pendingCount() const { return static_cast<int>(m_entries.size()); }

    // Re-arms the timer after the clock's time scale changed.
    void rearm();

private:
    struct Entry
    {
        QString key;
        Action action;
    };
    void runDue();

    SimClock &m_clock;
    QTimer m_timer;
    std::map<std::pair<qint64, quint64>, Entry> m_entries; // (due, sequence) → entry
    quint64 m_sequence = 0;
};

} // namespace brickdesk::emulator

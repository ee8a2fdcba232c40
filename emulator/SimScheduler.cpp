#include "SimScheduler.h"

#include "SimClock.h"

#include <algorithm>
#include <limits>

namespace brickdesk::emulator {

namespace {

// QTimer takes an int; far-away actions are reached in several hops.
constexpr qint64 kMaxTimerMs = 3600 * 1000;

} // namespace

SimScheduler::SimScheduler(SimClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimScheduler::runDue);
}

void SimScheduler::at(qint64 simulatedMs, const QString &key, Action action)
{
    m_entries.emplace(std::make_pair(simulatedMs, m_sequence++), Entry{key, std::move(action)});
    rearm();
}

void SimScheduler::after(qint64 simulatedDelayMs, const QString &key, Action action)
{
    at(m_clock.nowMs() + std::max<qint64>(0, simulatedDelayMs), key, std::move(action));
}

void SimScheduler::cancel(const QString &key)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.key == key)
            it = m_entries.erase(it);
        else
            ++it;
    }
    rearm();
}

bool SimScheduler::hasPending(const QString &key) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&key](const auto &entry) { return entry.second.key == key; });
}

void SimScheduler::rearm()
{
    if (m_entries.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::min(kMaxTimerMs, m_clock.realMsUntil(m_entries.begin()->first.first));
    m_timer.start(static_cast<int>(wait));
}

void SimScheduler::runDue()
{
    // Each action is taken out before it runs: it may schedule or cancel others. It runs at its
    // due time: the clock is pinned there meanwhile.
    while (!m_entries.empty() && m_entries.begin()->first.first <= m_clock.realNowMs()) {
        const qint64 due = m_entries.begin()->first.first;
        const Action action = std::move(m_entries.begin()->second.action);
        m_entries.erase(m_entries.begin());
        m_clock.pin(due);
        action();
        m_clock.unpin();
    }
    rearm();
}

} // namespace brickdesk::emulator

#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace brickdesk::emulator {

class SimClock;
class SimScheduler;
class WorkspaceState;

// What every API area and state machine shares: the workspace state, the simulated clock and the
// scheduler that drives transitions, and saving.
class Simulation : public QObject
{
    Q_OBJECT

public:
    explicit Simulation(WorkspaceState &state, QObject *parent = nullptr);
    ~Simulation() override; // writes a pending save

    WorkspaceState &state() { return m_state; }
    const WorkspaceState &state() const { return m_state; }
    SimClock &clock() { return *m_clock; }
    SimScheduler &scheduler() { return *m_scheduler; }

    qint64 nowMs() const;
    double timeScale() const;
    void setTimeScale(double scale); // ignored unless finite and > 0

    // The user behind the accepted token: the actor of every change made through the API.
    QString userName() const;

    // Where the emulator listens, for run_page_url; empty before listen().
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }

    // After a change made by a request: saves now (when there is a state file).
    void persist();
    // After a timed transition: saves soon, once for a burst of transitions.
    void persistSoon();

private:
    WorkspaceState &m_state;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<SimScheduler> m_scheduler;
    QTimer m_saveTimer;
    QUrl m_baseUrl;
};

} // namespace brickdesk::emulator

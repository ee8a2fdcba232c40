#include "Simulation.h"

#include "DemoSeed.h"
#include "SimClock.h"
#include "SimScheduler.h"
#include "WorkspaceState.h"

#include <QLoggingCategory>

namespace brickdesk::emulator {

namespace {

Q_LOGGING_CATEGORY(lcState, "brickdesk.emulator.state", QtWarningMsg)

constexpr int kSaveDelayMs = 1000; // a big workspace takes a while to write

} // namespace

Simulation::Simulation(WorkspaceState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_clock(std::make_unique<SimClock>())
    , m_scheduler(std::make_unique<SimScheduler>(*m_clock))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Simulation::persist);
}

Simulation::~Simulation()
{
    if (m_saveTimer.isActive())
        persist();
}

qint64 Simulation::nowMs() const
{
    return m_clock->nowMs();
}

double Simulation::timeScale() const
{
    return m_clock->timeScale();
}

void Simulation::setTimeScale(double scale)
{
    m_clock->setTimeScale(scale);
    m_scheduler->rearm();
}

QString Simulation::userName() const
{
    return demoUserName();
}

void Simulation::persist()
{
    m_saveTimer.stop();
    QString error;
    if (!m_state.save(&error))
        qCWarning(lcState, "%s", qUtf8Printable(error));
}

void Simulation::persistSoon()
{
    if (!m_state.filePath().isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

} // namespace brickdesk::emulator

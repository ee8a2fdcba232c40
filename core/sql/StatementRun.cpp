#include "StatementRun.h"

#include <algorithm>

namespace brickdesk {

StatementRun::StatementRun(SqlClient *client, StatementSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &StatementRun::poll);
}

StatementRun::~StatementRun()
{
    if (!m_finished && m_client && !m_answer.statementId.isEmpty())
        m_client->cancel(m_answer.statementId, m_client, [](const CallResult<Done> &) {});
}

qint64 StatementRun::elapsedMs() const
{
    if (m_finishedAfterMs >= 0)
        return m_finishedAfterMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void StatementRun::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_answer.state = StatementState::Pending;
    Q_EMIT stateChanged(m_answer.state);
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = tr("not connected to a workspace");
        fail(error);
        return;
    }
    const QPointer<StatementRun> self(this);
    m_client->submit(m_spec, this, [self](const CallResult<StatementAnswer> &result) {
        if (!self || self->m_finished)
            return;
        if (!result.ok()) {
            self->fail(result.error);
            return;
        }
        self->take(result.value);
    });
}

void StatementRun::take(const StatementAnswer &answer)
{
    const StatementState before = m_answer.state;
    m_answer = answer;
    if (answer.state != before)
        Q_EMIT stateChanged(answer.state);
    if (brickdesk::isFinished(answer.state)) {
        finish();
        return;
    }
    if (m_cancelRequested && !m_cancelSent)
        sendCancel();
    pollLater();
}

void StatementRun::pollLater()
{
    m_pollTimer.start(m_pollMs);
    m_pollMs = std::min(kMaxPollMs, m_pollMs * 3 / 2);
}

void StatementRun::poll()
{
    if (m_finished || !m_client)
        return;
    const QPointer<StatementRun> self(this);
    m_client->statement(m_answer.statementId, this,
                        [self](const CallResult<StatementAnswer> &result) {
                            if (!self || self->m_finished)
                                return;
                            if (!result.ok()) {
                                self->fail(result.error);
                                return;
                            }
                            self->take(result.value);
                        });
}

void StatementRun::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (!m_answer.statementId.isEmpty())
        sendCancel();
    // Without an id yet, the submit's answer brings one and take() sends the cancel.
}

void StatementRun::sendCancel()
{
    if (!m_client)
        return;
    m_cancelSent = true;
    m_pollMs = kFirstPollMs; // hear the outcome soon
    const QPointer<StatementRun> self(this);
    m_client->cancel(m_answer.statementId, this, [self](const CallResult<Done> &) {
        // The outcome comes from polling: a cancel may be accepted and still come too late.
        if (self && !self->m_finished) {
            self->m_pollTimer.stop();
            self->poll();
        }
    });
}

void StatementRun::finish()
{
    m_pollTimer.stop();
    m_finished = true;
    m_finishedAfterMs = m_clock.elapsed();
    Q_EMIT finished();
}

void StatementRun::fail(const ApiError &error)
{
    m_callError = error;
    if (m_answer.state != StatementState::Failed) {
        m_answer.state = StatementState::Failed;
        Q_EMIT stateChanged(m_answer.state);
    }
    finish();
}

} // namespace brickdesk

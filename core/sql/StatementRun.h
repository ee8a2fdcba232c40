#pragma once

#include "SqlClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace brickdesk {

// One statement on a warehouse, from submit to a finished state: submits (waiting up to the
// spec's wait timeout for the answer), then polls with growing pauses until the statement has
// succeeded, failed or been canceled. cancel() asks the warehouse to cancel — also while the
// submit is still waiting, as soon as the statement has an id — and keeps polling, because a
// cancel may come too late and the statement succeed anyway.
class StatementRun : public QObject
{
    Q_OBJECT

public:
    StatementRun(SqlClient *client, StatementSpec spec, QObject *parent = nullptr);
    // A statement still running when its run goes away (a profile switch, the window closing) is
    // cancelled on the warehouse, not left to run there.
    ~StatementRun() override;

    void start();
    void cancel();

    const StatementSpec &spec() const { return m_spec; }
    QString statementId() const { return m_answer.statementId; }
    StatementState state() const { return m_answer.state; }
    // Once finished: the manifest and first chunk (succeeded) or the statement's error (failed).
    const StatementAnswer &answer() const { return m_answer; }
    // A failure to talk to the API at all (the statement's own errors are in answer().error).
    const ApiError &callError() const { return m_callError; }
    bool isFinished() const { return m_finished; }
    bool cancelRequested() const { return m_cancelRequested; }
    qint64 elapsedMs() const;

    static constexpr int kFirstPollMs = 100;
    static constexpr int kMaxPollMs = 1000;

Q_SIGNALS:
    void stateChanged(StatementState state);
    void finished();

private:
    void take(const StatementAnswer &answer);
    void pollLater();
    void poll();
    void sendCancel();
    void finish();
    void fail(const ApiError &error);

    QPointer<SqlClient> m_client;
    StatementSpec m_spec;
    StatementAnswer m_answer;
    ApiError m_callError;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    qint64 m_finishedAfterMs = -1;
    int m_pollMs = kFirstPollMs;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_cancelSent = false;
};

} // namespace brickdesk

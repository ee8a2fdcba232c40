#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace brickdesk {

class JobRunsModel;
class JobsClient;
class RunDetailsPane;
class RunDurationChart;
struct RunInfo;

// A job's run history: the duration chart, the runs table, and the selected run's details. While
// any run is active it polls (runs/list and the selected run) so states move on their own; it
// stops polling as soon as nothing is active, and whenever the job or the connection goes.
class RunHistoryPane : public QWidget
{
    Q_OBJECT

public:
    explicit RunHistoryPane(QWidget *parent = nullptr);

    void setJobsClient(JobsClient *jobs);
    void showJob(qint64 jobId); // 0: nothing
    void reload();
    void clear(const QString &why = {});
    // After run now / repair: follow this run until it ends (select it when it appears).
    void watchRun(qint64 runId);
    void setPollIntervalMs(int ms);
    int pollIntervalMs() const;
    bool isPolling() const;

    qint64 jobId() const { return m_jobId; }
    qint64 selectedRunId() const;
    bool selectRun(qint64 runId);
    JobRunsModel *runsModel() const { return m_runs; }
    QTableView *runsTable() const { return m_table; }
    RunDurationChart *chart() const { return m_chart; }
    RunDetailsPane *details() const { return m_details; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void selectedRunChanged(qint64 runId);
    // A run this pane saw active has ended (for a notification).
    void runFinished(const brickdesk::RunInfo &run);

private:
    void poll();
    void updatePolling();
    void updateStatus();
    void onRunsLoaded();

    QPointer<JobsClient> m_jobs;
    JobRunsModel *m_runs;
    RunDurationChart *m_chart;
    QTableView *m_table;
    QLabel *m_status;
    RunDetailsPane *m_details;
    QTimer *m_poll;
    qint64 m_jobId = 0;
    qint64 m_watchedRun = 0;
    QSet<qint64> m_activeRuns; // runs seen active, to tell when they end
};

} // namespace brickdesk

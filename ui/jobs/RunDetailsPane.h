#pragma once

#include "RunInfo.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace brickdesk {

class ApiCall;
class JobsClient;
class RunTasksModel;
struct RunOutputInfo;

// One run: its state, its tasks with their states, and the output of the selected task
// (runs/get-output: notebook result, error and trace, logs) in a read-only viewer.
class RunDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit RunDetailsPane(QWidget *parent = nullptr);

    void setJobsClient(JobsClient *jobs);
    void showRun(qint64 runId); // 0: nothing
    void refresh();             // fetch the run again (while it runs)
    void clear(const QString &why = {});
    void showOutputOfSelectedTask(); // the selected task's output, or the only task's

    qint64 runId() const { return m_runId; }
    const std::optional<RunInfo> &run() const { return m_run; }
    RunTasksModel *tasksModel() const { return m_tasks; }
    QTableView *tasksTable() const { return m_table; }
    QPlainTextEdit *outputView() const { return m_output; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *outputLabel() const { return m_outputStatus; }
    bool isLoading() const { return m_runCall || m_outputCall; }

Q_SIGNALS:
    void runLoaded(const brickdesk::RunInfo &run);
    void failed(const QString &message);

private:
    void onRun(const RunInfo &run);
    void loadOutput(qint64 taskRunId, const QString &taskKey);
    void showOutput(const QString &taskKey, const RunOutputInfo &output);
    void updateHeader();
    void selectTask(int row);

    QPointer<JobsClient> m_jobs;
    RunTasksModel *m_tasks;
    QLabel *m_header;
    QTableView *m_table;
    QLabel *m_outputStatus;
    QPlainTextEdit *m_output;
    qint64 m_runId = 0;
    std::optional<RunInfo> m_run;
    qint64 m_outputTaskRunId = 0;
    bool m_outputFinal = false;      // the shown output belongs to a finished task: no refetch
    bool m_taskChosenByUser = false; // else the pane moves to the failed task when the run fails
    bool m_selecting = false;
    QPointer<ApiCall> m_runCall;
    QPointer<ApiCall> m_outputCall;
};

} // namespace brickdesk

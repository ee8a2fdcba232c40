#pragma once

#include "JobDetails.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace brickdesk {

class ApiCall;
class JobTasksModel;
class JobsClient;
class RunHistoryPane;

// Everything about one job: an overview (schedule, clusters, parameters, tags, permissions), its
// tasks as a dependency-ordered list, its runs, and the raw JSON of jobs/get.
class JobDetailsPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        OverviewTab,
        TasksTab,
        RunsTab,
        JsonTab
    };

    explicit JobDetailsPane(QWidget *parent = nullptr);

    void setJobsClient(JobsClient *jobs);
    void showJob(qint64 jobId); // loads jobs/get, the permissions and the runs
    void reload();
    void clear(const QString &why = {});

    qint64 jobId() const { return m_jobId; }
    const std::optional<JobDetails> &job() const { return m_job; }
    QString errorText() const { return m_error; }
    bool isLoading() const { return m_jobCall != nullptr; }

    QTabWidget *tabs() const { return m_tabs; }
    RunHistoryPane *runHistory() const { return m_runs; }
    JobTasksModel *tasksModel() const { return m_tasks; }
    QPlainTextEdit *jsonView() const { return m_json; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *messageLabel() const { return m_message; }
    // The overview value for a field: "schedule", "clusters", "parameters", "permissions", ...
    QLabel *field(const QString &name) const;

Q_SIGNALS:
    void jobLoaded(const brickdesk::JobDetails &job);
    void failed(const QString &message);

private:
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);
    void onJob(const JobDetails &job);
    void loadPermissions();

    QPointer<JobsClient> m_jobs;
    JobTasksModel *m_tasks;
    QLabel *m_title;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTableView *m_tasksTable;
    RunHistoryPane *m_runs;
    QPlainTextEdit *m_json;
    QHash<QString, QLabel *> m_fields;
    qint64 m_jobId = 0;
    std::optional<JobDetails> m_job;
    QString m_error;
    QPointer<ApiCall> m_jobCall;
    QPointer<ApiCall> m_permissionsCall;
};

} // namespace brickdesk

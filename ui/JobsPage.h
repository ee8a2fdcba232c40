#pragma once

#include "WorkspacePage.h"

#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;

namespace brickdesk {

class JobDetailsPane;
class JobEditorDialog;
class JobListModel;
class JobListPane;
class JobsClient;
class RunNowDialog;
struct RunInfo;

// The Jobs section: the workspace's jobs (server-paged, filterable by name, "mine" and tags), the
// selected job's details, tasks, runs and output, and every job action as a toolbar button, a
// context menu entry and a keyboard shortcut. Results and the API's own error messages show in
// the status line under the page.
class JobsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit JobsPage(QWidget *parent = nullptr);
    ~JobsPage() override;

    void connectTo(const ConnectedWorkspace &workspace) override;
    void disconnectFrom(const QString &whyNot) override;
    bool isSettled() const override;

    JobListModel *model() const { return m_model; }
    JobListPane *listPane() const { return m_list; }
    JobDetailsPane *details() const { return m_details; }
    JobsClient *jobsClient() const { return m_jobs; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *jobIdEdit() const { return m_jobIdEdit; }
    RunNowDialog *runNowDialog() const; // the open one, if any
    JobEditorDialog *editorDialog() const;

    QAction *newJobAction() const { return m_newJob; }
    QAction *editJobAction() const { return m_editJob; }
    QAction *deleteJobAction() const { return m_deleteJob; }
    QAction *runNowAction() const { return m_runNow; }
    QAction *cancelRunAction() const { return m_cancelRun; }
    QAction *cancelAllRunsAction() const { return m_cancelAll; }
    QAction *repairRunAction() const { return m_repairRun; }
    QAction *runOutputAction() const { return m_runOutput; }
    QAction *openJobAction() const { return m_openJob; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *mineAction() const { return m_mine; }

    // Shows job `jobId` (selecting it in the list when it is there); the id may be wrong, and then
    // the API's answer says so.
    void openJob(qint64 jobId);
    bool openJob(const QString &jobIdText);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip);
    void buildActions();
    void updateActions();
    void showResult(const QString &message);
    void showFailure(const QString &what, const QString &message);
    bool confirm(const QString &action, bool alsoOffProd);

    void newJob();
    void editJob();
    void deleteJob();
    void runNow();
    void cancelRun();
    void cancelAllRuns();
    void repairRun();
    void showRunOutput();
    void refresh();
    void onRunFinished(const RunInfo &run);

    JobListModel *m_model;
    JobsClient *m_jobs;
    JobListPane *m_list;
    JobDetailsPane *m_details;
    QLabel *m_status;
    QLineEdit *m_jobIdEdit;
    QPointer<RunNowDialog> m_runNowDialog;
    QPointer<JobEditorDialog> m_editor;
    ConnectedWorkspace m_workspace;
    QAction *m_newJob = nullptr;
    QAction *m_editJob = nullptr;
    QAction *m_deleteJob = nullptr;
    QAction *m_runNow = nullptr;
    QAction *m_cancelRun = nullptr;
    QAction *m_cancelAll = nullptr;
    QAction *m_repairRun = nullptr;
    QAction *m_runOutput = nullptr;
    QAction *m_openJob = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_mine = nullptr;
    QAction *m_findName = nullptr;
    QAction *m_findTags = nullptr;
};

} // namespace brickdesk

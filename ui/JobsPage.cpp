#include "JobsPage.h"

#include "ConfirmByNameDialog.h"
#include "JobDefinitionText.h"
#include "JobDetailsPane.h"
#include "JobEditorDialog.h"
#include "JobFilterProxy.h"
#include "JobListModel.h"
#include "JobListPane.h"
#include "JobRunsModel.h"
#include "JobsClient.h"
#include "RunDetailsPane.h"
#include "RunHistoryPane.h"
#include "RunNowDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace brickdesk {

JobsPage::JobsPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_model(new JobListModel(this))
    , m_jobs(new JobsClient(this))
    , m_list(new JobListPane(m_model, this))
    , m_details(new JobDetailsPane(this))
    , m_status(new QLabel(this))
    , m_jobIdEdit(new QLineEdit(this))
{
    m_details->setJobsClient(m_jobs);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jobIdEdit->setPlaceholderText(tr("Open job ID…"));
    m_jobIdEdit->setAccessibleName(tr("Job ID to open"));
    m_jobIdEdit->setMaximumWidth(180);
    m_jobIdEdit->setClearButtonEnabled(true);
    connect(m_jobIdEdit, &QLineEdit::returnPressed, this, [this] { openJob(m_jobIdEdit->text()); });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    for (QAction *action : {m_newJob, m_editJob, m_deleteJob})
        toolbar->addAction(action);
    toolbar->addSeparator();
    for (QAction *action : {m_runNow, m_cancelRun, m_cancelAll, m_repairRun, m_runOutput})
        toolbar->addAction(action);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    toolbar->addWidget(m_jobIdEdit);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_list, &JobListPane::currentJobChanged, this, [this](qint64 jobId) {
        if (jobId > 0)
            m_details->showJob(jobId);
        updateActions();
    });
    connect(m_model, &RemoteListModelBase::loadingChanged, this, &WorkspacePage::settledChanged);
    connect(m_model, &RemoteListModelBase::loaded, this, [this] {
        if (m_details->jobId() == 0 && m_list->proxy()->rowCount() > 0)
            m_list->table()->selectRow(0);
    });
    connect(m_details, &JobDetailsPane::jobLoaded, this, &JobsPage::updateActions);
    connect(m_details, &JobDetailsPane::failed, this, [this](const QString &message) {
        showFailure(tr("Could not load job %1").arg(m_details->jobId()), message);
        updateActions();
    });
    RunHistoryPane *runs = m_details->runHistory();
    connect(runs, &RunHistoryPane::selectedRunChanged, this, &JobsPage::updateActions);
    connect(runs->runsModel(), &QAbstractItemModel::dataChanged, this, &JobsPage::updateActions);
    connect(runs->details(), &RunDetailsPane::runLoaded, this, &JobsPage::updateActions);
    connect(runs, &RunHistoryPane::runFinished, this, &JobsPage::onRunFinished);
    updateActions();
}

JobsPage::~JobsPage()
{
    m_jobs->cancelAll();
}

RunNowDialog *JobsPage::runNowDialog() const
{
    return m_runNowDialog;
}

JobEditorDialog *JobsPage::editorDialog() const
{
    return m_editor;
}

QAction *JobsPage::makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the Jobs page has the focus: the Clusters page uses some of the same keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void JobsPage::buildActions()
{
    m_newJob = makeAction(tr("New job…"), QKeySequence::New,
                          tr("Create a job from JSON or a dbx deployment file"));
    connect(m_newJob, &QAction::triggered, this, &JobsPage::newJob);
    m_editJob = makeAction(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                           tr("Edit the job's settings, reviewing the changes before saving"));
    connect(m_editJob, &QAction::triggered, this, &JobsPage::editJob);
    m_deleteJob =
        makeAction(tr("Delete…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), tr("Delete the job"));
    connect(m_deleteJob, &QAction::triggered, this, &JobsPage::deleteJob);
    m_runNow = makeAction(tr("Run now…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                          tr("Run the job now, with parameters"));
    connect(m_runNow, &QAction::triggered, this, &JobsPage::runNow);
    m_cancelRun = makeAction(tr("Cancel run"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                             tr("Cancel the selected run"));
    connect(m_cancelRun, &QAction::triggered, this, &JobsPage::cancelRun);
    m_cancelAll =
        makeAction(tr("Cancel all runs…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period),
                   tr("Cancel every active run of the job"));
    connect(m_cancelAll, &QAction::triggered, this, &JobsPage::cancelAllRuns);
    m_repairRun = makeAction(tr("Repair run"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                             tr("Run the failed tasks of the selected run again"));
    connect(m_repairRun, &QAction::triggered, this, &JobsPage::repairRun);
    m_runOutput = makeAction(tr("Run output"), QKeySequence(Qt::CTRL | Qt::Key_O),
                             tr("Show the output of the selected run's task"));
    connect(m_runOutput, &QAction::triggered, this, &JobsPage::showRunOutput);
    m_refresh = makeAction(tr("Refresh"), QKeySequence::Refresh,
                           tr("Reload the job list and the selected job"));
    connect(m_refresh, &QAction::triggered, this, &JobsPage::refresh);
    m_openJob = makeAction(tr("Open job ID…"), QKeySequence(Qt::CTRL | Qt::Key_G),
                           tr("Type a job ID to open"));
    connect(m_openJob, &QAction::triggered, this, [this] {
        m_jobIdEdit->setFocus();
        m_jobIdEdit->selectAll();
    });
    m_findName =
        makeAction(tr("Filter by name"), QKeySequence::Find, tr("Filter the jobs by name"));
    connect(m_findName, &QAction::triggered, this, [this] {
        m_list->nameFilter()->setFocus();
        m_list->nameFilter()->selectAll();
    });
    m_findTags = makeAction(tr("Filter by tags"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                            tr("Filter the jobs by tags"));
    connect(m_findTags, &QAction::triggered, this, [this] { m_list->tagFilter()->setFocus(); });
    m_mine = makeAction(tr("Mine"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                        tr("Show only the jobs you created"));
    m_mine->setCheckable(true);
    connect(m_mine, &QAction::toggled, m_list->mineBox(), &QCheckBox::setChecked);
    connect(m_list->mineBox(), &QCheckBox::toggled, m_mine, &QAction::setChecked);
    for (QAction *action : {m_runNow, m_editJob, m_deleteJob, m_cancelAll, m_refresh})
        m_list->table()->addAction(action);
    QTableView *runsTable = m_details->runHistory()->runsTable();
    runsTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : {m_cancelRun, m_repairRun, m_runOutput})
        runsTable->addAction(action);
}

void JobsPage::updateActions()
{
    const bool connected = m_workspace.client != nullptr;
    const bool jobLoaded = connected && m_details->job().has_value();
    const bool jobChosen = connected && m_details->jobId() > 0;
    const std::optional<RunInfo> &run = m_details->runHistory()->details()->run();
    const bool runShown =
        connected && run && run->runId == m_details->runHistory()->selectedRunId();
    m_newJob->setEnabled(connected);
    m_editJob->setEnabled(jobLoaded);
    m_deleteJob->setEnabled(jobChosen);
    m_runNow->setEnabled(jobLoaded);
    m_cancelAll->setEnabled(jobChosen);
    m_cancelRun->setEnabled(runShown && run->state.isActive());
    m_repairRun->setEnabled(runShown && run->isRepairable());
    m_runOutput->setEnabled(connected && m_details->runHistory()->selectedRunId() > 0);
    m_refresh->setEnabled(connected);
    m_openJob->setEnabled(connected);
    m_jobIdEdit->setEnabled(connected);
}

void JobsPage::connectTo(const ConnectedWorkspace &workspace)
{
    m_workspace = workspace;
    m_jobs->setClient(workspace.client);
    m_list->setUserName(workspace.userName);
    m_list->setClient(workspace.client);
    m_details->clear();
    m_status->clear();
    updateActions();
}

void JobsPage::disconnectFrom(const QString &whyNot)
{
    // Every call this page started ends here; nothing keeps the client past this point.
    m_jobs->setClient(nullptr);
    m_workspace = {};
    m_list->setClient(nullptr, whyNot);
    m_details->clear(whyNot);
    if (m_runNowDialog)
        m_runNowDialog->reject();
    if (m_editor)
        m_editor->reject();
    updateActions();
}

bool JobsPage::isSettled() const
{
    return !m_model->isLoading() && (m_model->hasLoaded() || !m_model->errorText().isEmpty());
}

void JobsPage::showResult(const QString &message)
{
    m_status->setStyleSheet(QString());
    m_status->setText(message);
    Q_EMIT statusMessage(message);
}

void JobsPage::showFailure(const QString &what, const QString &message)
{
    // The API's message as it came, after what was being done: users search for it verbatim.
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(tr("%1: %2").arg(what, message));
}

bool JobsPage::confirm(const QString &action, bool alsoOffProd)
{
    if (!m_workspace.profile.isProd() && !alsoOffProd)
        return true;
    return ConfirmByNameDialog::confirm(this, action, m_workspace.profile.name,
                                        m_workspace.profile.isProd());
}

void JobsPage::openJob(qint64 jobId)
{
    if (jobId <= 0)
        return;
    m_list->selectJob(jobId); // when the list has it; the details load either way
    m_details->showJob(jobId);
    updateActions();
}

bool JobsPage::openJob(const QString &jobIdText)
{
    bool ok = false;
    const qint64 jobId = jobIdText.trimmed().toLongLong(&ok);
    if (!ok || jobId <= 0) {
        showFailure(tr("Cannot open a job"),
                    tr("'%1' is not a job ID (a positive whole number).").arg(jobIdText.trimmed()));
        return false;
    }
    m_status->clear();
    openJob(jobId);
    return true;
}

void JobsPage::refresh()
{
    if (!m_workspace.client)
        return;
    m_list->refresh();
    m_details->reload();
}

void JobsPage::newJob()
{
    if (!m_workspace.client)
        return;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *dialog = new JobEditorDialog(JobEditorDialog::Mode::Create,
                                       jobDefinition::newJobTemplate(), 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &JobEditorDialog::createRequested, this,
            [this, dialog](const QJsonObject &settings) {
                // The page hears the answer even when the dialog was closed meanwhile: the job
                // exists then, and the user should see it.
                m_jobs->createJob(settings, this,
                                  [this, dialog = QPointer<JobEditorDialog>(dialog)](
                                      const JobsResult<qint64> &result) {
                                      if (!result.ok()) {
                                          if (dialog)
                                              dialog->showError(result.error.summary());
                                          showFailure(tr("Could not create the job"),
                                                      result.error.summary());
                                          return;
                                      }
                                      if (dialog)
                                          dialog->accept();
                                      showResult(tr("Created job %1.").arg(result.value));
                                      m_list->refresh();
                                      openJob(result.value);
                                  });
            });
    dialog->open();
}

void JobsPage::editJob()
{
    const std::optional<JobDetails> &job = m_details->job();
    if (!job || !m_workspace.client)
        return;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *dialog = new JobEditorDialog(JobEditorDialog::Mode::Edit, job->settings, job->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &JobEditorDialog::saveRequested, this,
            [this, dialog](qint64 jobId, const QJsonObject &settings) {
                m_jobs->resetJob(jobId, settings, this,
                                 [this, dialog = QPointer<JobEditorDialog>(dialog),
                                  jobId](const JobsResult<JobsClient::Done> &result) {
                                     if (!result.ok()) {
                                         if (dialog)
                                             dialog->showError(result.error.summary());
                                         showFailure(tr("Could not save job %1").arg(jobId),
                                                     result.error.summary());
                                         return;
                                     }
                                     if (dialog)
                                         dialog->accept();
                                     showResult(tr("Saved the settings of job %1.").arg(jobId));
                                     m_list->refresh();
                                     if (m_details->jobId() == jobId)
                                         m_details->reload();
                                 });
            });
    dialog->open();
}

void JobsPage::deleteJob()
{
    const qint64 jobId = m_details->jobId();
    if (jobId <= 0 || !m_workspace.client)
        return;
    const QString name = m_details->job() ? m_details->job()->name : QString::number(jobId);
    if (!confirm(tr("Delete job %1").arg(name), true))
        return;
    m_jobs->deleteJob(jobId, this, [this, jobId, name](const JobsResult<JobsClient::Done> &result) {
        if (!result.ok()) {
            showFailure(tr("Could not delete %1").arg(name), result.error.summary());
            return;
        }
        showResult(tr("Deleted job %1 (%2).").arg(name).arg(jobId));
        if (m_details->jobId() == jobId)
            m_details->clear(tr("Job %1 was deleted.").arg(jobId));
        m_list->refresh();
        updateActions();
    });
}

void JobsPage::runNow()
{
    const std::optional<JobDetails> &job = m_details->job();
    if (!job || !m_workspace.client)
        return;
    if (m_runNowDialog) {
        m_runNowDialog->raise();
        m_runNowDialog->activateWindow();
        return;
    }
    auto *dialog = new RunNowDialog(*job, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_runNowDialog = dialog;
    const QString name = job->name;
    connect(dialog, &RunNowDialog::runRequested, this,
            [this, dialog, name](const RunNowRequest &request) {
                dialog->setBusy(true);
                m_jobs->runNow(
                    request, this,
                    [this, dialog = QPointer<RunNowDialog>(dialog), name,
                     jobId = request.jobId](const JobsResult<RunNowAnswer> &result) {
                        if (!result.ok()) {
                            if (dialog)
                                dialog->showError(result.error.summary());
                            showFailure(tr("Could not start %1").arg(name), result.error.summary());
                            return;
                        }
                        if (dialog)
                            dialog->accept();
                        showResult(tr("Started run %1 of %2.").arg(result.value.runId).arg(name));
                        if (m_details->jobId() == jobId) {
                            m_details->tabs()->setCurrentIndex(JobDetailsPane::RunsTab);
                            m_details->runHistory()->watchRun(result.value.runId);
                        }
                    });
            });
    dialog->open();
}

void JobsPage::cancelRun()
{
    const std::optional<RunInfo> &run = m_details->runHistory()->details()->run();
    if (!run || !run->state.isActive() || !m_workspace.client)
        return;
    const qint64 runId = run->runId;
    if (!confirm(tr("Cancel run %1").arg(runId), false))
        return;
    m_jobs->cancelRun(runId, this, [this, runId](const JobsResult<JobsClient::Done> &result) {
        if (!result.ok()) {
            showFailure(tr("Could not cancel run %1").arg(runId), result.error.summary());
            return;
        }
        showResult(tr("Cancelling run %1.").arg(runId));
        m_details->runHistory()->watchRun(runId);
        m_details->runHistory()->details()->refresh();
    });
}

void JobsPage::cancelAllRuns()
{
    const qint64 jobId = m_details->jobId();
    if (jobId <= 0 || !m_workspace.client)
        return;
    const QString name = m_details->job() ? m_details->job()->name : QString::number(jobId);
    if (!confirm(tr("Cancel all runs of %1").arg(name), true))
        return;
    m_jobs->cancelAllRuns(jobId, this,
                          [this, jobId, name](const JobsResult<JobsClient::Done> &result) {
                              if (!result.ok()) {
                                  showFailure(tr("Could not cancel the runs of %1").arg(name),
                                              result.error.summary());
                                  return;
                              }
                              showResult(tr("Cancelling every active run of %1.").arg(name));
                              if (m_details->jobId() == jobId) {
                                  m_details->runHistory()->reload();
                                  m_details->runHistory()->details()->refresh();
                              }
                          });
}

void JobsPage::repairRun()
{
    const std::optional<RunInfo> &run = m_details->runHistory()->details()->run();
    if (!run || !run->isRepairable() || !m_workspace.client)
        return;
    RepairRequest request;
    request.runId = run->runId;
    request.latestRepairId = run->latestRepairId;
    const qint64 runId = run->runId;
    m_jobs->repairRun(request, this, [this, runId](const JobsResult<qint64> &result) {
        if (!result.ok()) {
            showFailure(tr("Could not repair run %1").arg(runId), result.error.summary());
            return;
        }
        showResult(tr("Repairing run %1: its failed tasks run again (repair %2).")
                       .arg(runId)
                       .arg(result.value));
        RunHistoryPane *runs = m_details->runHistory();
        runs->watchRun(runId);
        if (runs->details()->runId() == runId) {
            runs->details()->refresh();
        }
    });
}

void JobsPage::showRunOutput()
{
    RunHistoryPane *runs = m_details->runHistory();
    if (runs->selectedRunId() <= 0)
        return;
    m_details->tabs()->setCurrentIndex(JobDetailsPane::RunsTab);
    runs->details()->showOutputOfSelectedTask();
    runs->details()->outputView()->setFocus();
}

void JobsPage::onRunFinished(const RunInfo &run)
{
    const QString name = m_details->job() && m_details->job()->id == run.jobId
                             ? m_details->job()->name
                             : tr("Job %1").arg(run.jobId);
    Q_EMIT notify(tr("Run finished"),
                  tr("%1, run %2: %3").arg(name).arg(run.runId).arg(run.state.text()));
    updateActions();
}

} // namespace brickdesk

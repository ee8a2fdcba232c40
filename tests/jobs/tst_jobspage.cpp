// The Jobs page as a user drives it, offscreen, against the emulator over real HTTP: every action
// by its shortcut or its button, dialogs filled in, results and the API's errors as shown.
#include "ConfirmByNameDialog.h"
#include "DiffView.h"
#include "JobDetailsPane.h"
#include "JobEditorDialog.h"
#include "JobFilterProxy.h"
#include "JobListModel.h"
#include "JobListPane.h"
#include "JobRunsModel.h"
#include "JobTasksModel.h"
#include "JobsPage.h"
#include "JobsTestSupport.h"
#include "ParameterTableModel.h"
#include "RunDetailsPane.h"
#include "RunDurationChart.h"
#include "RunHistoryPane.h"
#include "RunNowDialog.h"
#include "RunTasksModel.h"
#include "WorkspaceEmulator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace brickdesk;
using jobstest::await;

class TestJobsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsJobsAndTheSelectedJobsDetails();
    void filtersByNameMineAndTagsFromTheKeyboard();
    void runNowWithParametersIsFollowedToTheEnd();
    void runNowWithJobParametersOrArguments();
    void cancelRunAndCancelAllRuns();
    void repairAFailedRunAfterReadingItsError();
    void createFromADbxFileEditWithADiffThenDelete();
    void createFromTheTemplate();
    void editorRefusesBadJsonAndUnchangedSettings();
    void deletingOnProdNeedsTheProfileName();
    void badJobIdShowsTheApiMessageVerbatim();
    void disconnectingStopsEverything();
    void chartPaintsRunsColouredByResult();
    void everyActionHasAShortcutAndATip();
    void tenThousandJobsKeepThePageResponsive();

private:
    void connectPage(bool prod = false);
    qint64 createJob(const QJsonObject &settings);
    void openJob(qint64 jobId);
    // Answers the next modal dialog (a QMessageBox question or a ConfirmByNameDialog).
    void answerNextModal(const QString &typedName, bool accept);
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // With BRICKDESK_JOBS_SCREENSHOT_DIR set: the page as it looks now, to look at by eye.
    void saveScreenshot(const QString &name);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<JobsPage> m_page;
};

namespace {
const QString kToken = QStringLiteral("bdtest-jobs-page");
const QString kDemoUser = QStringLiteral("demo.user@brickdesk.example");
} // namespace

void TestJobsPage::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(jobstest::fastEmulator(kToken, 100));
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_client->setRetryPolicy(RetryPolicy::none());
    m_page = std::make_unique<JobsPage>();
    m_page->resize(1400, 900);
    m_page->details()->runHistory()->setPollIntervalMs(40);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestJobsPage::cleanup()
{
    m_page.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestJobsPage::connectPage(bool prod)
{
    ConnectedWorkspace workspace;
    workspace.client = m_client.get();
    workspace.profile.name = prod ? QStringLiteral("acme-prod") : QStringLiteral("dev");
    workspace.profile.environment = prod ? EnvironmentTag::Prod : EnvironmentTag::Dev;
    workspace.userName = kDemoUser;
    QVERIFY(!m_page->isSettled());
    m_page->connectTo(workspace);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isSettled(), 10000);
}

qint64 TestJobsPage::createJob(const QJsonObject &settings)
{
    const auto result = await<qint64>(this, [&](QObject *context, auto handler) {
        m_page->jobsClient()->createJob(settings, context, handler);
    });
    return result && result->ok() ? result->value : 0;
}

void TestJobsPage::openJob(qint64 jobId)
{
    m_page->listPane()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(QString::number(jobId)).has_value(), 10000);
    QTRY_VERIFY(!m_page->model()->isLoading());
    m_page->openJob(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->details()->job() && m_page->details()->job()->id == jobId,
                             10000);
    QCOMPARE(m_page->listPane()->currentJobId(), jobId);
}

void TestJobsPage::answerNextModal(const QString &typedName, bool accept)
{
    // Looks for the dialog from the event loop until it shows (its exec() runs one).
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    auto *waited = new QElapsedTimer;
    waited->start();
    connect(poll, &QTimer::timeout, this, [poll, waited, typedName, accept] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *confirm = qobject_cast<ConfirmByNameDialog *>(modal)) {
            QTest::keyClicks(confirm->nameEdit(), typedName);
            if (accept && confirm->isConfirmEnabled())
                confirm->accept();
            else
                confirm->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->button(accept ? QMessageBox::Yes : QMessageBox::Cancel)->click();
        } else if (waited->elapsed() < 10000) {
            return;
        } else {
            qWarning("no modal dialog to answer");
        }
        poll->stop();
        poll->deleteLater();
        delete waited;
    });
    poll->start();
}

void TestJobsPage::saveScreenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("BRICKDESK_JOBS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + QLatin1Char('/') + name));
}

void TestJobsPage::key(int keyCode, Qt::KeyboardModifiers modifiers)
{
    // Shortcuts work while the focus is anywhere in the page, as a user has it on the job list.
    // A closed dialog leaves the activation to the window manager; offscreen there is none.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QWidget *focus = m_page->listPane()->table();
    focus->setFocus();
    QTest::keyClick(focus, static_cast<Qt::Key>(keyCode), modifiers);
}

void TestJobsPage::showsJobsAndTheSelectedJobsDetails()
{
    connectPage();
    JobListPane *list = m_page->listPane();
    QAbstractItemModelTester tester(list->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->model()->rowCount(), 25);
    QCOMPARE(list->statusLabel()->text(), QStringLiteral("25 jobs"));
    // The first row is selected and its details load.
    JobDetailsPane *details = m_page->details();
    QTRY_VERIFY_WITH_TIMEOUT(details->job().has_value(), 10000);
    QCOMPARE(details->jobId(), list->currentJobId());
    QCOMPARE(details->titleLabel()->text(), list->currentJobName());
    QCOMPARE(details->field(QStringLiteral("id"))->text(), QString::number(details->jobId()));
    QVERIFY(!details->field(QStringLiteral("schedule"))->text().isEmpty());
    QVERIFY(!details->field(QStringLiteral("clusters"))->text().isEmpty());
    QVERIFY(details->field(QStringLiteral("tags"))->text().contains(QStringLiteral("team = ")));
    QTRY_VERIFY(!details->field(QStringLiteral("permissions"))
                     ->text()
                     .startsWith(QStringLiteral("loading")));
    // The emulator answers the permissions API: the summary names the owner, not an error.
    QVERIFY2(details->field(QStringLiteral("permissions"))->text().contains(QStringLiteral("IS_OWNER")) ||
                 details->field(QStringLiteral("permissions"))->text().contains(QStringLiteral("owner"), Qt::CaseInsensitive),
             qPrintable(details->field(QStringLiteral("permissions"))->text()));
    QVERIFY(details->tasksModel()->rowCount() >= 1);
    QVERIFY(details->jsonView()->toPlainText().contains(
        QStringLiteral("\"job_id\": %1").arg(details->jobId())));
    // Its runs, the chart and the newest run's tasks.
    RunHistoryPane *runs = details->runHistory();
    QTRY_VERIFY_WITH_TIMEOUT(runs->runsModel()->hasLoaded(), 10000);
    if (runs->runsModel()->rowCount() > 0) {
        QCOMPARE(runs->chart()->barCount(), runs->runsModel()->rowCount());
        QTRY_VERIFY_WITH_TIMEOUT(runs->details()->run().has_value(), 10000);
        QVERIFY(runs->details()->tasksModel()->rowCount() >= 1);
    }
    saveScreenshot(QStringLiteral("jobs-overview.png"));
    // Tabs by keyboard: Alt+J shows the JSON.
    QTest::keyClick(m_page.get(), Qt::Key_J, Qt::AltModifier);
    QCOMPARE(details->tabs()->currentIndex(), int(JobDetailsPane::JsonTab));
    // Another job by clicking its row.
    list->table()->selectRow(3);
    const qint64 fourth = list->currentJobId();
    QTRY_VERIFY_WITH_TIMEOUT(details->job() && details->job()->id == fourth, 10000);
}

void TestJobsPage::filtersByNameMineAndTagsFromTheKeyboard()
{
    connectPage();
    JobListPane *list = m_page->listPane();
    key(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(list->nameFilter()->hasFocus());
    QTest::keyClicks(list->nameFilter(), QStringLiteral("churn"));
    QCOMPARE(list->proxy()->rowCount(), 2);
    QCOMPARE(list->statusLabel()->text(), QStringLiteral("25 jobs, 2 shown"));
    list->nameFilter()->clear();
    key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(list->mineBox()->isChecked());
    QVERIFY(m_page->mineAction()->isChecked());
    const int mine = list->proxy()->rowCount();
    QVERIFY(mine > 0 && mine < 25);
    for (int row = 0; row < mine; ++row)
        QCOMPARE(list->proxy()->index(row, JobListModel::Creator).data().toString(), kDemoUser);
    key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(list->tagFilter()->hasFocus());
    QTest::keyClicks(list->tagFilter(), QStringLiteral("env:dev"));
    QVERIFY(list->proxy()->rowCount() > 0 && list->proxy()->rowCount() < mine);
    list->mineBox()->click();
    QVERIFY(!m_page->mineAction()->isChecked());
    list->tagFilter()->clear();
    QCOMPARE(list->proxy()->rowCount(), 25);
}

void TestJobsPage::runNowWithParametersIsFollowedToTheEnd()
{
    connectPage();
    const qint64 jobId =
        createJob(jobstest::chainJob(QStringLiteral("ui quick run"), {QStringLiteral("only")}));
    QVERIFY(jobId > 0);
    openJob(jobId);
    QSignalSpy notified(m_page.get(), &WorkspacePage::notify);

    key(Qt::Key_Return, Qt::ControlModifier);
    RunNowDialog *dialog = m_page->runNowDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->usesJobParameters());
    ParameterTableModel *parameters = dialog->parametersModel();
    QAbstractItemModelTester tester(parameters,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(parameters->rowCount(), 1);
    QCOMPARE(parameters->index(0, ParameterTableModel::Name).data().toString(),
             QStringLiteral("env"));
    QCOMPARE(parameters->index(0, ParameterTableModel::Value).data().toString(),
             QStringLiteral("test"));
    parameters->setData(parameters->index(0, ParameterTableModel::Value),
                        QStringLiteral("from-the-ui"));
    QCOMPARE(dialog->request().notebookParams.value(QStringLiteral("env")),
             QStringLiteral("from-the-ui"));
    QTest::keyClick(dialog, Qt::Key_Return); // Run now is the default button
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->runNowDialog(), 10000);
    QVERIFY2(m_page->statusLabel()->text().startsWith(QStringLiteral("Started run ")),
             qPrintable(m_page->statusLabel()->text()));
    QCOMPARE(m_page->details()->tabs()->currentIndex(), int(JobDetailsPane::RunsTab));

    // The runs table follows it on its own: RUNNING, then TERMINATED.
    RunHistoryPane *runs = m_page->details()->runHistory();
    JobRunsModel *model = runs->runsModel();
    QStringList seen;
    connect(model, &QAbstractItemModel::dataChanged, this, [&] {
        if (model->rowCount() > 0 &&
            (seen.isEmpty() || seen.last() != model->runAt(0).state.lifeCycle))
            seen.append(model->runAt(0).state.lifeCycle);
    });
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1, 10000);
    QVERIFY(runs->isPolling());
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("RUNNING")) ||
                                 model->runAt(0).state.lifeCycle == QStringLiteral("RUNNING"),
                             20000);
    QCOMPARE(runs->selectedRunId(), model->runAt(0).runId);
    QVERIFY(m_page->cancelRunAction()->isEnabled());
    m_emulator->setTimeScale(3000);
    QTRY_COMPARE_WITH_TIMEOUT(model->runAt(0).state.lifeCycle, QStringLiteral("TERMINATED"), 20000);
    QCOMPARE(model->runAt(0).state.result, QStringLiteral("SUCCESS"));
    QTRY_VERIFY_WITH_TIMEOUT(!runs->isPolling(), 10000);
    QVERIFY(!m_page->cancelRunAction()->isEnabled());
    QVERIFY(!m_page->repairRunAction()->isEnabled());
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("SUCCESS")));

    // Run details: the task and its output in the viewer.
    RunDetailsPane *details = runs->details();
    QTRY_COMPARE_WITH_TIMEOUT(
        details->tasksModel()->index(0, RunTasksModel::Result).data().toString(),
        QStringLiteral("SUCCESS"), 10000);
    key(Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        details->outputView()->toPlainText().contains(QStringLiteral("Notebook result")), 10000);
    QVERIFY(details->outputView()->hasFocus());
    QVERIFY(details->headerLabel()->text().contains(QStringLiteral("SUCCESS")));
    saveScreenshot(QStringLiteral("jobs-run-output.png"));
}

void TestJobsPage::runNowWithJobParametersOrArguments()
{
    connectPage();
    // Job-level parameters: their names are fixed, their defaults filled in.
    QJsonObject settings =
        jobstest::chainJob(QStringLiteral("ui parameters"), {QStringLiteral("only")});
    settings.insert(
        QStringLiteral("parameters"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("date")},
                               {QStringLiteral("default"), QStringLiteral("2024-01-01")}}});
    openJob(createJob(settings));
    key(Qt::Key_Return, Qt::ControlModifier);
    RunNowDialog *dialog = m_page->runNowDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->usesJobParameters());
    ParameterTableModel *parameters = dialog->parametersModel();
    QCOMPARE(parameters->rowCount(), 1);
    QVERIFY(
        !(parameters->flags(parameters->index(0, ParameterTableModel::Name)) & Qt::ItemIsEditable));
    QVERIFY(parameters->setData(parameters->index(0, ParameterTableModel::Value),
                                QStringLiteral("2024-12-24")));
    const RunNowRequest request = dialog->request();
    QCOMPARE(request.jobParameters,
             (QMap<QString, QString>{{QStringLiteral("date"), QStringLiteral("2024-12-24")}}));
    QVERIFY(request.notebookParams.isEmpty());
    QVERIFY(!dialog->pythonParamsEdit());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->runNowDialog(), 10000);
    QVERIFY2(m_page->statusLabel()->text().startsWith(QStringLiteral("Started run ")),
             qPrintable(m_page->statusLabel()->text()));

    // A Python script task: its arguments, split as a shell would.
    QJsonObject python{
        {QStringLiteral("name"), QStringLiteral("ui python")},
        {QStringLiteral("tasks"),
         QJsonArray{QJsonObject{
             {QStringLiteral("task_key"), QStringLiteral("script")},
             {QStringLiteral("existing_cluster_id"), QStringLiteral("0923-164208-k9x2m1qa")},
             {QStringLiteral("spark_python_task"),
              QJsonObject{
                  {QStringLiteral("python_file"), QStringLiteral("/Shared/script.py")}}}}}}};
    openJob(createJob(python));
    key(Qt::Key_Return, Qt::ControlModifier);
    dialog = m_page->runNowDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->pythonParamsEdit());
    QCOMPARE(dialog->parametersModel()->rowCount(), 0);
    QTest::keyClicks(dialog->pythonParamsEdit(), QStringLiteral("--env \"a b\" --n 3"));
    QCOMPARE(dialog->request().pythonParams, (QStringList{"--env", "a b", "--n", "3"}));
    QTest::keyClick(dialog->pythonParamsEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->runNowDialog(), 10000);
    RunHistoryPane *runs = m_page->details()->runHistory();
    QTRY_VERIFY_WITH_TIMEOUT(runs->runsModel()->rowCount() == 1, 10000);
    m_emulator->setTimeScale(3000);
    QTRY_COMPARE_WITH_TIMEOUT(runs->runsModel()->runAt(0).state.result, QStringLiteral("SUCCESS"),
                              20000);
    // The script's logs show its arguments.
    QTRY_VERIFY_WITH_TIMEOUT(
        runs->details()->outputView()->toPlainText().contains(QStringLiteral("a b")), 10000);
}

void TestJobsPage::cancelRunAndCancelAllRuns()
{
    connectPage();
    const qint64 jobId = createJob(jobstest::chainJob(
        QStringLiteral("ui cancel"), {QStringLiteral("a"), QStringLiteral("b")}, 3));
    openJob(jobId);
    RunHistoryPane *runs = m_page->details()->runHistory();
    for (int i = 0; i < 2; ++i) {
        m_page->runNowAction()->trigger();
        QVERIFY(m_page->runNowDialog());
        QTest::keyClick(m_page->runNowDialog(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->runNowDialog(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(runs->runsModel()->rowCount() == i + 1, 10000);
    }
    // Cancel the selected (newest) run by its shortcut.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->cancelRunAction()->isEnabled(), 10000);
    const qint64 newest = runs->selectedRunId();
    key(Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(m_page->statusLabel()->text() ==
                                  QStringLiteral("Cancelling run %1.").arg(newest),
                              qPrintable(m_page->statusLabel()->text()), 10000);
    JobRunsModel *model = runs->runsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->runAt(model->rowOfRun(newest)).state.result,
                              QStringLiteral("CANCELED"), 20000);
    QVERIFY(model->runAt(1).state.isActive());

    // Cancel all: asks first (a plain question off prod), and No leaves the run alone.
    answerNextModal({}, false);
    key(Qt::Key_Period, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(model->runAt(1).state.isActive());
    answerNextModal({}, true);
    m_page->cancelAllRunsAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->runAt(1).state.result, QStringLiteral("CANCELED"), 20000);
    QVERIFY(
        m_page->statusLabel()->text().startsWith(QStringLiteral("Cancelling every active run")));
}

void TestJobsPage::repairAFailedRunAfterReadingItsError()
{
    connectPage();
    const qint64 jobId = createJob(jobstest::chainJob(
        QStringLiteral("ui flaky"), {QStringLiteral("extract"), QStringLiteral("flaky_load")}));
    openJob(jobId);
    m_emulator->setTimeScale(3000);
    m_page->runNowAction()->trigger();
    QTest::keyClick(m_page->runNowDialog(), Qt::Key_Return);
    RunHistoryPane *runs = m_page->details()->runHistory();
    QTRY_VERIFY_WITH_TIMEOUT(runs->runsModel()->rowCount() == 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(runs->runsModel()->runAt(0).state.result, QStringLiteral("FAILED"),
                              20000);
    // The failed task is selected and its error shows in the output viewer.
    RunDetailsPane *details = runs->details();
    QTRY_VERIFY_WITH_TIMEOUT(
        details->outputView()->toPlainText().contains(QStringLiteral("ZeroDivisionError")), 10000);
    QVERIFY(details->outputView()->toPlainText().contains(QStringLiteral("Error trace")));
    QCOMPARE(details->tasksTable()->currentIndex().data(RunTasksModel::TaskKeyRole).toString(),
             QStringLiteral("flaky_load"));
    QTRY_VERIFY(m_page->repairRunAction()->isEnabled());
    key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_page->statusLabel()->text().startsWith(QStringLiteral("Repairing run")),
        qPrintable(m_page->statusLabel()->text()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(runs->runsModel()->runAt(0).state.result, QStringLiteral("SUCCESS"),
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        details->tasksModel()
            ->index(details->tasksModel()->rowOfKey(QStringLiteral("flaky_load")),
                    RunTasksModel::Result)
            .data()
            .toString(),
        QStringLiteral("SUCCESS"), 10000);
    QVERIFY(!m_page->repairRunAction()->isEnabled());
    // The repaired task ran under a new task run id: the viewer shows its new output.
    QTRY_VERIFY_WITH_TIMEOUT(
        details->outputView()->toPlainText().contains(QStringLiteral("Notebook result")), 10000);
    QVERIFY(!details->outputView()->toPlainText().contains(QStringLiteral("ZeroDivisionError")));
    saveScreenshot(QStringLiteral("jobs-repaired.png"));
}

void TestJobsPage::createFromADbxFileEditWithADiffThenDelete()
{
    connectPage();
    key(Qt::Key_N, Qt::ControlModifier);
    JobEditorDialog *editor = m_page->editorDialog();
    QVERIFY(editor);
    QCOMPARE(editor->mode(), JobEditorDialog::Mode::Create);
    const QByteArray file = R"({"environments": {"default": {"workflows": [
        {"name": "from dbx", "workflow_type": "job-v2.1", "access_control_list": [{"user_name": "a@x", "permission_level": "IS_OWNER"}],
         "tasks": [{"task_key": "main", "existing_cluster_id": "0923-164208-k9x2m1qa", "deployment_config": {"no_package": true},
                    "notebook_task": {"notebook_path": "/Shared/main"}}]},
        {"name": "second", "tasks": [{"task_key": "x", "existing_cluster_id": "0923-164208-k9x2m1qa", "notebook_task": {"notebook_path": "/Shared/x"}}]}]}}})";
    QVERIFY(editor->loadFileContent(file, QStringLiteral("deployment.json")));
    QVERIFY(editor->definitionBox()->isVisible()); // two jobs in the file: pick one
    QCOMPARE(editor->definitionBox()->count(), 2);
    QVERIFY(editor->editor()->toPlainText().contains(QStringLiteral("\"from dbx\"")));
    QVERIFY(!editor->editor()->toPlainText().contains(QStringLiteral("deployment_config")));
    QVERIFY(editor->warningLabel()->isVisible());
    QVERIFY(editor->warningLabel()->text().contains(QStringLiteral("access_control_list")));
    QTest::mouseClick(editor->primaryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->editorDialog(), 10000);
    const QString created = m_page->statusLabel()->text();
    QVERIFY2(created.startsWith(QStringLiteral("Created job ")), qPrintable(created));
    const qint64 jobId = created.mid(12).chopped(1).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->details()->job() && m_page->details()->job()->id == jobId,
                             10000);
    QCOMPARE(m_page->details()->titleLabel()->text(), QStringLiteral("from dbx"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(QString::number(jobId)).has_value(), 10000);
    QTRY_COMPARE(m_page->listPane()->currentJobId(), jobId);

    // Edit: change the name, review the diff, save.
    key(Qt::Key_E, Qt::ControlModifier);
    editor = m_page->editorDialog();
    QVERIFY(editor);
    QCOMPARE(editor->mode(), JobEditorDialog::Mode::Edit);
    QString text = editor->editor()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("\"name\": \"from dbx\"")));
    text.replace(QStringLiteral("\"name\": \"from dbx\""),
                 QStringLiteral("\"name\": \"edited in the ui\""));
    editor->editor()->setPlainText(text);
    QTest::mouseClick(editor->primaryButton(), Qt::LeftButton);
    QVERIFY(editor->isReviewing());
    const QString diff = editor->diffView()->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("-     \"name\": \"from dbx\",")), qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("+     \"name\": \"edited in the ui\",")));
    if (!qEnvironmentVariableIsEmpty("BRICKDESK_JOBS_SCREENSHOT_DIR"))
        editor->grab().save(qEnvironmentVariable("BRICKDESK_JOBS_SCREENSHOT_DIR") +
                            QStringLiteral("/jobs-diff.png"));
    QCOMPARE(editor->primaryButton()->text(), QStringLiteral("&Save"));
    QTest::mouseClick(editor->primaryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->editorDialog(), 10000);
    QCOMPARE(m_page->statusLabel()->text(),
             QStringLiteral("Saved the settings of job %1.").arg(jobId));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->details()->titleLabel()->text(),
                              QStringLiteral("edited in the ui"), 10000);

    // Delete, answering the question.
    answerNextModal({}, true);
    key(Qt::Key_Delete, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->statusLabel()->text().startsWith(QStringLiteral("Deleted job edited in the ui")),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->rowOf(QString::number(jobId)).has_value() &&
                                 !m_page->model()->isLoading(),
                             10000);
    // The selection moves on to a neighbour; the deleted job is nowhere.
    QVERIFY(m_page->details()->jobId() != jobId);
    QVERIFY(m_page->listPane()->currentJobId() != jobId);
}

void TestJobsPage::createFromTheTemplate()
{
    connectPage();
    m_page->newJobAction()->trigger();
    JobEditorDialog *editor = m_page->editorDialog();
    QVERIFY(editor);
    QVERIFY(editor->editor()->toPlainText().contains(QStringLiteral("\"New job\"")));
    // Ctrl+Return submits from inside the editor, where Return makes a new line.
    // Offscreen, no window manager hands the activation to the dialog; a desktop does.
    QApplication::setActiveWindow(editor);
    QTRY_COMPARE(QApplication::activeWindow(), editor);
    editor->editor()->setFocus();
    QTest::keyClick(editor->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(!m_page->editorDialog(), qPrintable(m_page->statusLabel()->text()),
                              10000);
    QVERIFY2(m_page->statusLabel()->text().startsWith(QStringLiteral("Created job ")),
             qPrintable(m_page->statusLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->details()->titleLabel()->text(), QStringLiteral("New job"),
                              10000);
    QCOMPARE(m_page->details()->tasksModel()->rowCount(), 1);
    QVERIFY(m_page->details()
                ->field(QStringLiteral("clusters"))
                ->text()
                .contains(QStringLiteral("main_cluster")));
}

void TestJobsPage::editorRefusesBadJsonAndUnchangedSettings()
{
    connectPage();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->details()->job().has_value(), 10000);
    m_page->editJobAction()->trigger();
    JobEditorDialog *editor = m_page->editorDialog();
    QVERIFY(editor);
    QTest::mouseClick(editor->primaryButton(), Qt::LeftButton);
    QVERIFY(!editor->isReviewing());
    QCOMPARE(editor->errorLabel()->text(),
             QStringLiteral("Nothing to save: the settings are unchanged."));
    editor->editor()->setPlainText(QStringLiteral("{\n  \"name\": \"x\",\n  \"tasks\": [\n"));
    QTest::mouseClick(editor->primaryButton(), Qt::LeftButton);
    QVERIFY2(editor->errorLabel()->text().startsWith(
                 QStringLiteral("The settings cannot be used: line 4, column 1:")),
             qPrintable(editor->errorLabel()->text()));
    // The workspace's own refusal comes back verbatim, and the dialog keeps the text.
    editor->editor()->setPlainText(
        QStringLiteral(R"({"name": "x", "max_concurrent_runs": -4, "tasks": []})"));
    QTest::mouseClick(editor->primaryButton(), Qt::LeftButton);
    QVERIFY(editor->isReviewing());
    QTest::mouseClick(editor->primaryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->errorLabel()->isVisible() &&
                                 editor->errorLabel()->text().startsWith(QStringLiteral("400 ")),
                             10000);
    QVERIFY(m_page->statusLabel()->text().endsWith(editor->errorLabel()->text()));
    QVERIFY(m_page->editorDialog());
    editor->reject();
    QTRY_VERIFY(!m_page->editorDialog());
}

void TestJobsPage::deletingOnProdNeedsTheProfileName()
{
    connectPage(true);
    const qint64 jobId =
        createJob(jobstest::chainJob(QStringLiteral("prod job"), {QStringLiteral("t")}));
    openJob(jobId);
    answerNextModal(QStringLiteral("acme"), true); // not the whole name: the action stays disabled
    m_page->deleteJobAction()->trigger();
    QVERIFY(m_page->model()->rowOf(QString::number(jobId)).has_value());
    QCOMPARE(m_page->details()->jobId(), jobId);
    answerNextModal(QStringLiteral("acme-prod"), true);
    m_page->deleteJobAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->statusLabel()->text().startsWith(QStringLiteral("Deleted job prod job")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->rowOf(QString::number(jobId)).has_value() &&
                                 !m_page->model()->isLoading(),
                             10000);
}

void TestJobsPage::badJobIdShowsTheApiMessageVerbatim()
{
    connectPage();
    key(Qt::Key_G, Qt::ControlModifier);
    QVERIFY(m_page->jobIdEdit()->hasFocus());
    QTest::keyClicks(m_page->jobIdEdit(), QStringLiteral("42"));
    QTest::keyClick(m_page->jobIdEdit(), Qt::Key_Return);
    const QString expected = QStringLiteral("400 INVALID_PARAMETER_VALUE: Job 42 does not exist.");
    QTRY_COMPARE_WITH_TIMEOUT(m_page->details()->messageLabel()->text(),
                              QStringLiteral("Could not load job 42: ") + expected, 10000);
    QVERIFY(m_page->details()->messageLabel()->isVisible());
    QCOMPARE(m_page->statusLabel()->text(), QStringLiteral("Could not load job 42: ") + expected);
    QVERIFY(!m_page->runNowAction()->isEnabled());
    QVERIFY(!m_page->editJobAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->details()->runHistory()->statusLabel()->text().contains(
                                 QStringLiteral("Job 42 does not exist.")),
                             10000);

    m_page->jobIdEdit()->clear();
    QTest::keyClicks(m_page->jobIdEdit(), QStringLiteral("abc"));
    QTest::keyClick(m_page->jobIdEdit(), Qt::Key_Return);
    QCOMPARE(m_page->statusLabel()->text(),
             QStringLiteral("Cannot open a job: 'abc' is not a job ID (a positive whole number)."));
}

void TestJobsPage::disconnectingStopsEverything()
{
    connectPage();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->details()->job().has_value(), 10000);
    m_emulator->setLatencyMs(2000);
    m_page->refreshAction()->trigger();
    QVERIFY(m_page->model()->isLoading());
    QVERIFY(m_page->jobsClient()->isBusy());
    m_page->disconnectFrom(QStringLiteral("Switching profile…"));
    QVERIFY(!m_page->model()->isLoading());
    QVERIFY(!m_page->jobsClient()->isBusy());
    QVERIFY(!m_page->details()->runHistory()->runsModel()->isLoading());
    QVERIFY(!m_page->details()->runHistory()->isPolling());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->listPane()->statusLabel()->text(), QStringLiteral("Switching profile…"));
    for (QAction *action : {m_page->newJobAction(), m_page->runNowAction(),
                            m_page->deleteJobAction(), m_page->refreshAction()})
        QVERIFY(!action->isEnabled());
}

void TestJobsPage::chartPaintsRunsColouredByResult()
{
    connectPage();
    // The demo job with the most runs.
    JobRunsModel *runs = m_page->details()->runHistory()->runsModel();
    int best = -1;
    int bestRuns = 0;
    for (int row = 0; row < 25; ++row) {
        m_page->listPane()->table()->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(runs->hasLoaded() && !runs->isLoading() &&
                                     runs->jobId() == m_page->listPane()->currentJobId(),
                                 10000);
        if (runs->rowCount() > bestRuns) {
            bestRuns = runs->rowCount();
            best = row;
        }
    }
    QVERIFY(bestRuns > 1);
    m_page->listPane()->table()->selectRow(best);
    QTRY_VERIFY_WITH_TIMEOUT(runs->hasLoaded() && runs->rowCount() == bestRuns, 10000);
    m_page->details()->tabs()->setCurrentIndex(JobDetailsPane::RunsTab);
    RunDurationChart *chart = m_page->details()->runHistory()->chart();
    QTRY_VERIFY(chart->isVisible());
    const QImage image = chart->grab().toImage();
    QSet<QRgb> barColours;
    for (int row = 0; row < chart->barCount(); ++row) {
        const QRect bar = chart->barRect(row);
        QVERIFY(!bar.isEmpty());
        const QColor expected = runs->index(row, 0).data(JobRunsModel::ColourRole).value<QColor>();
        if (!runs->runAt(row).state.isActive()) {
            const QColor painted = image.pixelColor(bar.center() * image.devicePixelRatio());
            QCOMPARE(painted.rgb(), expected.rgb());
            barColours.insert(expected.rgb());
        }
    }
    QVERIFY(!barColours.isEmpty());
    // Longer runs are taller bars.
    int longest = 0;
    for (int row = 1; row < chart->barCount(); ++row) {
        if (runs->index(row, 0).data(JobRunsModel::DurationMsRole).toLongLong() >
            runs->index(longest, 0).data(JobRunsModel::DurationMsRole).toLongLong())
            longest = row;
    }
    for (int row = 0; row < chart->barCount(); ++row)
        QVERIFY(chart->barRect(row).height() <= chart->barRect(longest).height());
    // Clicking a bar selects its run.
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(1).center());
    QCOMPARE(m_page->details()->runHistory()->selectedRunId(), runs->runAt(1).runId);
    saveScreenshot(QStringLiteral("jobs-chart.png"));
}

void TestJobsPage::everyActionHasAShortcutAndATip()
{
    connectPage();
    QSet<QString> shortcuts;
    const QList<QAction *> actions = m_page->actions();
    QVERIFY(actions.size() >= 13);
    for (QAction *action : actions) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        QVERIFY2(!shortcuts.contains(action->shortcut().toString()),
                 qPrintable(action->shortcut().toString()));
        shortcuts.insert(action->shortcut().toString());
        QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    }
}

void TestJobsPage::tenThousandJobsKeepThePageResponsive()
{
    emulator::EmulatorOptions options =
        jobstest::fastEmulator(kToken, 1, emulator::Seed::GeneratedJobs);
    options.generatedJobCount = 10000;
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY(m_emulator->listen());
    m_client->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    // The event loop's longest stall while the table fills: a timer that should fire every 10 ms.
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QStringList progress;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
        const QString status = m_page->listPane()->statusLabel()->text();
        if (progress.isEmpty() || progress.last() != status)
            progress.append(status);
    });
    sinceTick.start();
    tick.start();
    ConnectedWorkspace workspace;
    workspace.client = m_client.get();
    workspace.profile.name = QStringLiteral("dev");
    workspace.userName = kDemoUser;
    m_page->connectTo(workspace);
    // The user can type a filter while pages stream in.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() >= 1000, 30000);
    QVERIFY(m_page->model()->isLoading());
    QTest::keyClicks(m_page->listPane()->nameFilter(), QStringLiteral("a"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isSettled(), 120000);
    tick.stop();
    QCOMPARE(m_page->model()->rowCount(), 10000);
    QCOMPARE(m_page->listPane()->statusLabel()->text(),
             QStringLiteral("10000 jobs, %1 shown").arg(m_page->listPane()->proxy()->rowCount()));
    QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const QString &text) {
        return text.startsWith(QStringLiteral("Loading… "));
    }));
    qInfo("longest event loop stall while 10,000 jobs streamed into the page: %lld ms",
          longestStall);
    QVERIFY2(longestStall < 300,
             qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longestStall)));
}

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"

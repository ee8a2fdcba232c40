#include "RunDetailsPane.h"

#include "JobsClient.h"
#include "RunColours.h"
#include "RunOutputInfo.h"
#include "RunTasksModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace brickdesk {

RunDetailsPane::RunDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_tasks(new RunTasksModel(this))
    , m_header(new QLabel(this))
    , m_table(new QTableView(this))
    , m_outputStatus(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setOpenExternalLinks(true);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_table->setModel(m_tasks);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Tasks of the run"));
    m_outputStatus->setTextFormat(Qt::PlainText);
    m_outputStatus->setWordWrap(true);
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setAccessibleName(tr("Run output"));
    m_output->setPlaceholderText(tr("Select a task to see its output."));

    auto *outputBox = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(m_outputStatus);
    outputLayout->addWidget(m_output, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(outputBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_selecting)
            m_taskChosenByUser = true;
        showOutputOfSelectedTask();
    });
    clear();
}

void RunDetailsPane::setJobsClient(JobsClient *jobs)
{
    m_jobs = jobs;
}

void RunDetailsPane::clear(const QString &why)
{
    if (m_runCall)
        m_runCall->cancel();
    if (m_outputCall)
        m_outputCall->cancel();
    m_runId = 0;
    m_run.reset();
    m_outputTaskRunId = 0;
    m_outputFinal = false;
    m_taskChosenByUser = false;
    m_tasks->clear();
    m_output->clear();
    m_outputStatus->clear();
    m_header->setText(why.isEmpty() ? tr("Select a run to see its tasks and output.")
                                    : why.toHtmlEscaped());
}

void RunDetailsPane::showRun(qint64 runId)
{
    if (runId == m_runId && m_run)
        return;
    clear();
    if (runId <= 0)
        return;
    m_runId = runId;
    m_header->setText(tr("Loading run %1…").arg(runId));
    refresh();
}

void RunDetailsPane::refresh()
{
    if (!m_jobs || m_runId <= 0 || m_runCall)
        return;
    const qint64 runId = m_runId;
    m_runCall = m_jobs->getRun(runId, this, [this, runId](const JobsResult<RunInfo> &result) {
        m_runCall = nullptr;
        if (runId != m_runId)
            return;
        if (!result.ok()) {
            const QString message = result.error.summary();
            m_header->setText(tr("<span style='color:#c62828'>Could not load run %1: %2</span>")
                                  .arg(runId)
                                  .arg(message.toHtmlEscaped()));
            Q_EMIT failed(message);
            return;
        }
        onRun(result.value);
    });
}

void RunDetailsPane::onRun(const RunInfo &run)
{
    m_run = run;
    const bool firstLoad = m_tasks->rowCount() == 0;
    m_tasks->setRun(run);
    if (firstLoad)
        m_table->resizeColumnsToContents();
    updateHeader();
    // The failed task is what one wants to look at first, unless the user picked another one.
    int failed = -1;
    for (int row = 0; row < m_tasks->rowCount() && failed < 0; ++row) {
        if (m_tasks->itemAt(row).state.isFailure())
            failed = row;
    }
    const int current = m_table->currentIndex().row();
    if (current < 0 && m_tasks->rowCount() > 0)
        selectTask(failed >= 0 ? failed : 0);
    else if (!m_taskChosenByUser && failed >= 0 && current != failed)
        selectTask(failed);
    else
        showOutputOfSelectedTask(); // it may have finished, or been re-run by a repair, since
    Q_EMIT runLoaded(run);
}

void RunDetailsPane::selectTask(int row)
{
    m_selecting = true;
    m_table->selectRow(row);
    m_selecting = false;
}

void RunDetailsPane::updateHeader()
{
    if (!m_run)
        return;
    const RunInfo &run = *m_run;
    const QString state = run.state.text();
    const QString name = run.numberInJob > 0 && run.numberInJob != run.runId
                             ? tr("Run #%1 (id %2)").arg(run.numberInJob).arg(run.runId)
                             : tr("Run %1").arg(run.runId);
    QString text =
        QStringLiteral("<b>%1</b> — <b style='color:%2'>%3</b>")
            .arg(name.toHtmlEscaped(), colourForRun(run.state).name(), state.toHtmlEscaped());
    if (run.startTime.isValid())
        text += tr(" · started %1")
                    .arg(QLocale().toString(run.startTime.toLocalTime(), QLocale::ShortFormat));
    text += tr(" · %1").arg(formatRunDuration(run.elapsedMs(QDateTime::currentDateTimeUtc())));
    if (!run.state.message.isEmpty())
        text += QStringLiteral("<br>") + run.state.message.toHtmlEscaped();
    if (!run.runPageUrl.isEmpty())
        text += QStringLiteral(" · <a href=\"%1\">%2</a>")
                    .arg(run.runPageUrl.toHtmlEscaped(), tr("Open in Databricks"));
    m_header->setText(text);
}

void RunDetailsPane::showOutputOfSelectedTask()
{
    int row = m_table->currentIndex().row();
    if (row < 0 && m_tasks->rowCount() == 1)
        row = 0;
    if (row < 0 || row >= m_tasks->rowCount())
        return;
    const TaskRunInfo &task = m_tasks->itemAt(row);
    if (task.runId == m_outputTaskRunId && (m_outputFinal || m_outputCall))
        return;
    loadOutput(task.runId, task.taskKey);
}

void RunDetailsPane::loadOutput(qint64 taskRunId, const QString &taskKey)
{
    if (!m_jobs)
        return;
    if (m_outputCall)
        m_outputCall->cancel();
    if (taskRunId != m_outputTaskRunId)
        m_output->clear();
    m_outputTaskRunId = taskRunId;
    m_outputFinal = false;
    m_outputStatus->setText(tr("Loading the output of %1…").arg(taskKey));
    m_outputCall = m_jobs->getRunOutput(
        taskRunId, this, [this, taskRunId, taskKey](const JobsResult<RunOutputInfo> &result) {
            m_outputCall = nullptr;
            if (taskRunId != m_outputTaskRunId)
                return;
            if (!result.ok()) {
                // The API's own words: "Run output is not available for …" and the like.
                m_outputStatus->setText(
                    tr("No output for %1: %2").arg(taskKey, result.error.summary()));
                return;
            }
            showOutput(taskKey, result.value);
        });
}

void RunDetailsPane::showOutput(const QString &taskKey, const RunOutputInfo &output)
{
    const bool finished = output.metadata && !output.metadata->state.isActive();
    m_outputFinal = finished;
    QStringList sections;
    const auto section = [&sections](const QString &title, const QString &body) {
        sections.append(QStringLiteral("── %1 ──\n%2")
                            .arg(title, body.endsWith(QLatin1Char('\n')) ? body.chopped(1) : body));
    };
    if (!output.error.isEmpty())
        section(tr("Error"), output.error);
    if (output.hasNotebookOutput)
        section(output.notebookTruncated ? tr("Notebook result (truncated)")
                                         : tr("Notebook result"),
                output.notebookResult.isEmpty() ? tr("(the notebook exited without a value)")
                                                : output.notebookResult);
    if (!output.errorTrace.isEmpty())
        section(tr("Error trace"), output.errorTrace);
    if (!output.logs.isEmpty())
        section(output.logsTruncated ? tr("Logs (truncated: the first 5 MB)") : tr("Logs"),
                output.logs);
    if (!output.sqlOutputUrl.isEmpty())
        section(tr("SQL output"), output.sqlOutputUrl);
    if (!output.info.isEmpty())
        section(tr("Output"), output.info);
    const QString text = sections.join(QStringLiteral("\n\n"));
    if (m_output->toPlainText() != text)
        m_output->setPlainText(text);
    if (output.isEmpty())
        m_outputStatus->setText(
            finished
                ? tr("%1 finished without output.").arg(taskKey)
                : tr("%1 has not finished yet; its output appears when it does.").arg(taskKey));
    else
        m_outputStatus->setText(tr("Output of %1").arg(taskKey));
}

} // namespace brickdesk

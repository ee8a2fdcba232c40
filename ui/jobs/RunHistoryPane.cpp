#include "RunHistoryPane.h"

#include "JobRunsModel.h"
#include "JobsClient.h"
#include "RunDetailsPane.h"
#include "RunDurationChart.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace brickdesk {

RunHistoryPane::RunHistoryPane(QWidget *parent)
    : QWidget(parent)
    , m_runs(new JobRunsModel(this))
    , m_chart(new RunDurationChart(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_details(new RunDetailsPane(this))
    , m_poll(new QTimer(this))
{
    m_chart->setModel(m_runs);
    m_table->setModel(m_runs);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Runs"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &RunHistoryPane::poll);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_chart);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const qint64 runId = selectedRunId();
        m_details->showRun(runId);
        Q_EMIT selectedRunChanged(runId);
    });
    connect(m_chart, &RunDurationChart::runClicked, this,
            [this](int row) { m_table->selectRow(row); });
    connect(m_runs, &JobRunsModel::loaded, this, &RunHistoryPane::onRunsLoaded);
    connect(m_runs, &JobRunsModel::loadFailed, this, &RunHistoryPane::updateStatus);
    connect(m_runs, &JobRunsModel::loadingChanged, this, &RunHistoryPane::updateStatus);
    connect(m_details, &RunDetailsPane::runLoaded, this, &RunHistoryPane::updatePolling);
    clear();
}

void RunHistoryPane::setJobsClient(JobsClient *jobs)
{
    m_jobs = jobs;
    m_details->setJobsClient(jobs);
}

void RunHistoryPane::setPollIntervalMs(int ms)
{
    m_poll->setInterval(ms);
}

int RunHistoryPane::pollIntervalMs() const
{
    return m_poll->interval();
}

bool RunHistoryPane::isPolling() const
{
    return m_poll->isActive();
}

void RunHistoryPane::clear(const QString &why)
{
    m_poll->stop();
    m_jobId = 0;
    m_watchedRun = 0;
    m_activeRuns.clear();
    m_runs->clear();
    m_details->clear(why);
    updateStatus();
}

void RunHistoryPane::showJob(qint64 jobId)
{
    if (jobId == m_jobId)
        return;
    clear();
    m_jobId = jobId;
    reload();
}

void RunHistoryPane::reload()
{
    if (!m_jobs || !m_jobs->client() || m_jobId <= 0)
        return;
    m_runs->load(m_jobs->client(), m_jobId);
    updateStatus();
}

void RunHistoryPane::watchRun(qint64 runId)
{
    m_watchedRun = runId;
    m_activeRuns.insert(runId);
    if (!selectRun(runId))
        reload(); // it appears with the next page; onRunsLoaded selects it
    updatePolling();
}

qint64 RunHistoryPane::selectedRunId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(JobRunsModel::RunIdRole).toLongLong() : 0;
}

bool RunHistoryPane::selectRun(qint64 runId)
{
    const int row = m_runs->rowOfRun(runId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_runs->index(row, 0));
    return true;
}

void RunHistoryPane::onRunsLoaded()
{
    if (m_watchedRun > 0 && selectRun(m_watchedRun))
        m_watchedRun = 0;
    if (!m_table->currentIndex().isValid() && m_runs->rowCount() > 0)
        m_table->selectRow(0);
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        const RunInfo &run = m_runs->runAt(row);
        if (run.state.isActive()) {
            m_activeRuns.insert(run.runId);
        } else if (m_activeRuns.remove(run.runId)) {
            Q_EMIT runFinished(run);
            if (run.runId == m_details->runId())
                m_details->refresh(); // its final task states and output
        }
    }
    // Runs that left the list (deleted, or beyond the pages fetched) cannot be followed.
    for (auto it = m_activeRuns.begin(); it != m_activeRuns.end();) {
        if (*it != m_watchedRun && m_runs->rowOfRun(*it) < 0)
            it = m_activeRuns.erase(it);
        else
            ++it;
    }
    m_table->resizeColumnsToContents();
    updatePolling();
    updateStatus();
}

void RunHistoryPane::poll()
{
    if (!m_runs->isLoading())
        reload();
    if (m_details->run() && m_details->run()->state.isActive())
        m_details->refresh();
}

void RunHistoryPane::updatePolling()
{
    const bool detailsActive = m_details->run() && m_details->run()->state.isActive();
    const bool needed = m_jobId > 0 && (m_runs->hasActiveRuns() || detailsActive ||
                                        m_watchedRun > 0 || !m_activeRuns.isEmpty());
    if (needed && !m_poll->isActive())
        m_poll->start();
    else if (!needed)
        m_poll->stop();
}

void RunHistoryPane::updateStatus()
{
    QString text;
    if (m_jobId <= 0)
        text.clear();
    else if (m_runs->isLoading() && m_runs->rowCount() == 0)
        text = tr("Loading runs…");
    else if (!m_runs->errorText().isEmpty())
        text = tr("Could not load the runs: %1").arg(m_runs->errorText());
    else if (m_runs->hasLoaded() && m_runs->rowCount() == 0)
        text = tr("This job has not run yet.");
    else if (m_runs->hasLoaded())
        text = m_runs->rowCount() == 1 ? tr("1 recent run")
                                       : tr("%1 recent runs").arg(m_runs->rowCount());
    m_status->setText(text);
}

} // namespace brickdesk

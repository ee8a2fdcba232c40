#include "JobRunsModel.h"

#include "JobRequests.h"
#include "RunColours.h"

#include <QLocale>

namespace brickdesk {

namespace {

QString triggerText(const QString &trigger)
{
    if (trigger == QStringLiteral("PERIODIC"))
        return JobRunsModel::tr("Scheduled");
    if (trigger == QStringLiteral("ONE_TIME"))
        return JobRunsModel::tr("Manual");
    if (trigger == QStringLiteral("RETRY"))
        return JobRunsModel::tr("Retry");
    if (trigger == QStringLiteral("RUN_JOB_TASK"))
        return JobRunsModel::tr("Run job task");
    if (trigger == QStringLiteral("FILE_ARRIVAL"))
        return JobRunsModel::tr("File arrival");
    if (trigger == QStringLiteral("TABLE"))
        return JobRunsModel::tr("Table update");
    return trigger;
}

} // namespace

JobRunsModel::JobRunsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

JobRunsModel::~JobRunsModel()
{
    if (m_paginator) {
        m_paginator->disconnect(this);
        m_paginator->cancel();
    }
}

int JobRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int JobRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunInfo &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Run:
            // Jobs API 2.1 makes number_in_job the run id; an older, smaller number reads better.
            return run.numberInJob > 0 && run.numberInJob != run.runId
                       ? QStringLiteral("#%1").arg(run.numberInJob)
                       : QString::number(run.runId);
        case State:
            return run.state.lifeCycle;
        case Result:
            return run.state.result;
        case Started:
            return run.startTime.isValid()
                       ? QLocale().toString(run.startTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Duration:
            return formatRunDuration(run.elapsedMs(m_now()));
        case Trigger:
            return triggerText(run.trigger);
        }
        return {};
    case Qt::ToolTipRole:
        return run.state.message.isEmpty() ? QVariant() : QVariant(run.state.message);
    case Qt::ForegroundRole:
        if (index.column() == State || index.column() == Result)
            return colourForRun(run.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RunIdRole:
        return run.runId;
    case LifeCycleRole:
        return run.state.lifeCycle;
    case ResultRole:
        return run.state.result;
    case IsActiveRole:
        return run.state.isActive();
    case DurationMsRole:
        return run.elapsedMs(m_now());
    case StartTimeRole:
        return run.startTime;
    case ColourRole:
        return colourForRun(run.state);
    default:
        return {};
    }
}

QVariant JobRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Run:
        return tr("Run");
    case State:
        return tr("State");
    case Result:
        return tr("Result");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Trigger:
        return tr("Trigger");
    }
    return {};
}

void JobRunsModel::load(ApiClient *client, qint64 jobId)
{
    cancel();
    if (jobId != m_jobId)
        clear();
    m_jobId = jobId;
    m_seen.clear();
    m_itemsSeen = 0;
    m_errorText.clear();
    m_paginator = std::make_unique<Paginator>(client, jobRequests::listRuns(jobId, m_pageSize),
                                              QStringLiteral("runs"), Paginator::Style::PageToken);
    m_paginator->setMaxPages(m_maxPages);
    connect(m_paginator.get(), &Paginator::pageReceived, this, &JobRunsModel::mergePage);
    connect(m_paginator.get(), &Paginator::finished, this, [this] {
        removeRunsNotSeen();
        m_loadedOnce = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    });
    connect(m_paginator.get(), &Paginator::failed, this,
            [this](const ApiError &error) { failLoad(error.summary()); });
    m_paginator->start();
    Q_EMIT loadingChanged(true);
}

void JobRunsModel::cancel()
{
    if (!m_paginator)
        return;
    const bool wasLoading = m_paginator->isRunning();
    m_paginator->cancel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void JobRunsModel::clear()
{
    cancel();
    m_jobId = 0;
    m_seen.clear();
    m_errorText.clear();
    m_loadedOnce = false;
    if (m_runs.isEmpty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_runs.size()) - 1);
    m_runs.clear();
    m_rowByRun.clear();
    endRemoveRows();
}

bool JobRunsModel::hasActiveRuns() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [](const RunInfo &run) { return run.state.isActive(); });
}

void JobRunsModel::failLoad(const QString &message)
{
    // Rows already shown stay: a failed refresh must not blank the history being read.
    m_paginator->cancel();
    m_errorText = message;
    Q_EMIT loadingChanged(false);
    Q_EMIT loadFailed(m_errorText);
}

void JobRunsModel::mergePage(const QJsonArray &items)
{
    // Parse the whole page first: a malformed answer changes nothing.
    QList<RunInfo> page;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("runs[%1]").arg(m_itemsSeen + i);
        if (!items.at(i).isObject()) {
            failLoad(QStringLiteral("malformed answer: %1: expected an object, found %2")
                         .arg(path, jsonTypeName(items.at(i))));
            return;
        }
        const JsonFields fields(items.at(i).toObject(), path);
        std::optional<RunInfo> run = RunInfo::fromFields(fields);
        if (!run) {
            failLoad(QStringLiteral("malformed answer: ") + fields.error());
            return;
        }
        page.append(std::move(*run));
    }
    m_itemsSeen += static_cast<int>(items.size());

    for (RunInfo &run : page) {
        if (m_seen.contains(run.runId))
            continue; // listed twice across pages: keep the first
        m_seen.insert(run.runId);
        const int row = rowOfRun(run.runId);
        if (row >= 0) {
            if (!(m_runs[row] == run)) {
                m_runs[row] = std::move(run);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        // Newest first by run id; ids grow with time, and a fixed key means rows never move.
        const auto position = std::lower_bound(
            m_runs.cbegin(), m_runs.cend(), run.runId,
            [](const RunInfo &existing, qint64 id) { return existing.runId > id; });
        const int insertAt = static_cast<int>(position - m_runs.cbegin());
        beginInsertRows({}, insertAt, insertAt);
        m_runs.insert(insertAt, std::move(run));
        reindex();
        endInsertRows();
    }
}

void JobRunsModel::removeRunsNotSeen()
{
    for (int row = static_cast<int>(m_runs.size()) - 1; row >= 0; --row) {
        if (m_seen.contains(m_runs[row].runId))
            continue;
        int first = row;
        while (first > 0 && !m_seen.contains(m_runs[first - 1].runId))
            --first;
        beginRemoveRows({}, first, row);
        m_runs.remove(first, row - first + 1);
        reindex();
        endRemoveRows();
        row = first;
    }
}

void JobRunsModel::reindex()
{
    m_rowByRun.clear();
    for (int row = 0; row < m_runs.size(); ++row)
        m_rowByRun.insert(m_runs[row].runId, row);
}

} // namespace brickdesk

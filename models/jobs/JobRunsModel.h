#pragma once

#include "ApiClient.h"
#include "Paginator.h"
#include "RunInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>

namespace brickdesk {

// The recent runs of one job (runs/list, newest first), streamed page by page. A reload updates
// rows in place (a run going from RUNNING to TERMINATED is a dataChanged, never a reset) and new
// runs appear at the top. Only the most recent pages are fetched: run history can be endless.
// The model starts and cancels its loads explicitly; a load never outlives it.
class JobRunsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Run,
        State,
        Result,
        Started,
        Duration,
        Trigger,
        ColumnCount
    };
    enum Role
    {
        RunIdRole = Qt::UserRole + 1,
        LifeCycleRole,
        ResultRole,
        IsActiveRole,
        DurationMsRole, // qint64, -1 when unknown
        StartTimeRole,  // QDateTime (UTC)
        ColourRole,     // QColor of the outcome
    };

    explicit JobRunsModel(QObject *parent = nullptr);
    ~JobRunsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Loads the runs of `jobId`; rows of another job are dropped first, rows of the same job stay
    // while the reload runs. A load in flight is cancelled first.
    void load(ApiClient *client, qint64 jobId);
    void cancel();
    void clear();
    qint64 jobId() const { return m_jobId; }
    bool isLoading() const { return m_paginator && m_paginator->isRunning(); }
    bool hasLoaded() const { return m_loadedOnce; }
    QString errorText() const { return m_errorText; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    void setPageSize(int runs) { m_pageSize = runs; }

    bool hasActiveRuns() const;
    const RunInfo &runAt(int row) const { return m_runs.at(row); }
    int rowOfRun(qint64 runId) const { return m_rowByRun.value(runId, -1); }
    // The clock used for the duration of runs still going (tests pin it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    void mergePage(const QJsonArray &items);
    void removeRunsNotSeen();
    void failLoad(const QString &message);
    void reindex();

    std::unique_ptr<Paginator> m_paginator;
    QList<RunInfo> m_runs; // newest (highest run id) first
    QHash<qint64, int> m_rowByRun;
    QSet<qint64> m_seen;
    qint64 m_jobId = 0;
    int m_maxPages = 4;
    int m_pageSize = 24;
    int m_itemsSeen = 0;
    bool m_loadedOnce = false;
    QString m_errorText;
    std::function<QDateTime()> m_now;
};

} // namespace brickdesk

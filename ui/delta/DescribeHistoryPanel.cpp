#include "DescribeHistoryPanel.h"

#include "DeltaHistory.h"
#include "DeltaSqlText.h"
#include "DescribeHistoryComparison.h"
#include "ResultChunkCache.h"
#include "ResultTableModel.h"
#include "StatementRun.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace brickdesk {

DescribeHistoryPanel::DescribeHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setAccessibleName(tr("DESCRIBE HISTORY result"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
}

DescribeHistoryPanel::~DescribeHistoryPanel()
{
    cancel();
}

bool DescribeHistoryPanel::isRunning() const
{
    return m_run && !m_run->isFinished();
}

QString DescribeHistoryPanel::comparisonText() const
{
    return m_status->text();
}

void DescribeHistoryPanel::cancel()
{
    // Dropping a run that has not finished cancels the statement on the warehouse.
    delete m_run;
    m_run = nullptr;
}

void DescribeHistoryPanel::run(SqlClient *client, const QString &warehouseId,
                               const QString &tableUri, DeltaHistory *history)
{
    cancel();
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    delete m_cache;
    m_cache = nullptr;
    m_client = client;
    m_history = history;
    StatementSpec spec;
    spec.statement = describeHistorySql(tableUri);
    spec.warehouseId = warehouseId;
    spec.waitTimeoutSeconds = 10;
    m_run = new StatementRun(client, spec, this);
    connect(m_run, &StatementRun::finished, this, &DescribeHistoryPanel::onFinished);
    m_status->setText(tr("Running %1 on warehouse %2…").arg(spec.statement, warehouseId));
    m_run->start();
}

void DescribeHistoryPanel::onFinished()
{
    const StatementRun *run = m_run;
    if (run->callError().isError()) {
        m_status->setText(tr("DESCRIBE HISTORY could not run: %1").arg(run->callError().summary()));
    } else if (run->state() != StatementState::Succeeded) {
        m_status->setText(
            tr("DESCRIBE HISTORY failed: %1")
                .arg(!run->answer().error.message.isEmpty()
                         ? run->answer().error.message
                         : tr("the statement was %1").arg(statementStateName(run->state()))));
    } else if (!run->answer().manifest) {
        m_status->setText(tr("DESCRIBE HISTORY gave no result"));
    } else {
        m_cache = new ResultChunkCache(m_client, run->answer().statementId, *run->answer().manifest,
                                       run->answer().firstChunk, this);
        m_model = new ResultTableModel(m_cache, this);
        QItemSelectionModel *oldSelection = m_view->selectionModel();
        m_view->setModel(m_model);
        delete oldSelection;
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 320));
        compare();
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DescribeHistoryPanel::compare);
        // Rows the log loads later can be compared too.
        connect(m_history, &DeltaHistory::rowsLoaded, this, &DescribeHistoryPanel::compare,
                Qt::UniqueConnection); // once, however often the statement runs again
    }
    emit finished();
}

void DescribeHistoryPanel::compare()
{
    if (!m_model || !m_history)
        return;
    // Only rows already fetched: reading others would fetch them, evict others, and go round.
    const ResultChunkCache *cache = m_cache;
    m_status->setText(compareDescribeHistory(*m_model, *m_history, [cache](int row) {
                          return cache->isLoaded(row);
                      }).summary());
}

} // namespace brickdesk

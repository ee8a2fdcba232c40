#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace brickdesk {

class DeltaHistory;
class ResultChunkCache;
class ResultTableModel;
class SqlClient;
class StatementRun;

// DESCRIBE HISTORY of one table run on the profile's SQL warehouse through the Statement
// Execution API, its rows in a grid, and a line saying whether they agree with the log.
class DescribeHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DescribeHistoryPanel(QWidget *parent = nullptr);
    ~DescribeHistoryPanel() override;

    // Runs the statement (again); the previous run is cancelled.
    void run(SqlClient *client, const QString &warehouseId, const QString &tableUri,
             DeltaHistory *history);
    void cancel();
    bool isRunning() const;
    QString comparisonText() const;
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void compare();

    QLabel *m_status;
    QTableView *m_view;
    QPointer<SqlClient> m_client;
    QPointer<DeltaHistory> m_history;
    StatementRun *m_run = nullptr;
    ResultChunkCache *m_cache = nullptr;
    ResultTableModel *m_model = nullptr;
};

} // namespace brickdesk

#pragma once

#include "Profile.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace brickdesk {

class ApiClient;
class DeltaChangeChart;
class DeltaDetailModel;
class DeltaHistory;
class DeltaHistoryModel;
class DeltaLogSource;
class DeltaSchemaModel;
class DescribeHistoryPanel;
class SqlClient;
class StatementRun;

// The "Delta table" tab: a table's history read from its _delta_log (newest first, more as the
// user scrolls), filtered by operation and sortable; a chart of what each version changed; the
// chosen version's details, schema and its changes; Copy as SQL (time travel and RESTORE); and,
// with a SQL warehouse in the profile (warehouse_id), DESCRIBE HISTORY run there beside it.
class DeltaTablePage : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of the source. `sqlApi` may be null (no DESCRIBE HISTORY, no RESTORE).
    DeltaTablePage(DeltaLogSource *source, const Profile &profile, ApiClient *sqlApi,
                   QWidget *parent = nullptr);
    ~DeltaTablePage() override;

    QString tableLocation() const;
    DeltaHistory *history() const { return m_history; }
    DeltaHistoryModel *historyModel() const { return m_model; }
    QSortFilterProxyModel *historyProxy() const { return m_proxy; }
    QTableView *historyView() const { return m_view; }
    DeltaDetailModel *detailModel() const { return m_detail; }
    DeltaSchemaModel *schemaModel() const { return m_schema; }
    DeltaChangeChart *chart() const { return m_chart; }
    DescribeHistoryPanel *describePanel() const { return m_describe; }
    QComboBox *operationFilter() const { return m_operationFilter; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *warningLabel() const { return m_warnings; }
    QAction *copySelectAction() const { return m_copySelect; }
    QAction *copyRestoreAction() const { return m_copyRestore; }
    QAction *runRestoreAction() const { return m_runRestore; }
    QAction *describeAction() const { return m_describeToggle; }

    qint64 selectedVersion() const;
    void selectVersion(qint64 version);
    // Shows DESCRIBE HISTORY from the warehouse instead of the log (runs it the first time, and
    // again after Reload).
    void showDescribeHistory(bool on);
    // Restores the table to the selected version on the warehouse after asking (typing the
    // profile name for prod). False when the user declined, nothing is selected or a restore is
    // already running. Closing the tab cancels a restore still running on the warehouse.
    bool restoreSelectedVersion();

Q_SIGNALS:
    // For the window's status bar and tests.
    void message(const QString &text);
    void restoreFinished(bool ok, const QString &text);

private:
    void buildActions();
    void buildLayout();
    void updateStatus();
    void updateActions();
    void showDetail();
    void onStateReady(qint64 version);

    Profile m_profile;
    QPointer<ApiClient> m_sqlApi;
    SqlClient *m_sql = nullptr;
    DeltaHistory *m_history;
    DeltaHistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DeltaDetailModel *m_detail;
    DeltaSchemaModel *m_schema;

    QLabel *m_status;
    QLabel *m_warnings;
    QComboBox *m_operationFilter;
    QComboBox *m_measure;
    DeltaChangeChart *m_chart;
    QStackedWidget *m_stack;
    QTableView *m_view;
    DescribeHistoryPanel *m_describe;
    QTreeView *m_detailView;
    QTableView *m_schemaView;

    QAction *m_refresh = nullptr;
    QAction *m_loadAll = nullptr;
    QAction *m_copySelect = nullptr;
    QAction *m_copyRestore = nullptr;
    QAction *m_runRestore = nullptr;
    QAction *m_describeToggle = nullptr;
    QPointer<StatementRun> m_restoreRun;
    bool m_describeRan = false;
};

} // namespace brickdesk

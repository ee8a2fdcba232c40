#pragma once

#include "ResultExporter.h"
#include "StatementRun.h"
#include "StatementSplitter.h"
#include "WorkspacePage.h"

#include <QDateTime>
#include <QPointer>
#include <memory>

class QAction;
class QComboBox;
class QCompleter;
class QElapsedTimer;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QStringListModel;
class QTableView;
class QTimer;
class QToolButton;

namespace brickdesk {

class CodeEditor;
class QueryHistory;
class QueryHistoryModel;
class ResultChunkCache;
class ResultTableModel;
class SqlClient;
class SqlCompletionWords;
class WarehouseListModel;

// The SQL editor: pick a SQL warehouse (start it when it is stopped), write SQL with completion
// of keywords, functions and the tables and columns seen so far, run the statement under the
// cursor or the selection (Ctrl+Enter) or every statement in turn (Ctrl+Shift+Enter), cancel
// (Esc), and read the result in a grid that fetches rows as they are scrolled to. An error shows
// the warehouse's message and puts the cursor where it points. Results export to CSV, TSV or
// JSON with progress; every statement run goes into the profile's history, where it can be put
// back into the editor or run again. The chosen warehouse is remembered per profile.
class SqlEditorPage : public WorkspacePage
{
    Q_OBJECT

public:
    // `settings` keeps the chosen warehouse per profile (nullptr: the application's QSettings).
    explicit SqlEditorPage(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~SqlEditorPage() override;

    void connectTo(const ConnectedWorkspace &workspace) override;
    void disconnectFrom(const QString &whyNot) override;
    bool isSettled() const override { return m_settled; }

    // Where each profile's history file goes (default QueryHistory::defaultDirectory()); takes
    // effect at the next connectTo().
    void setHistoryDirectory(const QString &directory) { m_historyDirectory = directory; }
    // How long a submit waits on the server for the result (0, or 5..50 s; default 5).
    void setSubmitWaitSeconds(int seconds) { m_submitWaitSeconds = seconds; }
    // How often a starting (or stopping) warehouse is asked for its state (default 3 s).
    void setWarehousePollInterval(int ms);
    // At most this many rows per statement (0: all), as the row limit picker says.
    qint64 rowLimit() const;
    void setRowLimit(qint64 rows);

    // What the actions do.
    void runCurrent(); // the selection, else the statement under the cursor
    void runAll();     // every statement in order, stopping at the first failure
    // Runs `statements` (offsets in `text`, the editor's text when they were taken).
    void runStatements(const QList<SqlStatement> &statements, const QString &text);
    void cancel();
    void startWarehouse(); // the chosen one
    void refreshWarehouses();
    bool selectWarehouse(const QString &id);
    QString currentWarehouseId() const;
    // Writes the shown result to `path` (the Export actions ask for it first).
    void exportResult(ExportFormat format, const QString &path);
    void cancelExport();
    // History: put an entry's statement back into the editor / run it again.
    void restoreHistoryEntry(int row);
    void runHistoryEntry(int row);
    // Copies the selected result cells as TSV (Ctrl+C in the grid).
    void copySelection();

    bool isRunning() const { return m_run != nullptr; }
    bool isExporting() const;
    StatementRun *currentRun() const { return m_run; }
    ResultExporter *currentExport() const { return m_exporter; }
    // The last statement that finished (its answer, and where it was in the editor).
    const StatementAnswer &lastAnswer() const { return m_lastAnswer; }
    std::optional<SqlStatement> lastStatement() const { return m_lastStatement; }

    CodeEditor *editor() const { return m_editor; }
    QComboBox *warehouseCombo() const { return m_warehouseCombo; }
    QLabel *warehouseStateLabel() const { return m_warehouseState; }
    QComboBox *rowLimitCombo() const { return m_rowLimit; }
    QLabel *runStateLabel() const { return m_runState; }
    QLabel *rowCountLabel() const { return m_rowCount; }
    QLabel *errorLabel() const { return m_error; }
    QTableView *resultView() const { return m_resultView; }
    ResultTableModel *resultModel() const { return m_resultModel; }
    ResultChunkCache *resultCache() const { return m_cache; }
    WarehouseListModel *warehouseModel() const { return m_warehouses; }
    QueryHistory *history() const { return m_history.get(); }
    QueryHistoryModel *historyModel() const { return m_historyModel; }
    QListView *historyView() const { return m_historyView; }
    QLineEdit *historySearch() const { return m_historySearch; }
    QWidget *historyPanel() const { return m_historyPanel; }
    QWidget *exportBar() const { return m_exportBar; }
    QProgressBar *exportProgress() const { return m_exportProgress; }
    QLabel *exportLabel() const { return m_exportLabel; }
    QPushButton *exportCancelButton() const { return m_exportCancel; }
    SqlCompletionWords *completionWords() const { return m_words; }
    QCompleter *completer() const { return m_completer; }

    QAction *runAction() const { return m_runAction; }
    QAction *runAllAction() const { return m_runAllAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *startWarehouseAction() const { return m_startAction; }
    QAction *refreshWarehousesAction() const { return m_refreshAction; }
    QAction *exportAction(ExportFormat format) const;
    QAction *historyToggleAction() const { return m_historyToggle; }
    QAction *runAgainAction() const { return m_runAgainAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    QAction *copyAction() const { return m_copyAction; }

    static constexpr int kDefaultWarehousePollMs = 3000;
    // How many result chunks the grid keeps in memory for `manifest`: the cache's default 8, more
    // when chunks are so small that a screenful spans many (up to kMaxChunksKept).
    static int chunksToKeep(const ResultManifest &manifest, int visibleRows);
    static constexpr int kDefaultChunksKept = 8;
    static constexpr int kMaxChunksKept = 64;
    static constexpr int kRowsOnAScreen = 120;

Q_SIGNALS:
    // A statement finished (each one of a Run all).
    void statementFinished(brickdesk::StatementState state);
    // Everything asked for has run (or stopped at a failure or a cancel).
    void runFinished();
    void exportFinished(brickdesk::ResultExporter::State state, const QString &path);

private:
    void buildActions();
    void buildLayout();
    QWidget *buildHistoryPanel();
    void clearConnection();
    void loadSavedWarehouse();
    void onWarehouseChosen();
    void updateWarehouseUi();
    void pollWarehouse();
    void runNext();
    void onRunStateChanged();
    void onRunFinished();
    void tick();
    void showResult(const StatementAnswer &answer);
    void clearResult();
    void showError(const QString &message, const StatementError &error);
    void moveCursorTo(int offset);
    void updateActions();
    void setRunStatus(const QString &text, const QString &colour);
    void addToHistory(const StatementRun &run, const QString &status, const QString &error);
    void askExport(ExportFormat format);
    void onExportFinished(ResultExporter::State state);
    QString warehouseName(const QString &id) const;
    QString settingsKey() const;
    void replaceEditorText(const QString &text);

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    QString m_historyDirectory;
    int m_submitWaitSeconds = 5;
    ConnectedWorkspace m_workspace;
    SqlClient *m_client = nullptr;
    bool m_settled = false;
    bool m_restoringWarehouse = false;

    WarehouseListModel *m_warehouses;
    SqlCompletionWords *m_words;
    QStringListModel *m_wordModel;
    QCompleter *m_completer;
    std::unique_ptr<QueryHistory> m_history;
    QueryHistoryModel *m_historyModel;

    // The run under way: what is left of a Run all, and the editor text its offsets are in.
    QPointer<StatementRun> m_run;
    QList<SqlStatement> m_queue;
    int m_queueTotal = 0;
    int m_queueDone = 0;
    QString m_runText;
    std::optional<SqlStatement> m_runningStatement;
    QDateTime m_runStartedAt;
    StatementAnswer m_lastAnswer;
    std::optional<SqlStatement> m_lastStatement;
    bool m_startedForRun = false; // the page asked the warehouse to start for this run

    ResultChunkCache *m_cache = nullptr;
    ResultTableModel *m_resultModel = nullptr;
    QPointer<ResultExporter> m_exporter;

    QTimer *m_tickTimer;
    QTimer *m_warehouseTimer;
    QPointer<ApiCall> m_pollCall; // the last warehouse poll, while it is under way

    CodeEditor *m_editor;
    QComboBox *m_warehouseCombo;
    QLabel *m_warehouseState;
    QComboBox *m_rowLimit;
    QToolButton *m_exportButton;
    QLabel *m_runState;
    QLabel *m_rowCount;
    QLabel *m_error;
    QTableView *m_resultView;
    QWidget *m_historyPanel = nullptr;
    QLineEdit *m_historySearch = nullptr;
    QListView *m_historyView = nullptr;
    QWidget *m_exportBar;
    QProgressBar *m_exportProgress;
    QLabel *m_exportLabel;
    QPushButton *m_exportCancel;
    QSplitter *m_mainSplitter = nullptr;

    QAction *m_runAction = nullptr;
    QAction *m_runAllAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportTsv = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_historyToggle = nullptr;
    QAction *m_runAgainAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_copyAction = nullptr;
};

} // namespace brickdesk

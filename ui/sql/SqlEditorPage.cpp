#include "SqlEditorPage.h"

#include "ConfirmByNameDialog.h"
#include "PageAction.h"
#include "QueryHistory.h"
#include "QueryHistoryModel.h"
#include "ResultChunkCache.h"
#include "ResultTableModel.h"
#include "SqlClient.h"
#include "SqlCompletionWords.h"
#include "SqlEditorWidget.h"
#include "WarehouseListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <climits>

namespace brickdesk {

namespace {

const QString kGreen = QStringLiteral("#2e7d32");
const QString kOrange = QStringLiteral("#ef6c00");
const QString kRed = QStringLiteral("#c62828");
const QString kGrey = QStringLiteral("#616161");

constexpr int kMaxCopyRows = 100000;
constexpr int kMaxColumnWidth = 360;

QString stateId(StatementState state)
{
    switch (state) {
    case StatementState::Pending:
        return QStringLiteral("PENDING");
    case StatementState::Running:
        return QStringLiteral("RUNNING");
    case StatementState::Succeeded:
        return QStringLiteral("SUCCEEDED");
    case StatementState::Failed:
        return QStringLiteral("FAILED");
    case StatementState::Canceled:
        return QStringLiteral("CANCELED");
    case StatementState::Closed:
        return QStringLiteral("CLOSED");
    case StatementState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

// The server's message, with its error class in front when the message does not say it.
QString errorText(const StatementError &error)
{
    // "[PARSE_SYNTAX_ERROR] …" names its error class already; a generic code adds nothing.
    if (error.errorCode.isEmpty() || error.message.contains(error.errorCode) ||
        error.message.startsWith(QLatin1Char('[')))
        return error.message;
    if (error.message.isEmpty())
        return error.errorCode;
    return QStringLiteral("[%1] %2").arg(error.errorCode, error.message);
}

} // namespace

SqlEditorPage::SqlEditorPage(QSettings *settings, QWidget *parent)
    : WorkspacePage(parent)
    , m_settings(settings)
    , m_historyDirectory(QueryHistory::defaultDirectory())
    , m_warehouses(new WarehouseListModel(this))
    , m_words(new SqlCompletionWords(this))
    , m_wordModel(new QStringListModel(this))
    , m_completer(new QCompleter(this))
    , m_historyModel(new QueryHistoryModel(this))
    , m_tickTimer(new QTimer(this))
    , m_warehouseTimer(new QTimer(this))
    , m_editor(createSqlEditor(this))
    , m_warehouseCombo(new QComboBox(this))
    , m_warehouseState(new QLabel(this))
    , m_rowLimit(new QComboBox(this))
    , m_exportButton(new QToolButton(this))
    , m_runState(new QLabel(this))
    , m_rowCount(new QLabel(this))
    , m_error(new QLabel(this))
    , m_resultView(new QTableView(this))
    , m_exportBar(new QWidget(this))
    , m_exportProgress(new QProgressBar(this))
    , m_exportLabel(new QLabel(this))
    , m_exportCancel(new QPushButton(tr("Cancel export"), this))
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    m_wordModel->setStringList(m_words->words());
    connect(m_words, &SqlCompletionWords::wordsChanged, this,
            [this] { m_wordModel->setStringList(m_words->words()); });
    m_completer->setModel(m_wordModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setSqlEditorCompleter(m_editor, m_completer);

    m_tickTimer->setInterval(100);
    connect(m_tickTimer, &QTimer::timeout, this, &SqlEditorPage::tick);
    m_warehouseTimer->setInterval(kDefaultWarehousePollMs);
    connect(m_warehouseTimer, &QTimer::timeout, this, [this] {
        if (!m_pollCall) // a slow answer is not asked for twice
            pollWarehouse();
    });
    connect(m_warehouses, &QAbstractItemModel::dataChanged, this,
            &SqlEditorPage::updateWarehouseUi);

    buildActions();
    buildLayout();
    updateWarehouseUi();
    updateActions();
    setRunStatus(tr("Not connected."), kGrey);
}

SqlEditorPage::~SqlEditorPage()
{
    clearConnection();
}

qint64 SqlEditorPage::rowLimit() const
{
    return m_rowLimit->currentData().toLongLong();
}

void SqlEditorPage::setRowLimit(qint64 rows)
{
    const int index = m_rowLimit->findData(int(rows));
    if (index >= 0) {
        m_rowLimit->setCurrentIndex(index);
        return;
    }
    m_rowLimit->addItem(tr("Limit %1").arg(QLocale().toString(rows)), int(rows));
    m_rowLimit->setCurrentIndex(m_rowLimit->count() - 1);
}

void SqlEditorPage::setWarehousePollInterval(int ms)
{
    m_warehouseTimer->setInterval(std::max(10, ms));
}

QAction *SqlEditorPage::exportAction(ExportFormat format) const
{
    switch (format) {
    case ExportFormat::Csv:
        return m_exportCsv;
    case ExportFormat::Tsv:
        return m_exportTsv;
    case ExportFormat::Json:
        return m_exportJson;
    }
    return nullptr;
}

void SqlEditorPage::buildActions()
{
    m_runAction = makePageAction(this, tr("Run"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                 tr("Run the selection, or the statement under the cursor"),
                                 "media-playback-start");
    m_runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_runAction, &QAction::triggered, this, &SqlEditorPage::runCurrent);
    m_runAllAction = makePageAction(
        this, tr("Run all"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
        tr("Run every statement in turn, stopping at the first that fails"), "media-seek-forward");
    m_runAllAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    connect(m_runAllAction, &QAction::triggered, this, &SqlEditorPage::runAll);
    m_cancelAction = makePageAction(this, tr("Cancel"), QKeySequence(Qt::Key_Escape),
                                    tr("Cancel the running statement"), "process-stop");
    connect(m_cancelAction, &QAction::triggered, this, &SqlEditorPage::cancel);
    m_startAction =
        makePageAction(this, tr("Start"), {}, tr("Start the chosen SQL warehouse"), "system-run");
    connect(m_startAction, &QAction::triggered, this, &SqlEditorPage::startWarehouse);
    m_refreshAction = makePageAction(this, tr("Refresh"), QKeySequence(Qt::Key_F5),
                                     tr("List the SQL warehouses again"), "view-refresh");
    connect(m_refreshAction, &QAction::triggered, this, &SqlEditorPage::refreshWarehouses);
    m_exportCsv = makePageAction(this, tr("Export CSV…"), {},
                                 tr("Write the whole result to a CSV file"), "document-save");
    connect(m_exportCsv, &QAction::triggered, this, [this] { askExport(ExportFormat::Csv); });
    m_exportTsv =
        makePageAction(this, tr("Export TSV…"), {},
                       tr("Write the whole result to a tab-separated file"), "document-save");
    connect(m_exportTsv, &QAction::triggered, this, [this] { askExport(ExportFormat::Tsv); });
    m_exportJson = makePageAction(this, tr("Export JSON…"), {},
                                  tr("Write the whole result to a JSON file (an array of rows)"),
                                  "document-save");
    connect(m_exportJson, &QAction::triggered, this, [this] { askExport(ExportFormat::Json); });
    m_historyToggle =
        makePageAction(this, tr("History"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                       tr("Show or hide the statements run before"), "document-open-recent");
    m_historyToggle->setCheckable(true);
    m_historyToggle->setChecked(true);
    m_restoreAction = makePageAction(this, tr("Put back"), {},
                                     tr("Put the statement back into the editor"), "edit-undo");
    connect(m_restoreAction, &QAction::triggered, this, [this] {
        if (m_historyView)
            restoreHistoryEntry(m_historyView->currentIndex().row());
    });
    m_runAgainAction =
        makePageAction(this, tr("Run again"), {},
                       tr("Put the statement back into the editor and run it"), "view-refresh");
    connect(m_runAgainAction, &QAction::triggered, this, [this] {
        if (m_historyView)
            runHistoryEntry(m_historyView->currentIndex().row());
    });
    // Copy belongs to the grid alone: in the editor Ctrl+C copies text.
    m_copyAction = new QAction(tr("Copy"), m_resultView);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setToolTip(tr("Copy the selected cells as tab-separated text"));
    m_resultView->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, &SqlEditorPage::copySelection);
}

void SqlEditorPage::buildLayout()
{
    m_warehouseCombo->setModel(m_warehouses);
    m_warehouseCombo->setMinimumContentsLength(28);
    m_warehouseCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_warehouseCombo->setAccessibleName(tr("SQL warehouse"));
    m_warehouseCombo->setToolTip(tr("The SQL warehouse statements run on"));
    connect(m_warehouseCombo, &QComboBox::currentIndexChanged, this,
            &SqlEditorPage::onWarehouseChosen);
    m_warehouseState->setTextFormat(Qt::RichText);
    // Wide enough for every state, so that the toolbar never squeezes it.
    int widest = 0;
    for (const WarehouseState state :
         {WarehouseState::Starting, WarehouseState::Running, WarehouseState::Stopping,
          WarehouseState::Stopped, WarehouseState::Deleting, WarehouseState::Unknown})
        widest = std::max(widest, fontMetrics().horizontalAdvance(warehouseStateName(state)));
    m_warehouseState->setMinimumWidth(widest +
                                      fontMetrics().horizontalAdvance(QStringLiteral("● ")) + 12);

    m_rowLimit->setAccessibleName(tr("Row limit"));
    m_rowLimit->setToolTip(tr("At most this many rows come back; the rest are cut off (the "
                              "result says it was truncated)"));
    m_rowLimit->addItem(tr("All rows"), 0);
    for (const int limit : {1000, 10000, 100000, 1000000})
        m_rowLimit->addItem(tr("Limit %1").arg(QLocale().toString(limit)), limit);
    const int savedLimit = m_settings->value(QStringLiteral("sql/rowLimit"), 0).toInt();
    m_rowLimit->setCurrentIndex(std::max(0, m_rowLimit->findData(savedLimit)));
    connect(m_rowLimit, &QComboBox::activated, this, [this] {
        m_settings->setValue(QStringLiteral("sql/rowLimit"), m_rowLimit->currentData().toInt());
    });

    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportCsv);
    exportMenu->addAction(m_exportTsv);
    exportMenu->addAction(m_exportJson);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setToolTip(tr("Write the whole result to a file"));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    auto *warehouseLabel = new QLabel(tr("&Warehouse:"), this);
    warehouseLabel->setBuddy(m_warehouseCombo);
    toolbar->addWidget(warehouseLabel);
    toolbar->addWidget(m_warehouseCombo);
    toolbar->addWidget(m_warehouseState);
    toolbar->addAction(m_startAction);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_runAction);
    toolbar->addAction(m_runAllAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addWidget(m_rowLimit);
    toolbar->addSeparator();
    toolbar->addWidget(m_exportButton);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(m_historyToggle);

    m_editor->setAccessibleName(tr("SQL editor"));
    m_editor->setPlaceholderText(
        tr("Write SQL here. Ctrl+Enter runs the statement under the cursor (or the selection), "
           "Ctrl+Shift+Enter runs them all, Esc cancels."));

    m_runState->setTextFormat(Qt::RichText);
    m_rowCount->setTextFormat(Qt::PlainText);
    m_rowCount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText);
    // Fixed width: the server's "== SQL ==" excerpt marks the error with ^^^ under it.
    m_error->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; background: #ffebee; "
                                          "border: 1px solid #ef9a9a; border-radius: 3px; "
                                          "padding: 6px; }"));
    m_error->hide();

    m_resultView->setAccessibleName(tr("Result"));
    m_resultView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resultView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_resultView->setAlternatingRowColors(true);
    m_resultView->setWordWrap(false);
    m_resultView->setTextElideMode(Qt::ElideRight);
    m_resultView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_resultView->addAction(m_exportCsv);
    m_resultView->addAction(m_exportTsv);
    m_resultView->addAction(m_exportJson);
    // A million rows: fixed row heights, no per-row measuring.
    QHeaderView *rows = m_resultView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView *columns = m_resultView->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setHighlightSections(false);
    columns->setResizeContentsPrecision(200);
    connect(m_resultView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                if (m_resultModel && index.data(ResultTableModel::IsErrorRole).toBool())
                    m_resultModel->retry(index.row());
            });

    m_exportProgress->setRange(0, 1000);
    m_exportProgress->setTextVisible(false);
    m_exportProgress->setMaximumWidth(260);
    m_exportLabel->setTextFormat(Qt::PlainText);
    m_exportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_exportCancel, &QPushButton::clicked, this, &SqlEditorPage::cancelExport);
    auto *exportRow = new QHBoxLayout(m_exportBar);
    exportRow->setContentsMargins(0, 0, 0, 0);
    exportRow->addWidget(m_exportLabel, 1);
    exportRow->addWidget(m_exportProgress);
    exportRow->addWidget(m_exportCancel);
    m_exportBar->hide();

    auto *results = new QWidget(this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_runState, 1);
    statusRow->addWidget(m_rowCount);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 4, 0, 0);
    resultsLayout->addLayout(statusRow);
    resultsLayout->addWidget(m_error);
    resultsLayout->addWidget(m_resultView, 1);
    resultsLayout->addWidget(m_exportBar);

    auto *work = new QSplitter(Qt::Vertical, this);
    work->addWidget(m_editor);
    work->addWidget(results);
    work->setStretchFactor(0, 2);
    work->setStretchFactor(1, 3);
    work->setSizes({260, 420});
    work->setChildrenCollapsible(false);

    m_historyPanel = buildHistoryPanel();
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(work);
    m_mainSplitter->addWidget(m_historyPanel);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({900, 320});
    connect(m_historyToggle, &QAction::toggled, m_historyPanel, &QWidget::setVisible);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_mainSplitter, 1);
}

QWidget *SqlEditorPage::buildHistoryPanel()
{
    auto *panel = new QWidget(this);
    auto *title = new QLabel(tr("<b>History</b>"), panel);
    m_historySearch = new QLineEdit(panel);
    m_historySearch->setPlaceholderText(tr("Search statements, warehouses, errors…"));
    m_historySearch->setClearButtonEnabled(true);
    m_historySearch->setAccessibleName(tr("Search the history"));
    connect(m_historySearch, &QLineEdit::textChanged, m_historyModel,
            &QueryHistoryModel::setFilterText);
    m_historyView = new QListView(panel);
    m_historyView->setModel(m_historyModel);
    m_historyView->setAccessibleName(tr("Statements run before"));
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setUniformItemSizes(true);
    m_historyView->setTextElideMode(Qt::ElideRight);
    m_historyView->setWordWrap(false);
    m_historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long lines are elided
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_historyView->addAction(m_restoreAction);
    m_historyView->addAction(m_runAgainAction);
    connect(m_historyView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { restoreHistoryEntry(index.row()); });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SqlEditorPage::updateActions);
    connect(m_historyModel, &QAbstractItemModel::modelReset, this, &SqlEditorPage::updateActions);

    auto *restore = new QToolButton(panel);
    restore->setDefaultAction(m_restoreAction);
    restore->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *runAgain = new QToolButton(panel);
    runAgain->setDefaultAction(m_runAgainAction);
    runAgain->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(restore);
    buttons->addWidget(runAgain);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_historySearch);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(buttons);
    return panel;
}

// --- connection --------------------------------------------------------------------------

void SqlEditorPage::connectTo(const ConnectedWorkspace &workspace)
{
    clearConnection();
    m_workspace = workspace;
    m_client = new SqlClient(workspace.client, this);
    m_history = std::make_unique<QueryHistory>(workspace.profile.name, m_historyDirectory);
    m_historyModel->setHistory(m_history.get());
    m_settled = false;
    m_restoringWarehouse = true; // the first list picks the saved warehouse, not the first row
    setRunStatus(tr("Listing SQL warehouses…"), kGrey);
    refreshWarehouses();
    updateActions();
}

void SqlEditorPage::disconnectFrom(const QString &whyNot)
{
    clearConnection();
    setRunStatus(whyNot.isEmpty() ? tr("Not connected.") : whyNot.toHtmlEscaped(), kGrey);
}

void SqlEditorPage::clearConnection()
{
    m_queue.clear();
    if (m_run) {
        m_run->disconnect(this);
        delete m_run;
    }
    m_tickTimer->stop();
    m_warehouseTimer->stop();
    if (m_exporter) {
        m_exporter->disconnect(this);
        m_exporter->cancel();
        delete m_exporter;
        m_exportBar->hide();
    }
    clearResult();
    m_error->hide();
    m_lastAnswer = {};
    m_lastStatement.reset();
    m_runningStatement.reset();
    m_historyModel->setHistory(nullptr);
    if (m_history)
        m_history->flush();
    m_history.reset();
    m_words->forgetLearned();
    m_restoringWarehouse = true;
    m_warehouses->clear();
    m_restoringWarehouse = false;
    delete m_client; // stops its calls: no handler runs for them
    m_client = nullptr;
    m_workspace = {};
    m_settled = false;
    updateWarehouseUi();
    updateActions();
}

QString SqlEditorPage::settingsKey() const
{
    // Profile names may hold '/' or '.', which QSettings would read as groups. Only the id of
    // the chosen warehouse is kept: never a token.
    return QStringLiteral("sql/") +
           QString::fromLatin1(QUrl::toPercentEncoding(m_workspace.profile.name)) +
           QStringLiteral("/warehouse");
}

void SqlEditorPage::refreshWarehouses()
{
    if (!m_client)
        return;
    m_client->listWarehouses(m_client, [this](const CallResult<QList<SqlWarehouse>> &result) {
        const bool first = !m_settled;
        if (!result.ok()) {
            setRunStatus(tr("Cannot list the SQL warehouses: %1")
                             .arg(result.error.summary().toHtmlEscaped()),
                         kRed);
        } else {
            QList<SqlWarehouse> usable;
            for (const SqlWarehouse &warehouse : result.value) {
                if (warehouse.isUsable())
                    usable.append(warehouse);
            }
            m_warehouses->setWarehouses(usable);
            if (first) {
                loadSavedWarehouse();
                setRunStatus(usable.isEmpty() ? tr("This workspace has no SQL warehouse.")
                                              : tr("Ready."),
                             kGrey);
            }
        }
        m_restoringWarehouse = false;
        updateWarehouseUi();
        updateActions();
        if (first) {
            m_settled = true;
            Q_EMIT settledChanged();
        }
    });
}

void SqlEditorPage::loadSavedWarehouse()
{
    const QString saved = m_settings->value(settingsKey()).toString();
    int row = m_warehouses->rowOfId(saved);
    for (int r = 0; row < 0 && r < m_warehouses->rowCount(); ++r) {
        if (m_warehouses->warehouses().at(r).isRunning())
            row = r;
    }
    if (row < 0 && m_warehouses->rowCount() > 0)
        row = 0;
    m_warehouseCombo->setCurrentIndex(row);
}

bool SqlEditorPage::selectWarehouse(const QString &id)
{
    const int row = m_warehouses->rowOfId(id);
    if (row < 0)
        return false;
    m_warehouseCombo->setCurrentIndex(row);
    return true;
}

QString SqlEditorPage::currentWarehouseId() const
{
    return m_warehouseCombo->currentData(WarehouseListModel::IdRole).toString();
}

QString SqlEditorPage::warehouseName(const QString &id) const
{
    const SqlWarehouse *warehouse = m_warehouses->warehouse(id);
    return warehouse ? warehouse->name : QString();
}

void SqlEditorPage::onWarehouseChosen()
{
    if (!m_restoringWarehouse && m_client && !currentWarehouseId().isEmpty())
        m_settings->setValue(settingsKey(), currentWarehouseId());
    updateWarehouseUi();
    updateActions();
}

void SqlEditorPage::updateWarehouseUi()
{
    const SqlWarehouse *warehouse = m_warehouses->warehouse(currentWarehouseId());
    if (!warehouse) {
        m_warehouseState->clear();
        m_warehouseTimer->stop();
        updateActions();
        return;
    }
    const QString colour = WarehouseListModel::stateColour(warehouse->state).name();
    m_warehouseState->setText(
        QStringLiteral("<span style='color:%1'>●</span> %2")
            .arg(colour, warehouseStateName(warehouse->state).toHtmlEscaped()));
    m_warehouseState->setToolTip(
        m_warehouses->index(m_warehouseCombo->currentIndex()).data(Qt::ToolTipRole).toString());
    const bool changing = warehouse->state == WarehouseState::Starting ||
                          warehouse->state == WarehouseState::Stopping;
    // A run waiting on a warehouse that is not up yet follows it too.
    const bool waiting = m_run && !warehouse->isRunning();
    if ((changing || waiting) && m_client) {
        if (!m_warehouseTimer->isActive())
            m_warehouseTimer->start();
    } else {
        m_warehouseTimer->stop();
    }
    updateActions();
}

void SqlEditorPage::pollWarehouse()
{
    const QString id = currentWarehouseId();
    if (!m_client || id.isEmpty()) {
        m_warehouseTimer->stop();
        return;
    }
    m_pollCall = m_client->warehouse(id, m_client, [this](const CallResult<SqlWarehouse> &result) {
        if (!result.ok())
            return; // the next tick asks again
        m_warehouses->updateWarehouse(result.value);
        updateWarehouseUi();
        tick();
    });
}

void SqlEditorPage::startWarehouse()
{
    const QString id = currentWarehouseId();
    const SqlWarehouse *warehouse = m_warehouses->warehouse(id);
    if (!m_client || !warehouse)
        return;
    // Said at once; the polls that follow say how it goes.
    SqlWarehouse starting = *warehouse;
    starting.state = WarehouseState::Starting;
    starting.stateId = QStringLiteral("STARTING");
    m_client->startWarehouse(id, m_client, [this, id](const CallResult<Done> &result) {
        if (!result.ok()) {
            setRunStatus(
                tr("Cannot start %1: %2")
                    .arg(warehouseName(id).toHtmlEscaped(), result.error.summary().toHtmlEscaped()),
                kRed);
            pollWarehouse(); // show its real state again
            return;
        }
        pollWarehouse();
    });
    m_warehouses->updateWarehouse(starting);
    updateWarehouseUi();
}

// --- running -------------------------------------------------------------------------------

void SqlEditorPage::runCurrent()
{
    const QString text = sqlEditorText(m_editor);
    const QTextCursor cursor = m_editor->textCursor();
    QList<SqlStatement> statements;
    if (cursor.hasSelection()) {
        statements = statementSplitter::split(text, cursor.selectionStart(), cursor.selectionEnd());
    } else if (const auto statement = statementSplitter::statementAt(text, cursor.position())) {
        statements.append(*statement);
    }
    runStatements(statements, text);
}

void SqlEditorPage::runAll()
{
    const QString text = sqlEditorText(m_editor);
    runStatements(statementSplitter::split(text), text);
}

void SqlEditorPage::runStatements(const QList<SqlStatement> &statements, const QString &text)
{
    if (m_run)
        return;
    if (!m_client) {
        setRunStatus(tr("Not connected to a workspace."), kRed);
        return;
    }
    if (statements.isEmpty()) {
        setRunStatus(tr("There is no statement to run here."), kGrey);
        return;
    }
    const SqlWarehouse *warehouse = m_warehouses->warehouse(currentWarehouseId());
    if (!warehouse) {
        setRunStatus(tr("Choose a SQL warehouse first."), kRed);
        return;
    }
    // On a production profile, anything that may change data runs only after the user typed
    // the profile's name.
    if (m_workspace.profile.isProd()) {
        QStringList changing;
        for (const SqlStatement &statement : statements) {
            if (!statementSplitter::isReadOnly(statement.text))
                changing.append(statementSplitter::keywords(statement.text).value(0));
        }
        if (!changing.isEmpty()) {
            const QString action =
                changing.size() == 1
                    ? tr("Run %1").arg(changing.first().isEmpty() ? tr("the statement")
                                                                  : changing.first())
                    : tr("Run %1 statements that may change data").arg(changing.size());
            if (!ConfirmByNameDialog::confirm(this, action, m_workspace.profile.name, true)) {
                setRunStatus(tr("Not run: not confirmed.").toHtmlEscaped(), kGrey);
                return;
            }
        }
    }
    m_queue = statements;
    m_queueTotal = int(statements.size());
    m_queueDone = 0;
    m_runText = text;
    m_error->hide();
    // A statement sent to a stopped warehouse starts it (as the workspace does); the page asks
    // too, and follows the warehouse until it runs.
    if (warehouse->state == WarehouseState::Stopped)
        startWarehouse();
    runNext();
}

void SqlEditorPage::runNext()
{
    if (m_queue.isEmpty() || !m_client)
        return;
    const SqlStatement statement = m_queue.takeFirst();
    m_runningStatement = statement;
    StatementSpec spec;
    spec.statement = statement.text;
    spec.warehouseId = currentWarehouseId();
    spec.waitTimeoutSeconds = m_submitWaitSeconds;
    spec.rowLimit = rowLimit();
    m_run = new StatementRun(m_client, spec, this);
    connect(m_run, &StatementRun::stateChanged, this, &SqlEditorPage::onRunStateChanged);
    connect(m_run, &StatementRun::finished, this, &SqlEditorPage::onRunFinished);
    m_runStartedAt = QDateTime::currentDateTimeUtc();
    m_run->start();
    m_tickTimer->start();
    tick();
    updateWarehouseUi();
    updateActions();
}

void SqlEditorPage::cancel()
{
    if (!m_run)
        return;
    m_queue.clear();
    m_run->cancel();
    tick();
}

void SqlEditorPage::onRunStateChanged()
{
    tick();
}

void SqlEditorPage::tick()
{
    if (!m_run)
        return;
    const QString elapsed = QueryHistoryModel::durationText(m_run->elapsedMs());
    const SqlWarehouse *warehouse = m_warehouses->warehouse(m_run->spec().warehouseId);
    QString what;
    if (m_run->cancelRequested())
        what = tr("Canceling…");
    else if (warehouse && !warehouse->isRunning())
        what = tr("Waiting for the warehouse to start…");
    else if (m_run->state() == StatementState::Running)
        what = tr("Running…");
    else
        what = tr("Submitted, waiting…");
    if (m_queueTotal > 1)
        what = tr("Statement %1 of %2: %3").arg(m_queueDone + 1).arg(m_queueTotal).arg(what);
    setRunStatus(what.toHtmlEscaped() + QStringLiteral(" <b>") + elapsed + QStringLiteral("</b>"),
                 kOrange);
}

void SqlEditorPage::onRunFinished()
{
    StatementRun *run = m_run;
    if (!run)
        return;
    m_run = nullptr;
    run->deleteLater();
    m_tickTimer->stop();
    ++m_queueDone;
    const StatementState state = run->state();
    StatementAnswer answer = run->answer();
    const QString duration = QueryHistoryModel::durationText(run->elapsedMs());
    QString problem;
    if (run->callError().isError())
        problem = run->callError().summary();
    else if (state == StatementState::Failed)
        problem = errorText(answer.error);
    addToHistory(*run, stateId(state), problem);

    m_lastStatement = m_runningStatement;
    const QString prefix = m_queueTotal > 1
                               ? tr("Statement %1 of %2: ").arg(m_queueDone).arg(m_queueTotal)
                               : QString();
    switch (state) {
    case StatementState::Succeeded:
        showResult(answer);
        setRunStatus(QString(prefix + tr("Succeeded in %1").arg(duration)).toHtmlEscaped(), kGreen);
        break;
    case StatementState::Failed:
        clearResult();
        showError(problem.isEmpty() ? tr("The statement failed.") : problem,
                  run->callError().isError() ? StatementError() : answer.error);
        setRunStatus(QString(prefix + tr("Failed after %1").arg(duration)).toHtmlEscaped(), kRed);
        m_queue.clear();
        break;
    case StatementState::Canceled:
        clearResult();
        setRunStatus(QString(prefix + tr("Canceled after %1").arg(duration)).toHtmlEscaped(),
                     kGrey);
        m_queue.clear();
        break;
    default:
        clearResult();
        setRunStatus(QString(prefix + tr("%1 after %2").arg(statementStateName(state), duration))
                         .toHtmlEscaped(),
                     kGrey);
        m_queue.clear();
        break;
    }
    answer.firstChunk.reset(); // its rows live in the result cache
    m_lastAnswer = answer;
    Q_EMIT statementFinished(state);
    if (!m_queue.isEmpty()) {
        runNext();
        return;
    }
    m_runningStatement.reset();
    updateWarehouseUi();
    updateActions();
    Q_EMIT runFinished();
}

void SqlEditorPage::addToHistory(const StatementRun &run, const QString &status,
                                 const QString &error)
{
    if (!m_history)
        return;
    QueryHistoryEntry entry;
    entry.text = run.spec().statement;
    entry.warehouseId = run.spec().warehouseId;
    entry.warehouseName = warehouseName(entry.warehouseId);
    entry.startedAt = m_runStartedAt;
    entry.durationMs = run.elapsedMs();
    entry.rows = run.state() == StatementState::Succeeded && run.answer().manifest
                     ? run.answer().manifest->totalRowCount
                     : -1;
    entry.status = status;
    entry.errorMessage = error;
    m_history->add(entry);
}

void SqlEditorPage::setRunStatus(const QString &html, const QString &colour)
{
    m_runState->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(colour, html));
}

// --- results -------------------------------------------------------------------------------

void SqlEditorPage::clearResult()
{
    // setModel() leaves the old selection model to the view: one per statement would pile up.
    QItemSelectionModel *oldSelection = m_resultView->selectionModel();
    m_resultView->setModel(nullptr);
    delete oldSelection;
    delete m_resultModel;
    m_resultModel = nullptr;
    delete m_cache;
    m_cache = nullptr;
    m_rowCount->clear();
    updateActions();
}

void SqlEditorPage::showResult(const StatementAnswer &answer)
{
    clearResult();
    m_error->hide();
    if (!answer.manifest) {
        m_rowCount->setText(tr("No result"));
        return;
    }
    const ResultManifest &manifest = *answer.manifest;
    m_words->learnResult(manifest, answer.firstChunk ? &*answer.firstChunk : nullptr);
    m_cache = new ResultChunkCache(m_client, answer.statementId, manifest, answer.firstChunk, this,
                                   chunksToKeep(manifest, kRowsOnAScreen));
    m_resultModel = new ResultTableModel(m_cache, this);
    QItemSelectionModel *oldSelection = m_resultView->selectionModel();
    m_resultView->setModel(m_resultModel);
    delete oldSelection;
    m_resultView->resizeColumnsToContents();
    for (int column = 0; column < m_resultModel->columnCount(); ++column) {
        if (m_resultView->columnWidth(column) > kMaxColumnWidth)
            m_resultView->setColumnWidth(column, kMaxColumnWidth);
    }
    QString rows = tr("%1 rows").arg(QLocale().toString(manifest.totalRowCount));
    if (manifest.totalRowCount == 1)
        rows = tr("1 row");
    if (manifest.truncated)
        rows += tr(" — truncated: the warehouse returned only these rows (row or size limit)");
    m_rowCount->setText(rows);
    m_rowCount->setStyleSheet(manifest.truncated ? QStringLiteral("color: #ef6c00;") : QString());
    updateActions();
}

int SqlEditorPage::chunksToKeep(const ResultManifest &manifest, int visibleRows)
{
    // Enough chunks for a screenful of the smallest ones twice over, so that what is on screen
    // never pushes itself out of the cache (small chunks: wide rows); never fewer than the
    // cache's default, and a bound on memory all the same.
    qint64 smallest = 0;
    for (qsizetype i = 0; i + 1 < manifest.chunks.size(); ++i) {
        const qint64 rows = manifest.chunks.at(i).rowCount;
        if (rows > 0 && (smallest == 0 || rows < smallest))
            smallest = rows;
    }
    if (smallest == 0)
        return kDefaultChunksKept;
    const qint64 needed = 2 * ((visibleRows + smallest - 1) / smallest) + 2;
    return int(std::clamp<qint64>(needed, kDefaultChunksKept, kMaxChunksKept));
}

void SqlEditorPage::showError(const QString &message, const StatementError &error)
{
    QString text = message;
    if (m_runningStatement) {
        const int offset =
            statementSplitter::offsetOf(m_runText, *m_runningStatement, error.line, error.column);
        if (error.line > 0) {
            int line = 0;
            int column = 0;
            statementSplitter::lineAndColumn(m_runText, offset, &line, &column);
            text += QLatin1Char('\n') +
                    tr("In the editor: line %1, column %2.").arg(line).arg(column + 1);
        }
        moveCursorTo(offset);
    }
    m_error->setText(text);
    m_error->show();
}

void SqlEditorPage::moveCursorTo(int offset)
{
    QTextCursor cursor = m_editor->textCursor();
    const int last = std::max(0, m_editor->document()->characterCount() - 1);
    cursor.setPosition(std::clamp(offset, 0, last));
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
}

void SqlEditorPage::copySelection()
{
    if (!m_resultModel || !m_resultView->selectionModel())
        return;
    const QItemSelection selection = m_resultView->selectionModel()->selection();
    if (selection.isEmpty())
        return;
    int top = INT_MAX;
    int bottom = -1;
    int left = INT_MAX;
    int right = -1;
    for (const QItemSelectionRange &range : selection) {
        top = std::min(top, range.top());
        bottom = std::max(bottom, range.bottom());
        left = std::min(left, range.left());
        right = std::max(right, range.right());
    }
    if (bottom - top + 1 > kMaxCopyRows) {
        Q_EMIT statusMessage(tr("Select at most %1 rows to copy; Export writes the whole result.")
                                 .arg(QLocale().toString(kMaxCopyRows)));
        return;
    }
    QByteArray text;
    int missing = 0;
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column) {
            if (column > left)
                text.append('\t');
            const QModelIndex index = m_resultModel->index(row, column);
            if (!selection.contains(index))
                continue;
            if (index.data(ResultTableModel::IsLoadingRole).toBool() ||
                index.data(ResultTableModel::IsErrorRole).toBool()) {
                ++missing;
                continue;
            }
            text.append(
                resultFormat::tsvField(index.data(ResultTableModel::RawValueRole).toString(),
                                       index.data(ResultTableModel::IsNullRole).toBool()));
        }
        text.append('\n');
    }
    QApplication::clipboard()->setText(QString::fromUtf8(text));
    if (missing > 0)
        Q_EMIT statusMessage(
            tr("Copied; %n cell(s) were not loaded yet and were left empty.", nullptr, missing));
}

// --- export --------------------------------------------------------------------------------

bool SqlEditorPage::isExporting() const
{
    return m_exporter && m_exporter->state() == ResultExporter::State::Running;
}

void SqlEditorPage::askExport(ExportFormat format)
{
    if (!m_cache || isExporting())
        return;
    const QString extension = exportFormatExtension(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + QStringLiteral("/result.") + extension;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the result as %1").arg(exportFormatName(format)), suggested,
        tr("%1 files (*.%2);;All files (*)").arg(exportFormatName(format), extension));
    if (!path.isEmpty())
        exportResult(format, path);
}

void SqlEditorPage::exportResult(ExportFormat format, const QString &path)
{
    if (!m_cache || !m_client || isExporting())
        return;
    if (m_exporter)
        delete m_exporter;
    m_exporter = new ResultExporter(m_client, m_cache->statementId(), m_cache->manifest(), format,
                                    path, std::nullopt, this);
    const QString name = QFileInfo(path).fileName();
    const qint64 total = m_cache->rowCount();
    connect(m_exporter, &ResultExporter::progress, this, [this, name](qint64 written, qint64 all) {
        m_exportProgress->setValue(all > 0 ? int(written * 1000 / all) : 0);
        m_exportLabel->setText(
            tr("Exporting to %1: %2 of %3 rows")
                .arg(name, QLocale().toString(written), QLocale().toString(all)));
    });
    connect(m_exporter, &ResultExporter::finished, this, &SqlEditorPage::onExportFinished);
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_exportCancel->show();
    m_exportLabel->setStyleSheet(QString());
    m_exportLabel->setText(
        tr("Exporting to %1: 0 of %2 rows").arg(name, QLocale().toString(total)));
    m_exportBar->show();
    m_exporter->start();
    updateActions();
}

void SqlEditorPage::cancelExport()
{
    if (isExporting())
        m_exporter->cancel();
}

void SqlEditorPage::onExportFinished(ResultExporter::State state)
{
    ResultExporter *exporter = m_exporter;
    if (!exporter)
        return;
    const QString path = exporter->filePath();
    m_exportProgress->hide();
    m_exportCancel->hide();
    switch (state) {
    case ResultExporter::State::Succeeded:
        m_exportLabel->setStyleSheet(QString());
        m_exportLabel->setText(
            tr("Exported %1 rows to %2").arg(QLocale().toString(exporter->rowsWritten()), path));
        Q_EMIT statusMessage(m_exportLabel->text());
        break;
    case ResultExporter::State::Canceled:
        m_exportLabel->setStyleSheet(QString());
        m_exportLabel->setText(tr("Export canceled; no file was written."));
        break;
    default:
        m_exportLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_exportLabel->setText(tr("Export failed: %1").arg(exporter->errorString()));
        break;
    }
    exporter->deleteLater();
    m_exporter = nullptr;
    updateActions();
    Q_EMIT exportFinished(state, path);
}

// --- history -------------------------------------------------------------------------------

void SqlEditorPage::replaceEditorText(const QString &text)
{
    replaceSqlEditorText(m_editor, text);
    m_editor->setFocus();
}

void SqlEditorPage::restoreHistoryEntry(int row)
{
    const QueryHistoryEntry *entry = m_historyModel->entryAt(row);
    if (!entry)
        return;
    replaceEditorText(entry->text);
}

void SqlEditorPage::runHistoryEntry(int row)
{
    const QueryHistoryEntry *entry = m_historyModel->entryAt(row);
    if (!entry || m_run)
        return;
    if (entry->textTruncated) {
        restoreHistoryEntry(row);
        setRunStatus(tr("Only the start of this statement was kept; it was put back, not run.")
                         .toHtmlEscaped(),
                     kRed);
        return;
    }
    const QString warehouseId = entry->warehouseId;
    restoreHistoryEntry(row); // `entry` may go once the history changes
    if (m_warehouses->rowOfId(warehouseId) >= 0)
        selectWarehouse(warehouseId);
    runAll();
}

void SqlEditorPage::updateActions()
{
    const SqlWarehouse *warehouse = m_warehouses->warehouse(currentWarehouseId());
    const bool connected = m_client != nullptr;
    const bool canRun = connected && warehouse && !m_run;
    m_runAction->setEnabled(canRun);
    m_runAllAction->setEnabled(canRun);
    m_cancelAction->setEnabled(m_run != nullptr);
    m_startAction->setEnabled(connected && warehouse &&
                              warehouse->state == WarehouseState::Stopped);
    m_refreshAction->setEnabled(connected);
    m_warehouseCombo->setEnabled(connected && !m_run);
    const bool canExport = connected && m_cache && !isExporting();
    for (QAction *action : {m_exportCsv, m_exportTsv, m_exportJson})
        action->setEnabled(canExport);
    m_exportButton->setEnabled(canExport);
    const bool hasEntry = m_historyView && m_historyView->currentIndex().isValid();
    m_restoreAction->setEnabled(hasEntry);
    m_runAgainAction->setEnabled(hasEntry && canRun);
}

} // namespace brickdesk

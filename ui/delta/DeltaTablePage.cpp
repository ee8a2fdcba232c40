#include "DeltaTablePage.h"

#include "ConfirmByNameDialog.h"
#include "DeltaChangeChart.h"
#include "DeltaDetailModel.h"
#include "DeltaHistory.h"
#include "DeltaHistoryModel.h"
#include "DeltaSchemaModel.h"
#include "DeltaSqlText.h"
#include "DescribeHistoryPanel.h"
#include "SqlClient.h"
#include "StatementRun.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

QString warehouseOf(const Profile &profile)
{
    return profile.attribute(QStringLiteral("warehouse_id")).trimmed();
}

} // namespace

DeltaTablePage::DeltaTablePage(DeltaLogSource *source, const Profile &profile, ApiClient *sqlApi,
                               QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_sqlApi(sqlApi)
    , m_history(new DeltaHistory(source, this))
    , m_model(new DeltaHistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detail(new DeltaDetailModel(this))
    , m_schema(new DeltaSchemaModel(this))
    , m_status(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_operationFilter(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_chart(new DeltaChangeChart(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_describe(new DescribeHistoryPanel(this))
    , m_detailView(new QTreeView(this))
    , m_schemaView(new QTableView(this))
{
    if (sqlApi)
        m_sql = new SqlClient(sqlApi, this);
    m_model->setHistory(m_history);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeltaHistoryModel::SortRole);
    m_proxy->setFilterKeyColumn(DeltaHistoryModel::OperationColumn);
    // The operation itself, not its display ("(no commitInfo)" for none).
    m_proxy->setFilterRole(DeltaHistoryModel::OperationRole);
    buildActions();
    buildLayout();

    connect(m_history, &DeltaHistory::opened, this, &DeltaTablePage::updateStatus);
    connect(m_history, &DeltaHistory::openFailed, this, [this](const QString &error) {
        m_status->setText(error);
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        emit message(error);
        updateActions();
    });
    connect(m_history, &DeltaHistory::rowsLoaded, this, [this] {
        updateStatus();
        if (selectedVersion() < 0 && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_history, &DeltaHistory::busyChanged, this, &DeltaTablePage::updateStatus);
    connect(m_history, &DeltaHistory::tableWarningsChanged, this, &DeltaTablePage::updateStatus);
    connect(m_history, &DeltaHistory::stateReady, this, &DeltaTablePage::onStateReady);
    connect(m_model, &DeltaHistoryModel::operationsChanged, this, [this] {
        const QString current = m_operationFilter->currentData().toString();
        m_operationFilter->blockSignals(true);
        m_operationFilter->clear();
        m_operationFilter->addItem(tr("All operations"), QString());
        for (const QString &operation : m_model->operations())
            m_operationFilter->addItem(operation.isEmpty() ? tr("(none)") : operation, operation);
        m_operationFilter->setCurrentIndex(std::max(0, m_operationFilter->findData(current)));
        m_operationFilter->blockSignals(false);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_chart, &DeltaChangeChart::versionClicked, this, &DeltaTablePage::selectVersion);
    m_history->open();
    updateActions();
}

DeltaTablePage::~DeltaTablePage()
{
    // Before the children go (the SQL client is one of the first): statements still running are
    // cancelled on the warehouse, not left there.
    m_describe->cancel();
    delete m_restoreRun;
    m_history->cancel();
}

QString DeltaTablePage::tableLocation() const
{
    return m_history->tableLocation();
}

void DeltaTablePage::buildActions()
{
    m_refresh = new QAction(tr("Reload"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    // Shortcuts belong to this tab only: the DBFS browser around it has its own F5.
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    m_refresh->setToolTip(tr("Read the log again (new commits appear)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_detail->clear();
        m_schema->clear();
        m_describeRan = false;
        m_history->open();
        if (m_describeToggle->isChecked())
            showDescribeHistory(true);
    });
    m_loadAll = new QAction(tr("Load all"), this);
    m_loadAll->setToolTip(tr("Read every version, not only the ones scrolled to"));
    connect(m_loadAll, &QAction::triggered, m_history, &DeltaHistory::loadAll);
    m_copySelect = new QAction(tr("Copy SELECT … VERSION AS OF n"), this);
    connect(m_copySelect, &QAction::triggered, this, [this] {
        const QString sql = selectVersionAsOfSql(tableLocation(), selectedVersion());
        QApplication::clipboard()->setText(sql);
        emit message(tr("Copied: %1").arg(sql));
    });
    m_copyRestore = new QAction(tr("Copy RESTORE … TO VERSION AS OF n"), this);
    connect(m_copyRestore, &QAction::triggered, this, [this] {
        const QString sql = restoreToVersionSql(tableLocation(), selectedVersion());
        QApplication::clipboard()->setText(sql);
        emit message(tr("Copied: %1").arg(sql));
    });
    m_runRestore = new QAction(tr("Restore to this version…"), this);
    connect(m_runRestore, &QAction::triggered, this, &DeltaTablePage::restoreSelectedVersion);
    m_describeToggle = new QAction(tr("DESCRIBE HISTORY"), this);
    m_describeToggle->setCheckable(true);
    connect(m_describeToggle, &QAction::toggled, this, &DeltaTablePage::showDescribeHistory);
}

void DeltaTablePage::buildLayout()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_refresh);
    bar->addAction(m_loadAll);
    bar->addSeparator();
    m_operationFilter->setAccessibleName(tr("Filter by operation"));
    m_operationFilter->addItem(tr("All operations"), QString());
    connect(m_operationFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString operation = m_operationFilter->currentData().toString();
        m_proxy->setFilterRegularExpression(
            operation.isEmpty() && m_operationFilter->currentIndex() <= 0
                ? QRegularExpression()
                : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(operation) +
                                     QLatin1Char('$')));
    });
    bar->addWidget(m_operationFilter);
    m_measure->addItem(tr("Rows"));
    m_measure->addItem(tr("Bytes"));
    m_measure->setAccessibleName(tr("Chart shows"));
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_chart->setMeasure(index == 0 ? DeltaChangeChart::Measure::Rows
                                       : DeltaChangeChart::Measure::Bytes);
    });
    bar->addWidget(m_measure);
    bar->addSeparator();
    auto *copyMenu = new QMenu(this);
    copyMenu->addAction(m_copySelect);
    copyMenu->addAction(m_copyRestore);
    auto *copyButton = new QToolButton(this);
    copyButton->setText(tr("Copy as SQL"));
    copyButton->setToolTip(tr("Copy the time-travel query or the RESTORE statement for the "
                              "chosen version"));
    copyButton->setMenu(copyMenu);
    copyButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(copyButton);
    bar->addAction(m_runRestore);
    bar->addSeparator();
    bar->addAction(m_describeToggle);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_warnings->hide();

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Delta table history"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeltaHistoryModel::VersionColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnWidth(DeltaHistoryModel::VersionColumn, 70);
    m_view->setColumnWidth(DeltaHistoryModel::TimestampColumn, 150);
    m_view->setColumnWidth(DeltaHistoryModel::OperationColumn, 150);
    m_view->setColumnWidth(DeltaHistoryModel::UserColumn, 170);
    m_view->setColumnWidth(DeltaHistoryModel::ParametersColumn, 260);
    m_view->setColumnWidth(DeltaHistoryModel::RowsColumn, 110);
    m_view->setColumnWidth(DeltaHistoryModel::FilesColumn, 80);
    m_view->setColumnWidth(DeltaHistoryModel::BytesColumn, 140);
    m_view->setColumnWidth(DeltaHistoryModel::EngineColumn, 200);
    m_view->addActions({m_copySelect, m_copyRestore, m_runRestore});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_chart->setModel(m_model);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_describe);

    m_detailView->setModel(m_detail);
    m_detailView->setAccessibleName(tr("Version details"));
    m_detailView->setUniformRowHeights(true);
    m_detailView->header()->resizeSection(0, 240);
    m_schemaView->setModel(m_schema);
    m_schemaView->setAccessibleName(tr("Schema at this version"));
    m_schemaView->verticalHeader()->hide();
    m_schemaView->horizontalHeader()->setStretchLastSection(true);
    m_schemaView->setColumnWidth(DeltaSchemaModel::NameColumn, 200);
    m_schemaView->setColumnWidth(DeltaSchemaModel::TypeColumn, 160);
    auto *details = new QTabWidget(this);
    details->addTab(m_detailView, tr("Details"));
    details->addTab(m_schemaView, tr("Schema"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_stack);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    split->setSizes({90, 420, 200});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_warnings);
    layout->addWidget(split, 1);
}

void DeltaTablePage::updateStatus()
{
    if (!m_history->isOpen()) {
        if (m_history->openError().isEmpty())
            m_status->setText(tr("Reading %1/_delta_log…").arg(tableLocation()));
        return;
    }
    m_status->setStyleSheet(QString());
    // One arg() call: a path may hold "%2".
    QString text = tr("%1 — versions %2–%3, %4 commits, %5 loaded")
                       .arg(tableLocation(), QString::number(m_history->earliestVersion()),
                            QString::number(m_history->latestVersion()),
                            QLocale().toString(m_history->commitCount()),
                            QLocale().toString(m_history->loadedCount()));
    const QList<qint64> checkpoints = m_history->checkpointVersions();
    if (!checkpoints.isEmpty())
        text += tr(", last checkpoint at %1").arg(checkpoints.last());
    if (m_history->isBusy())
        text += tr(" — reading…");
    m_status->setText(text);
    const QStringList warnings = m_history->tableWarnings();
    m_warnings->setVisible(!warnings.isEmpty());
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    updateActions();
}

void DeltaTablePage::updateActions()
{
    const bool selected = selectedVersion() >= 0;
    const bool warehouse = m_sql && !warehouseOf(m_profile).isEmpty();
    m_loadAll->setEnabled(m_history->isOpen() && m_history->canLoadMore());
    m_copySelect->setEnabled(selected);
    m_copyRestore->setEnabled(selected);
    m_runRestore->setEnabled(selected && warehouse && !m_restoreRun);
    m_runRestore->setToolTip(
        warehouse ? tr("Run RESTORE on warehouse %1 after asking").arg(warehouseOf(m_profile))
                  : tr("Set warehouse_id in the profile to run SQL here"));
    m_describeToggle->setEnabled(warehouse);
    m_describeToggle->setToolTip(warehouse ? tr("Run DESCRIBE HISTORY on warehouse %1 and show "
                                                "it beside the log")
                                                 .arg(warehouseOf(m_profile))
                                           : tr("Set warehouse_id in the profile to compare with "
                                                "DESCRIBE HISTORY"));
}

qint64 DeltaTablePage::selectedVersion() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return current.data(DeltaHistoryModel::VersionRole).toLongLong();
}

void DeltaTablePage::selectVersion(qint64 version)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(DeltaHistoryModel::VersionRole).toLongLong() == version) {
            m_view->selectRow(row);
            m_view->scrollTo(index);
            return;
        }
    }
}

void DeltaTablePage::showDetail()
{
    const qint64 version = selectedVersion();
    m_chart->setSelectedVersion(version);
    const int row = m_history->rowOfVersion(version);
    if (row < 0) {
        m_detail->clear();
        m_schema->clear();
        return;
    }
    const qint64 previous = m_history->previousVersion(version);
    const std::optional<DeltaTableState> state = m_history->stateAt(version);
    const std::optional<DeltaTableState> before =
        previous >= 0 ? m_history->stateAt(previous) : std::nullopt;
    m_detail->setVersion(m_history->entryAt(row), state, before, previous < 0);
    m_detailView->expand(m_detail->section(tr("Changes from the version before")));
    m_detailView->expand(m_detail->section(tr("Warnings")));
    m_detailView->expand(m_detail->section(tr("Commit")));
    m_schema->setSchema(state ? state->schema : std::nullopt,
                        before && before->schema ? before->schema : std::nullopt);
    if (!state)
        m_history->requestState(version);
    if (previous >= 0 && !before)
        m_history->requestState(previous);
}

void DeltaTablePage::onStateReady(qint64 version)
{
    const qint64 selected = selectedVersion();
    if (version == selected || version == m_history->previousVersion(selected))
        showDetail();
}

void DeltaTablePage::showDescribeHistory(bool on)
{
    if (m_describeToggle->isChecked() != on)
        m_describeToggle->setChecked(on); // comes back here through toggled
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_describe) : m_view);
    if (on && m_sql && !m_describeRan && !warehouseOf(m_profile).isEmpty()) {
        m_describeRan = true;
        m_describe->run(m_sql, warehouseOf(m_profile), tableLocation(), m_history);
    }
}

bool DeltaTablePage::restoreSelectedVersion()
{
    const qint64 version = selectedVersion();
    if (version < 0 || !m_sql || warehouseOf(m_profile).isEmpty() || m_restoreRun)
        return false;
    const QString sql = restoreToVersionSql(tableLocation(), version);
    const QString action =
        tr("Restore %1 to version %2").arg(tableLocation(), QString::number(version));
    bool confirmed = false;
    if (m_profile.isProd()) {
        ConfirmByNameDialog dialog(action, m_profile.name, this);
        dialog.setConfirmText(tr("Restore"));
        confirmed = dialog.exec() == QDialog::Accepted;
    } else {
        confirmed =
            QMessageBox::question(
                this, tr("Restore a Delta table"),
                tr("%1 on profile '%2'?\n\nRuns on warehouse %3:\n%4\n\nThe versions after "
                   "%5 stay in the history; the table's data becomes that of version %5.")
                    .arg(action, m_profile.name, warehouseOf(m_profile), sql,
                         QString::number(version)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    }
    if (!confirmed)
        return false;
    StatementSpec spec;
    spec.statement = sql;
    spec.warehouseId = warehouseOf(m_profile);
    spec.waitTimeoutSeconds = 10;
    m_restoreRun = new StatementRun(m_sql, spec, this);
    StatementRun *run = m_restoreRun;
    connect(run, &StatementRun::finished, this, [this, run, version] {
        run->deleteLater();
        const bool ok = !run->callError().isError() && run->state() == StatementState::Succeeded;
        const QString text =
            ok ? tr("Restored %1 to version %2").arg(tableLocation(), QString::number(version))
               : tr("RESTORE failed: %1")
                     .arg(run->callError().isError() ? run->callError().summary()
                                                     : run->answer().error.message);
        m_restoreRun = nullptr;
        updateActions();
        emit message(text);
        emit restoreFinished(ok, text);
        if (ok)
            m_history->open();
    });
    run->start();
    updateActions();
    emit message(tr("Running %1…").arg(sql));
    return true;
}

} // namespace brickdesk

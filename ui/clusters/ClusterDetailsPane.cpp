#include "ClusterDetailsPane.h"

#include "ClusterController.h"
#include "ClusterEventsModel.h"
#include "ClusterListModel.h"
#include "ClusterTimelineWidget.h"
#include "LibraryStatusModel.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

QTableView *plainTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Short lists (events pages, libraries): fit the columns to what they hold.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    return table;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px;color:palette(mid)'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

ClusterDetailsPane::ClusterDetailsPane(ClusterListModel *clusters, ClusterController *controller, QWidget *parent)
    : QTabWidget(parent)
    , m_clusters(clusters)
    , m_controller(controller)
    , m_events(new ClusterEventsModel(this))
    , m_libraries(new LibraryStatusModel(this))
{
    setDocumentMode(true);
    addTab(buildOverview(), tr("Overview"));
    m_json = new QPlainTextEdit(this);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addTab(m_json, tr("JSON"));
    addTab(buildEvents(), tr("Events"));
    addTab(buildLibraries(), tr("Libraries"));

    connect(clusters, &QAbstractItemModel::dataChanged, this, &ClusterDetailsPane::updateOverview);
    connect(clusters, &QAbstractItemModel::rowsRemoved, this, &ClusterDetailsPane::updateOverview);
    connect(controller, &ClusterController::progressChanged, this, [this](const QString &id) {
        if (id == m_clusterId)
            updateOverview();
    });
    // A settled action changes the history: show the new events.
    connect(controller, &ClusterController::clusterReady, this, [this](const QString &id) { if (id == m_clusterId) reloadEvents(); });
    connect(controller, &ClusterController::clusterStopped, this, [this](const QString &id) { if (id == m_clusterId) reloadEvents(); });
    connect(controller, &ClusterController::clusterFailed, this, [this](const QString &id) { if (id == m_clusterId) reloadEvents(); });
    showCluster(QString());
}

QWidget *ClusterDetailsPane::buildOverview()
{
    auto *page = new QWidget(this);
    m_overview = new QLabel(page);
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setWordWrap(true);
    m_progress = new QLabel(page);
    m_progress->setWordWrap(true);
    m_progress->setStyleSheet(QStringLiteral("font-weight: bold; color: #ef6c00;"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_overview, 1);
    return page;
}

QWidget *ClusterDetailsPane::buildEvents()
{
    auto *page = new QWidget(this);
    m_eventType = new QComboBox(page);
    m_eventType->addItem(tr("All events"), QString());
    for (const char *type : {"CREATING", "STARTING", "RUNNING", "RESTARTING", "RESIZING", "UPSIZE_COMPLETED",
                             "TERMINATING", "EDITED", "PINNED", "UNPINNED", "DRIVER_HEALTHY", "DRIVER_NOT_RESPONDING"})
        m_eventType->addItem(QLatin1String(type), QLatin1String(type));
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &ClusterDetailsPane::reloadEvents);
    m_moreEvents = new QPushButton(tr("Load older events"), page);
    m_moreEvents->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_moreEvents->setToolTip(tr("Fetch the next page of older events (Ctrl+L)"));
    connect(m_moreEvents, &QPushButton::clicked, m_events, &ClusterEventsModel::fetchMoreEvents);
    m_timeline = new ClusterTimelineWidget(page);
    auto update = [this] {
        m_moreEvents->setEnabled(m_events->canFetchMoreEvents() && !m_events->isLoading());
        m_timeline->setEvents(m_events->events());
    };
    connect(m_events, &ClusterEventsModel::loadingChanged, this, update);
    connect(m_events, &QAbstractItemModel::rowsInserted, this, update);
    connect(m_events, &ClusterEventsModel::loadFailed, this, &ClusterDetailsPane::message);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_eventType);
    bar->addStretch(1);
    bar->addWidget(m_moreEvents);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_timeline);
    layout->addWidget(plainTable(m_events, page), 1);
    return page;
}

QWidget *ClusterDetailsPane::buildLibraries()
{
    auto *page = new QWidget(this);
    m_libraryTable = plainTable(m_libraries, page);
    m_libraryKind = new QComboBox(page);
    for (LibraryStatus::Kind kind : {LibraryStatus::Kind::PyPI, LibraryStatus::Kind::Maven, LibraryStatus::Kind::Jar,
                                     LibraryStatus::Kind::Wheel})
        m_libraryKind->addItem(libraryKindName(kind), static_cast<int>(kind));
    m_library = new QLineEdit(page);
    m_library->setPlaceholderText(tr("pandas==2.1.0, com.example:lib:1.0, or dbfs:/libs/tool.jar"));
    m_install = new QPushButton(tr("Install"), page);
    auto *uninstall = new QPushButton(tr("Uninstall"), page);
    m_libraryError = new QLabel(page);
    m_libraryError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_libraryError->setWordWrap(true);
    connect(m_install, &QPushButton::clicked, this, &ClusterDetailsPane::installLibrary);
    connect(m_library, &QLineEdit::returnPressed, this, &ClusterDetailsPane::installLibrary);
    auto uninstallSelected = [this] {
        const QModelIndex current = m_libraryTable->currentIndex();
        if (current.isValid())
            m_libraries->uninstall(current.row());
    };
    connect(uninstall, &QPushButton::clicked, this, uninstallSelected);
    // Keyboard: Delete on the selected library uninstalls it; Enter in the box installs.
    auto *uninstallAction = new QAction(tr("Uninstall"), m_libraryTable);
    uninstallAction->setShortcut(QKeySequence::Delete);
    uninstallAction->setShortcutContext(Qt::WidgetShortcut);
    connect(uninstallAction, &QAction::triggered, this, uninstallSelected);
    m_libraryTable->addAction(uninstallAction);
    m_libraryTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    uninstall->setToolTip(tr("Uninstall the selected library (Delete)"));
    connect(m_libraries, &LibraryStatusModel::actionFailed, m_libraryError, &QLabel::setText);
    connect(m_libraries, &LibraryStatusModel::actionSucceeded, this, [this](const QString &text) {
        m_libraryError->clear();
        Q_EMIT message(text);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_libraryKind);
    bar->addWidget(m_library, 1);
    bar->addWidget(m_install);
    bar->addWidget(uninstall);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_libraryTable, 1);
    layout->addLayout(bar);
    layout->addWidget(m_libraryError);
    return page;
}

void ClusterDetailsPane::setClient(ApiClient *client)
{
    m_client = client;
    showCluster(QString());
}

void ClusterDetailsPane::showCluster(const QString &clusterId)
{
    const bool changed = clusterId != m_clusterId;
    m_clusterId = clusterId;
    for (int i = 1; i < count(); ++i)
        setTabEnabled(i, !clusterId.isEmpty());
    if (changed || clusterId.isEmpty()) {
        m_libraryError->clear();
        if (clusterId.isEmpty() || !m_client) {
            m_events->clear();
            m_libraries->clear();
        } else {
            reloadEvents();
            m_libraries->load(m_client, clusterId);
        }
    }
    updateOverview();
}

void ClusterDetailsPane::reloadEvents()
{
    if (!m_client || m_clusterId.isEmpty())
        return;
    const QString type = m_eventType->currentData().toString();
    m_events->load(m_client, m_clusterId, type.isEmpty() ? QStringList() : QStringList{type});
}

void ClusterDetailsPane::installLibrary()
{
    QString error;
    const auto library = makeLibrary(static_cast<LibraryStatus::Kind>(m_libraryKind->currentData().toInt()),
                                     m_library->text(), &error);
    if (!library) {
        m_libraryError->setText(error);
        return;
    }
    m_libraryError->clear();
    m_libraries->install(*library);
    m_library->clear();
}

void ClusterDetailsPane::updateOverview()
{
    const std::optional<int> index = m_clusterId.isEmpty() ? std::nullopt : m_clusters->rowOf(m_clusterId);
    if (!index) {
        m_overview->setText(tr("<p style='color:palette(mid)'>Select a cluster to see its details.</p>"));
        m_progress->clear();
        m_json->clear();
        return;
    }
    const ClusterInfo &cluster = m_clusters->itemAt(*index);
    const QLocale locale;
    auto time = [&](const QDateTime &t) { return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString(); };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg((cluster.name.isEmpty() ? cluster.id : cluster.name).toHtmlEscaped());
    html += row(tr("State"), cluster.state + (cluster.stateMessage.isEmpty() ? QString() : QStringLiteral(" — ") + cluster.stateMessage));
    html += row(tr("Cluster ID"), cluster.id);
    html += row(tr("Runtime"), cluster.sparkVersion);
    html += row(tr("Workers"), cluster.workersText());
    html += row(tr("Node type"), cluster.nodeTypeId);
    if (!cluster.driverNodeTypeId.isEmpty())
        html += row(tr("Driver type"), cluster.driverNodeTypeId);
    html += row(tr("Auto-termination"), cluster.autoterminationMinutes > 0 ? tr("after %1 idle minutes").arg(cluster.autoterminationMinutes) : tr("never"));
    html += row(tr("Creator"), cluster.creator);
    html += row(tr("Source"), cluster.source);
    if (cluster.memoryMb > 0)
        html += row(tr("Memory / cores"), tr("%1 GB / %2").arg(cluster.memoryMb / 1024).arg(cluster.cores));
    html += row(tr("Started"), time(cluster.startTime));
    if (cluster.terminatedTime.isValid())
        html += row(tr("Terminated"), time(cluster.terminatedTime) + (cluster.terminationCode.isEmpty() ? QString() : QStringLiteral(" (") + cluster.terminationCode + QLatin1Char(')')));
    const QString uptime = formatDuration(cluster.uptimeSeconds(QDateTime::currentDateTimeUtc()));
    if (!uptime.isEmpty())
        html += row(tr("Uptime"), uptime);
    if (m_clusters->isPinned(cluster.id))
        html += row(tr("Pinned"), tr("yes"));
    html += QStringLiteral("</table>");
    m_overview->setText(html);
    m_progress->setText(m_controller->progressText(cluster.id));
    const QString json = m_clusters->data(m_clusters->index(*index, 0), ClusterListModel::RawJsonRole).toString();
    if (m_json->toPlainText() != json)
        m_json->setPlainText(json);
}

} // namespace brickdesk

#include "ClustersPage.h"

#include "ApiClient.h"
#include "ClusterController.h"
#include "ClusterDetailsPane.h"
#include "ClusterDialog.h"
#include "ClusterFilterModel.h"
#include "ClusterListModel.h"
#include "ConfirmByNameDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace brickdesk {

ClustersPage::ClustersPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_model(new ClusterListModel(this))
    , m_filter(new ClusterFilterModel(this))
    , m_controller(new ClusterController(m_model, this))
    , m_details(new ClusterDetailsPane(m_model, m_controller, this))
    , m_table(new QTableView(this))
    , m_scope(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_uptimeTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClusterListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAccessibleName(tr("Clusters"));

    m_scope->addItem(tr("All clusters"), static_cast<int>(ClusterFilterModel::Scope::All));
    m_scope->addItem(tr("Running"), static_cast<int>(ClusterFilterModel::Scope::Running));
    m_scope->addItem(tr("Mine"), static_cast<int>(ClusterFilterModel::Scope::Mine));
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setScope(static_cast<ClusterFilterModel::Scope>(m_scope->currentData().toInt()));
        updateStatus();
    });
    m_text->setPlaceholderText(tr("Filter clusters…"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateStatus();
    });
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    toolbar->addAction(m_create);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_clone);
    toolbar->addSeparator();
    for (ClusterAction action : {ClusterAction::Start, ClusterAction::Restart, ClusterAction::Terminate,
                                 ClusterAction::PermanentDelete, ClusterAction::Pin, ClusterAction::Unpin})
        toolbar->addAction(m_actions.value(static_cast<int>(action)));
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_text, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_details->showCluster(selectedClusterId());
        updateActions();
    });
    connect(m_model, &RemoteListModelBase::loadingChanged, this, [this] {
        updateStatus();
        Q_EMIT settledChanged();
    });
    connect(m_model, &RemoteListModelBase::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_model, &RemoteListModelBase::loadFailed, this, &ClustersPage::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClustersPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClustersPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ClustersPage::updateStatus);
    connect(m_controller, &ClusterController::actionFailed, this, [this](const QString &, const QString &message) {
        m_status->setText(tr("The workspace refused: %1").arg(message));
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        if (ClusterDialog *dialog = openDialog())
            dialog->showError(message); // the dialog stays open with the user's input
    });
    connect(m_controller, &ClusterController::actionSucceeded, this, [this](const QString &, const QString &message) {
        m_status->setStyleSheet(QString());
        m_status->setText(message);
        Q_EMIT statusMessage(message);
    });
    connect(m_controller, &ClusterController::progressChanged, this, &ClustersPage::updateActions);
    connect(m_controller, &ClusterController::clusterReady, this, [this](const QString &, const QString &name) {
        Q_EMIT notify(tr("Cluster running"), tr("%1 is running.").arg(name));
    });
    connect(m_controller, &ClusterController::clusterFailed, this, [this](const QString &, const QString &name, const QString &reason) {
        Q_EMIT notify(tr("Cluster did not start"), reason.isEmpty() ? name : tr("%1: %2").arg(name, reason));
    });
    connect(m_details, &ClusterDetailsPane::message, this, [this](const QString &text) { m_status->setText(text); });
    m_uptimeTimer->setInterval(30000);
    connect(m_uptimeTimer, &QTimer::timeout, m_model, &ClusterListModel::refreshUptime);
    m_uptimeTimer->start();
    updateActions();
    updateStatus();
}

void ClustersPage::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        m_table->addAction(action);
        return action;
    };
    m_create = make(tr("Create…"), QKeySequence::New, tr("Create a cluster"));
    connect(m_create, &QAction::triggered, this, [this] { openClusterDialog(int(ClusterDialog::Mode::Create)); });
    m_edit = make(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Edit the selected cluster"));
    connect(m_edit, &QAction::triggered, this, [this] { openClusterDialog(int(ClusterDialog::Mode::Edit)); });
    m_clone = make(tr("Clone…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Create a cluster like the selected one"));
    connect(m_clone, &QAction::triggered, this, [this] { openClusterDialog(int(ClusterDialog::Mode::Clone)); });
    const struct
    {
        ClusterAction action;
        QKeySequence shortcut;
        QString tip;
    } actions[] = {
        {ClusterAction::Start, QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Start the selected cluster")},
        {ClusterAction::Restart, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Restart the selected cluster")},
        {ClusterAction::Terminate, QKeySequence(Qt::CTRL | Qt::Key_Period), tr("Terminate the selected cluster")},
        {ClusterAction::PermanentDelete, QKeySequence(Qt::SHIFT | Qt::Key_Delete), tr("Delete the selected cluster for good")},
        {ClusterAction::Pin, QKeySequence(Qt::CTRL | Qt::Key_P), tr("Pin the selected cluster")},
        {ClusterAction::Unpin, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Unpin the selected cluster")},
    };
    for (const auto &entry : actions) {
        QAction *action = make(clusterActionName(entry.action), entry.shortcut, entry.tip);
        const ClusterAction which = entry.action;
        connect(action, &QAction::triggered, this, [this, which] { perform(which); });
        m_actions.insert(static_cast<int>(entry.action), action);
    }
    m_refresh = make(tr("Refresh"), QKeySequence::Refresh, tr("Reload the cluster list"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_workspace.client) {
            m_model->load(m_workspace.client);
            m_controller->refreshPinned();
            m_details->showCluster(selectedClusterId());
        }
    });
}

QAction *ClustersPage::action(ClusterAction which) const
{
    return m_actions.value(static_cast<int>(which));
}

void ClustersPage::connectTo(const ConnectedWorkspace &workspace)
{
    m_workspace = workspace;
    m_whyNot.clear();
    m_controller->setClient(workspace.client);
    m_details->setClient(workspace.client);
    m_filter->setUserName(workspace.userName);
    m_model->clear();
    m_model->load(workspace.client);
    updateActions();
    updateStatus();
}

void ClustersPage::disconnectFrom(const QString &whyNot)
{
    m_workspace = {};
    m_whyNot = whyNot;
    m_controller->setClient(nullptr);
    m_details->setClient(nullptr);
    m_model->clear();
    updateActions();
    updateStatus();
}

bool ClustersPage::isSettled() const
{
    return !m_model->isLoading() && (m_model->hasLoaded() || !m_model->errorText().isEmpty());
}

QString ClustersPage::selectedClusterId() const
{
    return m_table->currentIndex().data(ClusterListModel::ClusterIdRole).toString();
}

bool ClustersPage::selectCluster(const QString &clusterId)
{
    const std::optional<int> row = m_model->rowOf(clusterId);
    if (!row)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(*row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    return true;
}

ClusterDialog *ClustersPage::openDialog() const
{
    return findChild<ClusterDialog *>(QString(), Qt::FindDirectChildrenOnly);
}

void ClustersPage::updateActions()
{
    const bool connected = m_workspace.client != nullptr;
    const QString id = selectedClusterId();
    const std::optional<int> row = id.isEmpty() ? std::nullopt : m_model->rowOf(id);
    const ClusterInfo *cluster = row ? &m_model->itemAt(*row) : nullptr;
    const QString state = cluster ? cluster->state : QString();
    const bool busy = cluster && m_controller->isBusy(id);
    m_create->setEnabled(connected);
    m_edit->setEnabled(connected && cluster && !cluster->isJobCluster() &&
                       (state == QStringLiteral("RUNNING") || state == QStringLiteral("TERMINATED")));
    m_clone->setEnabled(connected && cluster);
    m_refresh->setEnabled(connected);
    // Offer what the state machine allows; the API has the last word.
    action(ClusterAction::Start)->setEnabled(connected && state == QStringLiteral("TERMINATED") && !busy);
    action(ClusterAction::Restart)->setEnabled(connected && state == QStringLiteral("RUNNING") && !busy);
    action(ClusterAction::Terminate)->setEnabled(connected && cluster && state != QStringLiteral("TERMINATED") &&
                                                 state != QStringLiteral("TERMINATING"));
    action(ClusterAction::PermanentDelete)->setEnabled(connected && cluster);
    const bool pinned = cluster && m_model->isPinned(id);
    action(ClusterAction::Pin)->setEnabled(connected && cluster && !pinned);
    action(ClusterAction::Unpin)->setEnabled(connected && cluster && pinned);
}

void ClustersPage::updateStatus()
{
    if (!m_status->styleSheet().isEmpty())
        return; // an error stays until the next success
    QString text;
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_workspace.client)
        text = m_whyNot.isEmpty() ? tr("Not connected.") : m_whyNot;
    else if (m_model->isLoading())
        text = total > 0 ? tr("Loading… %1 clusters so far").arg(total) : tr("Loading clusters…");
    else if (!m_model->errorText().isEmpty())
        text = tr("Could not load the clusters: %1 — press Refresh to try again.").arg(m_model->errorText());
    else if (m_model->hasLoaded())
        text = shown == total ? tr("%1 clusters").arg(total) : tr("%1 of %2 clusters").arg(shown).arg(total);
    m_status->setText(text);
}

bool ClustersPage::confirmOnProd(const QString &what, const QString &clusterName)
{
    if (m_workspace.profile.isProd())
        return ConfirmByNameDialog::confirm(this, QStringLiteral("%1 %2").arg(what, clusterName), m_workspace.profile.name, true);
    return true;
}

void ClustersPage::perform(ClusterAction which)
{
    const QString id = selectedClusterId();
    const std::optional<int> row = id.isEmpty() ? std::nullopt : m_model->rowOf(id);
    if (!row)
        return;
    const QString name = m_model->itemAt(*row).name.isEmpty() ? id : m_model->itemAt(*row).name;
    if (which == ClusterAction::PermanentDelete && !m_workspace.profile.isProd() &&
        QMessageBox::question(this, tr("Delete cluster"),
                              tr("Delete %1 for good? Its configuration cannot be recovered.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (isDestructive(which) && !confirmOnProd(clusterActionName(which), name))
        return;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%1: %2…").arg(name, clusterActionName(which)));
    m_controller->perform(which, id);
}

void ClustersPage::openClusterDialog(int modeValue)
{
    const auto mode = static_cast<ClusterDialog::Mode>(modeValue);
    if (!m_workspace.client || openDialog())
        return;
    const QString id = selectedClusterId();
    const std::optional<int> row =
        id.isEmpty() || mode == ClusterDialog::Mode::Create ? std::nullopt : m_model->rowOf(id);
    if (mode != ClusterDialog::Mode::Create && !row)
        return;
    auto *dialog = new ClusterDialog(mode, m_workspace.client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row)
        dialog->setSpec(ClusterSpec::fromClusterDetails(m_model->itemAt(*row).raw));
    connect(dialog, &ClusterDialog::submitted, this, [this, dialog, mode, id](const ClusterSpec &spec) {
        if (mode == ClusterDialog::Mode::Edit) {
            if (!confirmOnProd(tr("Edit"), spec.name))
                return;
            connect(m_controller, &ClusterController::actionSucceeded, dialog, &QDialog::accept, Qt::SingleShotConnection);
            m_controller->edit(id, spec);
        } else {
            connect(m_controller, &ClusterController::created, dialog, [this, dialog](const QString &newId) {
                dialog->accept();
                selectCluster(newId);
            }, Qt::SingleShotConnection);
            m_controller->create(spec);
        }
    });
    dialog->open();
}

} // namespace brickdesk

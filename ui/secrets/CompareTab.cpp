#include "CompareTab.h"

#include "ConfirmByNameDialog.h"
#include "KeyVaultConnector.h"
#include "KeyVaultSecretModel.h"
#include "ProfileVaults.h"
#include "PutMissingDialog.h"
#include "SecretMatrixLoader.h"
#include "SecretMatrixModel.h"
#include "SecretMatrixProxy.h"
#include "StateColours.h"
#include "WorkspaceSessionPool.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

int environmentOrder(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::Dev:
        return 0;
    case EnvironmentTag::Staging:
        return 1;
    case EnvironmentTag::Prod:
        return 2;
    case EnvironmentTag::Other:
        return 3;
    }
    return 3;
}

QLabel *legendItem(const QString &text, const QString &background, const QString &foreground,
                   QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; padding: 1px 8px; border-radius: 3px; }")
            .arg(background, foreground));
    return label;
}

} // namespace

CompareTab::CompareTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new SecretMatrixModel(this))
    , m_proxy(new SecretMatrixProxy(this))
    , m_vaultSecrets(new KeyVaultSecretModel(this))
    , m_profiles(new QListWidget(this))
    , m_view(new QTableView(this))
    , m_onlyDifferences(new QCheckBox(tr("&Only differences"), this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_putMissing(
          new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("Put missing…"), this))
    , m_refresh(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), this))
{
    m_proxy->setSourceModel(m_model);
    buildLayout();
    updateSummary();
    updateActions();
}

CompareTab::~CompareTab()
{
    disconnectFrom();
}

void CompareTab::buildLayout()
{
    m_putMissing->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_putMissing->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_putMissing->setToolTip(tr("Put one value into the selected missing cells (Ctrl+M)"));
    connect(m_putMissing, &QAction::triggered, this, &CompareTab::putMissing);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Load every compared workspace again (F5)"));
    connect(m_refresh, &QAction::triggered, this, &CompareTab::refresh);
    addActions({m_putMissing, m_refresh});

    m_profiles->setAccessibleName(tr("Profiles to compare"));
    m_profiles->setMaximumWidth(260);
    connect(m_profiles, &QListWidget::itemChanged, this, [this] {
        if (m_connected && m_activated)
            compare();
    });

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Secrets across workspaces"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SecretMatrixModel::ScopeColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMinimumSectionSize(120);
    m_view->horizontalHeader()->resizeSection(SecretMatrixModel::ScopeColumn, 170);
    m_view->horizontalHeader()->resizeSection(SecretMatrixModel::KeyColumn, 200);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_putMissing, m_refresh});
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto state =
            static_cast<SecretCellState>(index.data(SecretMatrixModel::CellStateRole).toInt());
        if (index.column() >= SecretMatrixModel::FirstProfileColumn &&
            (state == SecretCellState::Missing || state == SecretCellState::ScopeMissing))
            putMissing();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompareTab::updateActions);
    connect(m_model, &QAbstractItemModel::columnsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int column = first; column <= last; ++column)
                    m_view->horizontalHeader()->resizeSection(column, 150);
            });

    m_onlyDifferences->setToolTip(tr("Hide secrets every compared workspace has"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyDifferences(on);
        updateSummary();
    });
    m_filter->setPlaceholderText(tr("Filter scope or key…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(240);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text.trimmed());
        updateSummary();
    });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addWidget(m_onlyDifferences);
    toolbar->addWidget(m_filter);
    toolbar->addSeparator();
    toolbar->addAction(m_putMissing);
    toolbar->addAction(m_refresh);

    auto *legend = new QHBoxLayout;
    legend->addWidget(legendItem(tr("present · last updated"), QStringLiteral("#e8f5e9"),
                                 QStringLiteral("#1b5e20"), this));
    legend->addWidget(
        legendItem(tr("missing"), QStringLiteral("#ffebee"), QStringLiteral("#b71c1c"), this));
    legend->addWidget(
        legendItem(tr("no scope"), QStringLiteral("#ffe0b2"), QStringLiteral("#e65100"), this));
    legend->addWidget(
        legendItem(tr("error"), QStringLiteral("#f5f5f5"), QStringLiteral("#616161"), this));
    legend->addStretch(1);
    m_summary->setTextFormat(Qt::PlainText);
    legend->addWidget(m_summary);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    auto *pickTitle = new QLabel(tr("Compare these profiles:"), left);
    leftLayout->addWidget(pickTitle);
    leftLayout->addWidget(m_profiles, 1);
    auto *hint = new QLabel(tr("Tag profiles dev, staging or prod to have them compared by "
                               "default."),
                            left);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #616161;"));
    leftLayout->addWidget(hint);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 4, 4, 4);
    rightLayout->addWidget(toolbar);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addLayout(legend);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CompareTab::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CompareTab::updateSummary);
}

void CompareTab::setServices(const SecretsServices &services)
{
    if (m_services.sessions)
        disconnect(m_services.sessions, nullptr, this, nullptr);
    m_services = services;
    // Profiles added, edited or removed elsewhere show up here at once (checks are kept).
    if (services.sessions)
        connect(services.sessions, &WorkspaceSessionPool::profilesChanged, this, [this] {
            if (m_connected)
                fillProfileList();
        });
    delete m_filler;
    delete m_loader;
    delete m_vaultSource;
    m_loader = new SecretMatrixLoader(services.sessions, m_model, this);
    m_filler = new SecretMatrixFiller(m_loader, m_model, services.network, services.activity,
                                      services.azure, services.environment, this);
    m_vaultSource = new KeyVaultConnector(services.network, services.activity, services.azure,
                                          services.environment, this);
    connect(m_loader, &SecretMatrixLoader::profileLoaded, this, &CompareTab::updateSummary);
    connect(m_loader, &SecretMatrixLoader::finished, this, [this] {
        updateSummary();
        updateActions();
        if (!m_settled && m_connected) {
            m_settled = true;
            Q_EMIT settledChanged();
        }
    });
    connect(m_filler, &SecretMatrixFiller::finished, this, &CompareTab::onFillFinished);
    connect(m_filler, &SecretMatrixFiller::stepFinished, this, [this](const SecretFillResult &r) {
        showMessage(
            r.error.isEmpty()
                ? tr("Put %1 / %2 into %3…")
                      .arg(r.step.target.scope, r.step.target.key, r.step.target.profile)
                : tr("%1 / %2 in %3: %4")
                      .arg(r.step.target.scope, r.step.target.key, r.step.target.profile, r.error),
            !r.error.isEmpty());
    });
    connect(m_vaultSource, &KeyVaultConnector::opened, this, [this](KeyVaultClient *client) {
        m_vaultSecrets->setClient(client);
        m_vaultSecrets->showSecrets();
    });
    connect(m_vaultSource, &KeyVaultConnector::failed, this, [this](const QString &error) {
        if (m_dialog)
            m_dialog->setVaultStatus(error, true);
    });
    connect(m_vaultSecrets, &KeyVaultSecretModel::loadingChanged, this, [this](bool loading) {
        if (m_dialog && loading)
            m_dialog->setVaultStatus(tr("Listing the vault's secrets…"), false);
    });
    connect(m_vaultSecrets, &KeyVaultSecretModel::loaded, this, [this] {
        if (m_dialog)
            m_dialog->setVaultStatus(
                tr("%1 secrets in this vault.").arg(m_vaultSecrets->rowCount()), false);
    });
    connect(m_vaultSecrets, &KeyVaultSecretModel::loadFailed, this, [this](const QString &error) {
        if (m_dialog)
            m_dialog->setVaultStatus(error, true);
    });
}

void CompareTab::connectTo(const Profile &current)
{
    const bool sameProfile = m_connected && current.name == m_current.name;
    m_current = current;
    m_connected = true;
    if (!sameProfile) {
        m_settled = false;
        fillProfileList();
        if (m_activated)
            compare();
    }
}

void CompareTab::disconnectFrom()
{
    m_connected = false;
    m_settled = false;
    if (m_filler)
        m_filler->cancel();
    if (m_vaultSource)
        m_vaultSource->close();
    m_vaultSecrets->setClient(nullptr);
    // The comparison itself stays: it is about other workspaces too, through their own
    // sessions. Only its default selection follows the window's profile.
}

void CompareTab::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    if (m_connected)
        compare();
}

void CompareTab::fillProfileList()
{
    const QSignalBlocker blocker(m_profiles);
    const QStringList wasChecked = checkedProfiles();
    m_profiles->clear();
    QList<Profile> profiles =
        m_services.sessions ? m_services.sessions->profiles() : QList<Profile>();
    std::stable_sort(profiles.begin(), profiles.end(), [](const Profile &a, const Profile &b) {
        return environmentOrder(a.environment) < environmentOrder(b.environment);
    });
    for (const Profile &profile : std::as_const(profiles)) {
        auto *item = new QListWidgetItem(
            colourSwatch(profile.colour),
            QStringLiteral("%1  ·  %2").arg(profile.name, environmentTagLabel(profile.environment)),
            m_profiles);
        item->setData(Qt::UserRole, profile.name);
        m_model->setProfileLook(profile.name, profile.colour,
                                environmentTagLabel(profile.environment), profile.isProd());
        item->setToolTip(profile.host);
        item->setFlags(profile.isUsable() ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled
                                          : Qt::ItemIsUserCheckable);
        const bool tagged = profile.environment != EnvironmentTag::Other;
        const bool checked =
            wasChecked.isEmpty()
                ? (profile.name == m_current.name || (tagged && profile.isUsable()))
                : wasChecked.contains(profile.name) || profile.name == m_current.name;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (profile.isProd())
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
}

void CompareTab::setCheckedProfiles(const QStringList &profiles)
{
    {
        const QSignalBlocker blocker(m_profiles);
        for (int row = 0; row < m_profiles->count(); ++row) {
            QListWidgetItem *item = m_profiles->item(row);
            item->setCheckState(profiles.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    if (m_connected && m_activated)
        compare();
}

QStringList CompareTab::checkedProfiles() const
{
    QStringList names;
    for (int row = 0; row < m_profiles->count(); ++row) {
        const QListWidgetItem *item = m_profiles->item(row);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

void CompareTab::compare()
{
    if (!m_loader)
        return;
    m_loader->load(checkedProfiles());
    updateSummary();
}

void CompareTab::refresh()
{
    if (m_loader)
        m_loader->reloadAll();
    updateSummary();
}

void CompareTab::updateSummary()
{
    const QStringList profiles = m_model->profiles();
    if (profiles.isEmpty()) {
        m_summary->setText(tr("Choose at least one profile."));
        return;
    }
    QStringList loading;
    for (const QString &profile : profiles) {
        if (m_model->isLoading(profile))
            loading.append(profile);
    }
    int differing = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        differing += m_model->isDifferent(row) ? 1 : 0;
    QString text = tr("%1 secrets in %2 workspaces, %3 differ")
                       .arg(m_model->rowCount())
                       .arg(profiles.size())
                       .arg(differing);
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" · %1 shown").arg(m_proxy->rowCount());
    if (!loading.isEmpty())
        text += tr(" · loading %1…").arg(loading.join(QStringLiteral(", ")));
    m_summary->setText(text);
}

void CompareTab::updateActions()
{
    m_putMissing->setEnabled(m_connected && !selectedTargets().isEmpty() &&
                             !(m_filler && m_filler->isRunning()));
    m_refresh->setEnabled(m_connected);
}

bool CompareTab::selectCells(const QString &scope, const QString &key, const QStringList &profiles)
{
    const int sourceRow = m_model->rowOf(scope, key);
    if (sourceRow < 0)
        return false;
    bool any = false;
    for (const QString &profile : profiles) {
        const int column = m_model->columnOf(profile);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, column));
        if (!index.isValid())
            continue;
        m_view->selectionModel()->select(index, QItemSelectionModel::Select);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        any = true;
    }
    updateActions();
    return any;
}

QList<SecretFillTarget> CompareTab::selectedTargets() const
{
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes.append(m_view->currentIndex());
    QList<SecretFillTarget> targets;
    QSet<QString> seen;
    const auto add = [&](int sourceRow, int column) {
        const auto state = static_cast<SecretCellState>(
            m_model->index(sourceRow, column).data(SecretMatrixModel::CellStateRole).toInt());
        if (state != SecretCellState::Missing && state != SecretCellState::ScopeMissing)
            return;
        const SecretFillTarget target{m_model->profileAt(column), m_model->scopeAt(sourceRow),
                                      m_model->keyAt(sourceRow)};
        if (target.key.isEmpty())
            return; // a scope's own row: there is no key to put
        const QString id =
            target.profile + QLatin1Char('\n') + target.scope + QLatin1Char('\n') + target.key;
        if (!seen.contains(id)) {
            seen.insert(id);
            targets.append(target);
        }
    };
    for (const QModelIndex &proxyIndex : std::as_const(indexes)) {
        const QModelIndex index = m_proxy->mapToSource(proxyIndex);
        if (!index.isValid())
            continue;
        if (index.column() >= SecretMatrixModel::FirstProfileColumn) {
            add(index.row(), index.column());
            continue;
        }
        // The scope or key cell stands for the whole row.
        for (int column = SecretMatrixModel::FirstProfileColumn; column < m_model->columnCount();
             ++column)
            add(index.row(), column);
    }
    return targets;
}

void CompareTab::putMissing()
{
    if (!m_filler || m_filler->isRunning())
        return;
    const QList<SecretFillTarget> targets = selectedTargets();
    if (targets.isEmpty()) {
        showMessage(tr("Select missing cells (or a row with missing cells) first."), true);
        return;
    }
    const QList<SecretFillStep> steps = m_filler->plan(targets);
    PutMissingDialog dialog(steps, this);
    m_dialog = &dialog;
    const QStringList vaults =
        m_services.vaults ? m_services.vaults->vaults(m_current.name) : QStringList();
    dialog.setVaultSource(vaults, m_vaultSecrets);
    connect(&dialog, &PutMissingDialog::vaultChosen, this, [this](const QString &url) {
        if (m_vaultSource->vaultUrl() == url && m_vaultSource->client())
            return;
        m_vaultSecrets->setClient(nullptr);
        if (m_dialog)
            m_dialog->setVaultStatus(tr("Signing in to Azure as %1 does…").arg(m_current.name),
                                     false);
        m_vaultSource->open(m_current, url);
    });
    Q_EMIT putMissingDialogShown(&dialog);
    const int answer = dialog.exec();
    m_dialog = nullptr;
    if (answer != QDialog::Accepted || !m_connected)
        return;
    // The questions run their own event loops: the workspace may have gone meanwhile.
    if (!confirmProdTargets(steps) || !m_connected)
        return;
    if (dialog.source() == PutMissingDialog::Source::Typed) {
        startFill(steps, dialog.typedValue());
        return;
    }
    const QString name = dialog.vaultSecretName();
    showMessage(tr("Reading %1 from the vault…").arg(name), false);
    m_vaultSecrets->fetchValue(
        name, QString(), this, [this, steps, name](const CallResult<QString> &result) {
            if (!result.ok()) {
                showMessage(
                    tr("Could not read %1 from the vault: %2").arg(name, result.error.summary()),
                    true);
                return;
            }
            startFill(steps, result.value.toUtf8());
        });
}

bool CompareTab::confirmProdTargets(const QList<SecretFillStep> &steps)
{
    QStringList prodProfiles;
    QHash<QString, int> counts;
    for (const SecretFillStep &step : steps) {
        if (!step.problem.isEmpty() || !step.isProd)
            continue;
        if (!prodProfiles.contains(step.target.profile))
            prodProfiles.append(step.target.profile);
        ++counts[step.target.profile];
    }
    for (const QString &profile : std::as_const(prodProfiles)) {
        const int count = counts.value(profile);
        const QString action = count == 1 ? tr("Put a secret into %1").arg(profile)
                                          : tr("Put %1 secrets into %2").arg(count).arg(profile);
        ConfirmByNameDialog dialog(action, profile, this);
        dialog.setConfirmText(tr("Put"));
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    return true;
}

void CompareTab::startFill(const QList<SecretFillStep> &steps, const QByteArray &value)
{
    showMessage(tr("Writing…"), false);
    m_filler->fill(steps, value);
    updateActions();
}

void CompareTab::onFillFinished(const QList<SecretFillResult> &results)
{
    QStringList failures;
    int written = 0;
    for (const SecretFillResult &result : results) {
        if (result.error.isEmpty()) {
            ++written;
            continue;
        }
        failures.append(tr("%1 / %2 in %3: %4")
                            .arg(result.step.target.scope, result.step.target.key,
                                 result.step.target.profile, result.error));
    }
    QString text = written == 1 ? tr("Put into 1 place.") : tr("Put into %1 places.").arg(written);
    if (!failures.isEmpty())
        text += QLatin1Char(' ') + tr("Not written: %1").arg(failures.join(QStringLiteral("; ")));
    showMessage(text, !failures.isEmpty());
    Q_EMIT statusMessage(text);
    updateActions();
}

void CompareTab::showMessage(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;")
                                     : QStringLiteral("color: #2e7d32;"));
    m_message->setText(text);
}

} // namespace brickdesk

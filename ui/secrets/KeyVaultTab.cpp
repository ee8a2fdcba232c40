#include "KeyVaultTab.h"

#include "AzureCredential.h"
#include "ClipboardGuard.h"
#include "ConfirmByNameDialog.h"
#include "KeyVaultConnector.h"
#include "KeyVaultSecretModel.h"
#include "ListStatusLabel.h"
#include "ProfileVaults.h"
#include "PutSecretDialog.h"
#include "SecretFormat.h"
#include "SecretRules.h"
#include "SecretTables.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

using secrettables::makeTable;
using secrettables::selectedValue;
using secrettables::selectRow;

const QString kHiddenText = QStringLiteral("••••••••");

} // namespace

KeyVaultTab::KeyVaultTab(QWidget *parent)
    : QWidget(parent)
    , m_secrets(new KeyVaultSecretModel(this))
    , m_versions(new KeyVaultSecretModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_clipboard(new ClipboardGuard(this))
    , m_vaultBox(new QComboBox(this))
    , m_addVault(new QPushButton(tr("&Add vault…"), this))
    , m_signIn(new QLabel(this))
    , m_viewBar(new QTabBar(this))
    , m_filter(new QLineEdit(this))
    , m_secretView(makeTable(this, tr("Key Vault secrets")))
    , m_status(new ListStatusLabel(this))
    , m_detailsTitle(new QLabel(this))
    , m_details(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_revealButton(new QPushButton(tr("&Reveal"), this))
    , m_copyButton(new QPushButton(tr("&Copy value"), this))
    , m_versionView(makeTable(this, tr("Versions of the secret")))
    , m_setValue(new QPushButton(tr("Set &new value…"), this))
    , m_newSecret(new QPushButton(tr("New &secret…"), this))
    , m_enable(new QPushButton(tr("&Disable"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_recover(new QPushButton(tr("Re&cover"), this))
    , m_purge(new QPushButton(tr("&Purge…"), this))
    , m_refresh(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), this))
    , m_message(new QLabel(this))
{
    m_proxy->setSourceModel(m_secrets);
    m_proxy->setSortRole(KeyVaultSecretModel::SortRole);
    m_proxy->setFilterKeyColumn(KeyVaultSecretModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildLayout();
    updateColumns();
    updateDetails();
    updateActions();
}

KeyVaultTab::~KeyVaultTab()
{
    // The copied value still goes from the clipboard, without telling a window being destroyed.
    m_clipboard->disconnect(this);
    m_clipboard->clearNow();
    disconnectFrom();
}

void KeyVaultTab::buildLayout()
{
    m_vaultBox->setAccessibleName(tr("Key Vault"));
    m_vaultBox->setMinimumContentsLength(40);
    m_vaultBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_vaultBox, &QComboBox::currentIndexChanged, this, &KeyVaultTab::onVaultChosen);
    m_addVault->setToolTip(tr("Add a vault to this profile by its URL"));
    connect(m_addVault, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString input = QInputDialog::getText(
            this, tr("Add Key Vault"),
            tr("The vault's URL (its DNS name), e.g. https://my-vault.vault.azure.net:"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || input.trimmed().isEmpty())
            return;
        QString error;
        if (!addVault(input, &error))
            showFailure(tr("Not added: %1").arg(error));
    });
    m_signIn->setTextFormat(Qt::PlainText);
    m_signIn->setStyleSheet(QStringLiteral("color: #616161;"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_secrets->refresh();
        if (!m_versions->versionsOf().isEmpty())
            m_versions->refresh();
    });
    auto *top = new QToolBar(this);
    top->setIconSize(QSize(16, 16));
    top->addWidget(new QLabel(tr(" Vault: "), top));
    top->addWidget(m_vaultBox);
    top->addWidget(m_addVault);
    top->addAction(m_refresh);
    top->addSeparator();
    top->addWidget(m_signIn);

    m_viewBar->addTab(tr("Secrets"));
    m_viewBar->addTab(tr("Deleted secrets"));
    m_viewBar->setDrawBase(false);
    connect(m_viewBar, &QTabBar::currentChanged, this,
            [this](int index) { showDeleted(index == 1); });
    m_filter->setPlaceholderText(tr("Filter names…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(220);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *viewRow = new QHBoxLayout;
    viewRow->addWidget(m_viewBar);
    viewRow->addStretch(1);
    viewRow->addWidget(m_filter);

    m_secretView->setModel(m_proxy);
    m_secretView->setSortingEnabled(true);
    m_secretView->sortByColumn(KeyVaultSecretModel::Name, Qt::AscendingOrder);
    m_secretView->horizontalHeader()->resizeSection(KeyVaultSecretModel::Name, 200);
    m_secretView->horizontalHeader()->resizeSection(KeyVaultSecretModel::Enabled, 70);
    m_secretView->horizontalHeader()->resizeSection(KeyVaultSecretModel::ContentType, 95);
    m_secretView->horizontalHeader()->resizeSection(KeyVaultSecretModel::Expires, 118);
    m_secretView->horizontalHeader()->resizeSection(KeyVaultSecretModel::Updated, 118);
    m_secretView->horizontalHeader()->resizeSection(KeyVaultSecretModel::DeletedOn, 118);
    m_secretView->horizontalHeader()->resizeSection(KeyVaultSecretModel::PurgeOn, 118);
    connect(m_secretView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyVaultTab::onSecretSelected);
    m_status->setModel(m_secrets);
    m_status->setTexts(tr("Not connected."),
                       tr("This vault has no secrets. Add one with New secret…"), tr("%1 secrets"));
    connect(m_secrets, &KeyVaultSecretModel::viewChanged, this, [this] {
        updateColumns();
        m_status->setEmptyText(m_secrets->view() == KeyVaultSecretModel::View::Deleted
                                   ? tr("No deleted secrets: nothing to recover or purge.")
                                   : tr("This vault has no secrets. Add one with New secret…"),
                               m_secrets->view() == KeyVaultSecretModel::View::Deleted
                                   ? tr("%1 deleted secrets, recoverable until their purge date")
                                   : tr("%1 secrets"));
    });

    m_versions->showVersions(QString());
    m_versionView->setModel(m_versions);
    for (int column = 0; column < KeyVaultSecretModel::ColumnCount; ++column) {
        const bool wanted = column == KeyVaultSecretModel::Version ||
                            column == KeyVaultSecretModel::Enabled ||
                            column == KeyVaultSecretModel::Updated;
        m_versionView->setColumnHidden(column, !wanted);
    }
    // Version ids are 32 hex digits: elided in the middle; the state and date stay whole.
    m_versionView->horizontalHeader()->resizeSection(KeyVaultSecretModel::Version, 170);
    m_versionView->horizontalHeader()->resizeSection(KeyVaultSecretModel::Enabled, 80);
    m_versionView->setTextElideMode(Qt::ElideMiddle);
    connect(m_versionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        hideValue();
        updateActions();
    });

    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_detailsTitle->setFont(bold);
    m_detailsTitle->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setReadOnly(true);
    m_value->setAccessibleName(tr("Secret value"));
    m_value->setPlaceholderText(tr("hidden: Reveal shows it"));
    m_revealButton->setToolTip(tr("Fetch and show the value until the selection changes"));
    m_copyButton->setToolTip(tr("Copy the value; the clipboard is cleared after 30 s"));
    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        if (m_revealed)
            hideValue();
        else
            reveal();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &KeyVaultTab::copyValue);
    connect(m_setValue, &QPushButton::clicked, this, &KeyVaultTab::setNewValue);
    connect(m_newSecret, &QPushButton::clicked, this, &KeyVaultTab::newSecret);
    connect(m_enable, &QPushButton::clicked, this, &KeyVaultTab::toggleEnabled);
    connect(m_delete, &QPushButton::clicked, this, &KeyVaultTab::deleteSecret);
    connect(m_recover, &QPushButton::clicked, this, &KeyVaultTab::recoverSecret);
    connect(m_purge, &QPushButton::clicked, this, &KeyVaultTab::purgeSecret);
    connect(m_clipboard, &ClipboardGuard::cleared, this,
            [this] { showResult(tr("The copied value was cleared from the clipboard.")); });

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(new QLabel(tr("Value:"), this));
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_revealButton);
    valueRow->addWidget(m_copyButton);
    auto *actionRow = new QHBoxLayout;
    for (QPushButton *button : {m_setValue, m_enable, m_delete, m_recover, m_purge})
        actionRow->addWidget(button);
    actionRow->addStretch(1);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_details);
    detailsLayout->addLayout(valueRow);
    detailsLayout->addLayout(actionRow);
    detailsLayout->addWidget(new QLabel(tr("Versions:"), details));
    detailsLayout->addWidget(m_versionView, 1);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(viewRow);
    listLayout->addWidget(m_secretView, 1);
    auto *listBottom = new QHBoxLayout;
    listBottom->addWidget(m_status, 1);
    listBottom->addWidget(m_newSecret);
    listLayout->addLayout(listBottom);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 460});

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    for (KeyVaultSecretModel *model : {m_secrets, m_versions}) {
        connect(model, &SecretTableBase::actionSucceeded, this, &KeyVaultTab::showResult);
        connect(model, &SecretTableBase::actionFailed, this, &KeyVaultTab::showFailure);
        connect(model, &QAbstractItemModel::dataChanged, this, &KeyVaultTab::updateDetails);
    }
    // A new value or state makes or changes a version: the versions shown follow.
    connect(m_secrets, &SecretTableBase::actionSucceeded, this, [this] {
        if (m_secrets->view() == KeyVaultSecretModel::View::Secrets &&
            !m_versions->versionsOf().isEmpty())
            m_versions->refresh();
    });
    connect(m_secrets, &SecretTableBase::loaded, this, [this] {
        settle();
        if (selectedSecret().isEmpty() && m_proxy->rowCount() > 0)
            m_secretView->selectRow(0);
    });
    connect(m_secrets, &SecretTableBase::loadFailed, this, [this](const QString &error) {
        showFailure(tr("Could not list %1: %2").arg(currentVault(), error));
        settle();
    });
    connect(m_secrets, &QAbstractItemModel::rowsRemoved, this, &KeyVaultTab::updateActions);
    connect(m_secrets, &QAbstractItemModel::rowsInserted, this, &KeyVaultTab::updateActions);
}

void KeyVaultTab::setServices(const SecretsServices &services)
{
    m_services = services;
    delete m_connector;
    m_connector = new KeyVaultConnector(services.network, services.activity, services.azure,
                                        services.environment, this);
    connect(m_connector, &KeyVaultConnector::opened, this, &KeyVaultTab::onOpened);
    connect(m_connector, &KeyVaultConnector::failed, this, [this](const QString &error) {
        m_signIn->setText(tr("Not signed in"));
        showFailure(error);
        m_status->setIdleText(error);
        settle();
    });
    if (services.vaults)
        connect(services.vaults, &ProfileVaults::vaultsChanged, this,
                [this](const QString &profile) {
                    if (profile == m_profile.name)
                        fillVaults();
                });
}

void KeyVaultTab::connectTo(const Profile &profile)
{
    const bool sameProfile = m_connected && profile.name == m_profile.name;
    m_profile = profile;
    m_connected = true;
    if (sameProfile)
        return;
    m_settled = false;
    fillVaults();
}

void KeyVaultTab::disconnectFrom()
{
    m_connected = false;
    m_settled = false;
    hideValue();
    if (m_connector)
        m_connector->close();
    m_secrets->setClient(nullptr);
    m_versions->setClient(nullptr);
    m_signIn->clear();
    m_status->setIdleText(tr("Not connected."));
    updateDetails();
    updateActions();
}

void KeyVaultTab::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    onVaultChosen();
}

QStringList KeyVaultTab::vaults() const
{
    QStringList urls;
    for (int i = 0; i < m_vaultBox->count(); ++i)
        urls.append(m_vaultBox->itemText(i));
    return urls;
}

QString KeyVaultTab::currentVault() const
{
    return m_vaultBox->currentText();
}

void KeyVaultTab::fillVaults()
{
    const QString was = currentVault();
    const QStringList urls = m_services.vaults && m_connected
                                 ? m_services.vaults->vaults(m_profile.name)
                                 : QStringList();
    {
        const QSignalBlocker blocker(m_vaultBox);
        m_vaultBox->clear();
        m_vaultBox->addItems(urls);
        const int keep = m_vaultBox->findText(was);
        m_vaultBox->setCurrentIndex(keep >= 0 ? keep : (urls.isEmpty() ? -1 : 0));
    }
    if (currentVault() != was || m_secrets->client() == nullptr)
        onVaultChosen();
}

bool KeyVaultTab::openVault(const QString &vaultUrl)
{
    const int index = m_vaultBox->findText(vaultUrl);
    if (index < 0)
        return false;
    m_vaultBox->setCurrentIndex(index);
    return true;
}

bool KeyVaultTab::addVault(const QString &input, QString *error)
{
    if (!m_services.vaults || !m_connected) {
        *error = tr("not connected");
        return false;
    }
    const QString url = m_services.vaults->addVault(m_profile.name, input, error);
    if (url.isEmpty())
        return false;
    openVault(url);
    return true;
}

void KeyVaultTab::onVaultChosen()
{
    hideValue();
    m_secrets->setClient(nullptr);
    m_versions->setClient(nullptr);
    updateDetails();
    updateActions();
    if (!m_connected || !m_activated || !m_connector)
        return;
    const QString url = currentVault();
    if (url.isEmpty()) {
        m_connector->close();
        m_signIn->clear();
        m_status->setIdleText(tr("No Key Vault for %1 yet. Add one by its URL with Add vault… "
                                 "(https://NAME.vault.azure.net).")
                                  .arg(m_profile.name));
        settle();
        return;
    }
    m_signIn->setText(tr("Signing in to Azure…"));
    m_status->setIdleText(tr("Signing in to Azure to read %1…").arg(url));
    m_connector->open(m_profile, url);
}

void KeyVaultTab::onOpened(KeyVaultClient *client)
{
    AzureCredential *credential = m_connector->credential();
    const auto showAccount = [this, credential] {
        m_signIn->setText(credential ? tr("Azure: %1").arg(credential->description()) : QString());
    };
    showAccount();
    if (credential && !m_watchedCredentials.contains(credential)) {
        m_watchedCredentials.append(credential);
        connect(credential, &AzureCredential::accountChanged, this, [this, credential] {
            if (m_connector && m_connector->credential() == credential)
                m_signIn->setText(tr("Azure: %1").arg(credential->description()));
        });
    }
    m_status->setIdleText(tr("Listing %1…").arg(currentVault()));
    m_secrets->setClient(client);
    m_versions->setClient(client);
    if (m_viewBar->currentIndex() == 1)
        m_secrets->showDeleted();
    else
        m_secrets->showSecrets();
}

void KeyVaultTab::settle()
{
    if (!m_settled && m_connected) {
        m_settled = true;
        Q_EMIT settledChanged();
    }
}

void KeyVaultTab::showDeleted(bool deleted)
{
    if (m_viewBar->currentIndex() != (deleted ? 1 : 0)) {
        m_viewBar->setCurrentIndex(deleted ? 1 : 0); // comes back here through the signal
        return;
    }
    hideValue();
    if (!m_secrets->client())
        return;
    if (deleted)
        m_secrets->showDeleted();
    else
        m_secrets->showSecrets();
}

void KeyVaultTab::updateColumns()
{
    for (int column = 0; column < KeyVaultSecretModel::ColumnCount; ++column)
        m_secretView->setColumnHidden(column, !m_secrets->isColumnUsed(column));
    updateActions();
}

bool KeyVaultTab::selectSecret(const QString &name)
{
    return selectRow(m_secretView, KeyVaultSecretModel::NameRole, name);
}

bool KeyVaultTab::selectVersion(const QString &version)
{
    return selectRow(m_versionView, KeyVaultSecretModel::VersionRole, version);
}

QString KeyVaultTab::selectedSecret() const
{
    return selectedValue(m_secretView, KeyVaultSecretModel::NameRole);
}

QString KeyVaultTab::selectedVersion() const
{
    return selectedValue(m_versionView, KeyVaultSecretModel::VersionRole);
}

void KeyVaultTab::onSecretSelected()
{
    hideValue();
    const QString name = selectedSecret();
    if (m_secrets->view() == KeyVaultSecretModel::View::Secrets && !name.isEmpty() &&
        m_versions->client())
        m_versions->showVersions(name);
    else
        m_versions->showVersions(QString());
    updateDetails();
    updateActions();
}

void KeyVaultTab::updateDetails()
{
    const QString name = selectedSecret();
    const std::optional<int> row = m_secrets->rowOf(name);
    if (!row) {
        m_detailsTitle->setText(m_secrets->client() ? tr("Select a secret") : QString());
        m_details->clear();
        return;
    }
    const KeyVaultSecret &secret = m_secrets->itemAt(*row);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    if (m_secrets->view() == KeyVaultSecretModel::View::Deleted) {
        lines.append(tr("Deleted %1").arg(secretformat::longTime(secret.deletedDate, now)));
        lines.append(tr("Purged for good on %1 unless recovered")
                         .arg(secretformat::shortTime(secret.scheduledPurgeDate)));
    } else {
        lines.append(secret.attributes.enabled ? tr("Enabled") : tr("Disabled: cannot be read"));
        const KeyVaultExpiry expiry = keyVaultExpiry(secret.attributes, now);
        lines.append(secret.attributes.expires.isValid()
                         ? tr("Expires %1 (%2)")
                               .arg(secretformat::shortTime(secret.attributes.expires),
                                    keyVaultExpiryLabel(expiry))
                         : tr("Never expires"));
        lines.append(tr("Updated %1").arg(secretformat::longTime(secret.attributes.updated, now)));
        if (!secret.contentType.isEmpty())
            lines.append(tr("Content type: %1").arg(secret.contentType));
        if (secret.managed)
            lines.append(tr("Backs a certificate: change it through the certificate."));
    }
    m_detailsTitle->setText(name);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void KeyVaultTab::updateActions()
{
    const bool open = m_secrets->client() != nullptr;
    const bool deletedView = m_secrets->view() == KeyVaultSecretModel::View::Deleted;
    const std::optional<int> row = m_secrets->rowOf(selectedSecret());
    const bool selected = open && row.has_value();
    const bool managed = selected && m_secrets->itemAt(*row).managed;
    const bool enabled = selected && m_secrets->itemAt(*row).attributes.enabled;
    m_revealButton->setEnabled(selected && !deletedView);
    m_revealButton->setText(m_revealed ? tr("&Hide") : tr("&Reveal"));
    m_copyButton->setEnabled(selected && !deletedView);
    m_setValue->setEnabled(selected && !deletedView && !managed);
    m_newSecret->setEnabled(open && !deletedView);
    m_enable->setEnabled(selected && !deletedView && !managed);
    m_enable->setText(enabled || !selected ? tr("&Disable") : tr("&Enable"));
    m_delete->setEnabled(selected && !deletedView && !managed);
    m_recover->setVisible(deletedView);
    m_purge->setVisible(deletedView);
    m_recover->setEnabled(selected && deletedView);
    m_purge->setEnabled(selected && deletedView);
    for (QPushButton *button : {m_setValue, m_enable, m_delete})
        button->setVisible(!deletedView);
    m_refresh->setEnabled(open);
    m_addVault->setEnabled(m_connected);
}

void KeyVaultTab::reveal()
{
    const QString name = selectedSecret();
    if (name.isEmpty() || !m_secrets->client())
        return;
    const QString version = selectedVersion();
    const quint64 generation = ++m_revealGeneration;
    m_value->setPlaceholderText(tr("fetching…"));
    m_secrets->fetchValue(
        name, version, this, [this, generation, name](const CallResult<QString> &result) {
            if (generation != m_revealGeneration)
                return; // the selection moved on: the value is not shown
            m_value->setPlaceholderText(tr("hidden: Reveal shows it"));
            if (!result.ok()) {
                showFailure(tr("Could not read %1: %2").arg(name, result.error.summary()));
                return;
            }
            m_value->setText(result.value);
            m_value->setCursorPosition(0);
            m_revealed = true;
            updateActions();
        });
}

void KeyVaultTab::hideValue()
{
    ++m_revealGeneration;
    m_value->clear();
    m_value->setPlaceholderText(tr("hidden: Reveal shows it"));
    m_revealed = false;
    m_revealButton->setText(tr("&Reveal"));
}

void KeyVaultTab::copyValue()
{
    const QString name = selectedSecret();
    if (name.isEmpty() || !m_secrets->client())
        return;
    const auto copy = [this, name](const QString &value) {
        m_clipboard->copy(value);
        showResult(tr("The value of %1 is on the clipboard; it will be cleared in %2 s.")
                       .arg(name)
                       .arg(m_clipboard->clearIntervalMs() / 1000));
    };
    if (m_revealed) {
        copy(m_value->text());
        return;
    }
    const quint64 generation = m_revealGeneration;
    m_secrets->fetchValue(
        name, selectedVersion(), this,
        [this, generation, name, copy](const CallResult<QString> &result) {
            if (generation != m_revealGeneration)
                return;
            if (!result.ok()) {
                showFailure(tr("Could not read %1: %2").arg(name, result.error.summary()));
                return;
            }
            copy(result.value);
        });
}

bool KeyVaultTab::confirm(const QString &action)
{
    return ConfirmByNameDialog::confirm(this, action, m_profile.name, m_profile.isProd());
}

void KeyVaultTab::setNewValue()
{
    const QString name = selectedSecret();
    if (name.isEmpty() || !m_secrets->client())
        return;
    PutSecretDialog dialog(tr("New value for %1").arg(name),
                           tr("A new version of the secret is created and becomes its value; "
                              "older versions stay in the vault."),
                           this);
    dialog.setKey(name, false, tr("Secret:"));
    dialog.setValueRule(&secretRules::checkKeyVaultText, secretRules::kMaxKeyVaultValueBytes);
    dialog.setFileAllowed(false);
    if (dialog.exec() != QDialog::Accepted || !m_secrets->client())
        return;
    if (m_profile.isProd() && !confirm(tr("Replace the value of %1").arg(name)))
        return;
    m_secrets->setValue(name, QString::fromUtf8(dialog.value()));
}

void KeyVaultTab::newSecret()
{
    if (!m_secrets->client())
        return;
    PutSecretDialog dialog(tr("New secret in %1").arg(currentVault()), QString(), this);
    dialog.setKey(QString(), true, tr("&Name:"));
    dialog.setKeyChecker(&secretRules::checkKeyVaultName);
    dialog.setValueRule(&secretRules::checkKeyVaultText, secretRules::kMaxKeyVaultValueBytes);
    dialog.setFileAllowed(false);
    if (dialog.exec() != QDialog::Accepted || !m_secrets->client())
        return;
    const QString name = dialog.key();
    // Key Vault names ignore case; a list still loading (or failed) cannot say the name is free.
    const bool listKnown =
        m_secrets->hasLoaded() && !m_secrets->isLoading() && m_secrets->errorText().isEmpty();
    const bool exists = std::any_of(m_secrets->items().cbegin(), m_secrets->items().cend(),
                                    [&name](const KeyVaultSecret &secret) {
                                        return secret.name.compare(name, Qt::CaseInsensitive) == 0;
                                    });
    if ((exists || (!listKnown && m_profile.isProd())) &&
        !confirm(exists ? tr("Replace the value of %1").arg(name)
                        : tr("Set %1 (the list has not loaded: it may replace a value)").arg(name)))
        return;
    m_secrets->setValue(name, QString::fromUtf8(dialog.value()));
}

void KeyVaultTab::toggleEnabled()
{
    const std::optional<int> row = m_secrets->rowOf(selectedSecret());
    if (!row || !m_secrets->client())
        return;
    const QString name = m_secrets->itemAt(*row).name;
    const bool enable = !m_secrets->itemAt(*row).attributes.enabled;
    if (!enable && m_profile.isProd() &&
        !confirm(tr("Disable %1 (nothing can read it until enabled again)").arg(name)))
        return;
    m_secrets->setEnabled(name, QString(), enable);
}

void KeyVaultTab::deleteSecret()
{
    const QString name = selectedSecret();
    if (name.isEmpty() || !m_secrets->client())
        return;
    if (!confirm(tr("Delete %1 from %2 (recoverable until purged)").arg(name, currentVault())))
        return;
    m_secrets->deleteSecret(name);
}

void KeyVaultTab::recoverSecret()
{
    const QString name = selectedSecret();
    if (name.isEmpty() || !m_secrets->client())
        return;
    m_secrets->recoverSecret(name);
}

void KeyVaultTab::purgeSecret()
{
    const QString name = selectedSecret();
    if (name.isEmpty() || !m_secrets->client())
        return;
    if (!confirm(tr("Purge %1 for good (it cannot be recovered)").arg(name)))
        return;
    m_secrets->purgeSecret(name);
}

void KeyVaultTab::showResult(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_message->setText(text);
    Q_EMIT statusMessage(text);
}

void KeyVaultTab::showFailure(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(text);
}

} // namespace brickdesk

#include "ScopesTab.h"

#include "ConfirmByNameDialog.h"
#include "CreateScopeDialog.h"
#include "GrantAclDialog.h"
#include "ListStatusLabel.h"
#include "PageAction.h"
#include "PutSecretDialog.h"
#include "SecretAclModel.h"
#include "SecretListModel.h"
#include "SecretRules.h"
#include "SecretScopeModel.h"
#include "SecretTables.h"
#include "SecretsClient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

using secrettables::selectedValue;
using secrettables::selectRow;

// The Scopes tab's tables also offer their actions on right click.
QTableView *makeTable(QWidget *parent, const QString &name)
{
    QTableView *view = secrettables::makeTable(parent, name);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

QLabel *makeTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QWidget *makePane(QWidget *parent, QLabel *title, QToolBar *bar, QTableView *view,
                  const QList<QWidget *> &below)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    // Title and actions on rows of their own: three panes side by side leave each too little
    // width for both, and hidden actions behind a chevron are easy to miss.
    layout->addWidget(title);
    layout->addWidget(bar);
    layout->addWidget(view, 1);
    for (QWidget *widget : below)
        layout->addWidget(widget);
    return pane;
}

} // namespace

ScopesTab::ScopesTab(QWidget *parent)
    : QWidget(parent)
    , m_scopes(new SecretScopeModel(this))
    , m_secrets(new SecretListModel(this))
    , m_acls(new SecretAclModel(this))
    , m_secretProxy(new QSortFilterProxyModel(this))
    , m_scopeView(makeTable(this, tr("Secret scopes")))
    , m_secretView(makeTable(this, tr("Secrets of the scope")))
    , m_aclView(makeTable(this, tr("ACLs of the scope")))
    , m_scopeStatus(new ListStatusLabel(this))
    , m_secretStatus(new ListStatusLabel(this))
    , m_aclStatus(new ListStatusLabel(this))
    , m_secretTitle(makeTitle(tr("Secrets"), this))
    , m_aclTitle(makeTitle(tr("Permissions"), this))
    , m_readOnly(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_secretProxy->setSourceModel(m_secrets);
    m_secretProxy->setSortRole(SecretListModel::SortRole);
    buildActions();
    buildLayout();
    wireModels();
    updateActions();
}

ScopesTab::~ScopesTab()
{
    disconnectFrom(QString());
}

QAction *ScopesTab::makeAction(const QString &text, const QKeySequence &shortcut,
                               const QString &tip, const char *icon)
{
    return makePageAction(this, text, shortcut, tip, icon);
}

void ScopesTab::buildActions()
{
    m_newScope = makeAction(tr("New scope…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                            tr("Create a secret scope"), "folder-new");
    connect(m_newScope, &QAction::triggered, this, &ScopesTab::createScope);
    m_deleteScope = makeAction(tr("Delete scope…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                               tr("Delete the selected scope with all its secrets"), "edit-delete");
    connect(m_deleteScope, &QAction::triggered, this, &ScopesTab::deleteScope);
    m_putSecret = makeAction(tr("Put secret…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                             tr("Add a secret to the scope, or give the selected one a new value"),
                             "document-new");
    connect(m_putSecret, &QAction::triggered, this, &ScopesTab::putSecret);
    m_deleteSecret = makeAction(tr("Delete secret…"), QKeySequence(Qt::Key_Delete),
                                tr("Delete the selected secret"), "edit-delete");
    connect(m_deleteSecret, &QAction::triggered, this, &ScopesTab::deleteSecret);
    m_copySnippet =
        makeAction(tr("Copy dbutils snippet"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                   tr("Copy dbutils.secrets.get(scope=…, key=…) for a notebook"), "edit-copy");
    connect(m_copySnippet, &QAction::triggered, this, &ScopesTab::copySnippet);
    m_grant =
        makeAction(tr("Grant…"), QKeySequence(Qt::CTRL | Qt::Key_G),
                   tr("Give a user, group or service principal READ, WRITE or MANAGE"), "list-add");
    connect(m_grant, &QAction::triggered, this, &ScopesTab::grant);
    m_revoke = makeAction(tr("Revoke…"), {}, tr("Remove the selected principal's permission"),
                          "list-remove");
    connect(m_revoke, &QAction::triggered, this, &ScopesTab::revoke);
    m_refresh = makeAction(tr("Refresh"), QKeySequence(Qt::Key_F5),
                           tr("List scopes, secrets and permissions again"), "view-refresh");
    connect(m_refresh, &QAction::triggered, this, &ScopesTab::refresh);
}

void ScopesTab::buildLayout()
{
    const auto bar = [this](const QList<QAction *> &actions) {
        auto *toolbar = new QToolBar(this);
        toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolbar->setIconSize(QSize(16, 16));
        for (QAction *action : actions)
            toolbar->addAction(action);
        return toolbar;
    };
    m_scopeView->setModel(m_scopes);
    m_scopeView->hideColumn(SecretScopeModel::ResourceId);
    m_scopeView->horizontalHeader()->resizeSection(SecretScopeModel::Name, 160);
    m_scopeView->horizontalHeader()->resizeSection(SecretScopeModel::Backend, 115);
    m_scopeView->addActions({m_newScope, m_deleteScope, m_refresh});
    m_secretView->setModel(m_secretProxy);
    m_secretView->setSortingEnabled(true);
    m_secretView->sortByColumn(SecretListModel::Key, Qt::AscendingOrder);
    m_secretView->horizontalHeader()->setSectionResizeMode(SecretListModel::Key,
                                                           QHeaderView::Stretch);
    m_secretView->horizontalHeader()->setSectionResizeMode(SecretListModel::LastUpdated,
                                                           QHeaderView::ResizeToContents);
    m_secretView->horizontalHeader()->setStretchLastSection(false);
    m_secretView->addActions({m_putSecret, m_deleteSecret, m_copySnippet});
    m_aclView->setModel(m_acls);
    m_aclView->horizontalHeader()->setSectionResizeMode(SecretAclModel::Principal,
                                                        QHeaderView::Stretch);
    m_aclView->horizontalHeader()->setSectionResizeMode(SecretAclModel::Permission,
                                                        QHeaderView::ResizeToContents);
    m_aclView->horizontalHeader()->setStretchLastSection(false);
    m_aclView->setTextElideMode(Qt::ElideMiddle); // long application ids keep both ends
    m_aclView->addActions({m_grant, m_revoke});

    m_scopeStatus->setModel(m_scopes);
    m_scopeStatus->setTexts(tr("Not connected."),
                            tr("No secret scopes yet. Create one with New scope…"),
                            tr("%1 scopes"));
    m_secretStatus->setModel(m_secrets);
    m_secretStatus->setTexts(tr("Select a scope to see its secrets."),
                             tr("No secrets in this scope. Add one with Put secret…"),
                             tr("%1 secrets. Values cannot be read back, only replaced."));
    m_aclStatus->setModel(m_acls);
    m_aclStatus->setTexts(tr("Select a scope to see who may use it."),
                          tr("No ACLs: only workspace admins can use this scope. "
                             "Grant access with Grant…"),
                          tr("%1 principals"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #ffe082; padding: 6px; }"));
    m_readOnly->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(makePane(splitter, makeTitle(tr("Scopes"), this),
                                 bar({m_newScope, m_deleteScope}), m_scopeView, {m_scopeStatus}));
    splitter->addWidget(makePane(splitter, m_secretTitle,
                                 bar({m_putSecret, m_deleteSecret, m_copySnippet}), m_secretView,
                                 {m_readOnly, m_secretStatus}));
    splitter->addWidget(
        makePane(splitter, m_aclTitle, bar({m_grant, m_revoke}), m_aclView, {m_aclStatus}));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({420, 420, 300});

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
}

void ScopesTab::wireModels()
{
    connect(m_scopeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScopesTab::onScopeSelected);
    connect(m_secretView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScopesTab::updateActions);
    connect(m_aclView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScopesTab::updateActions);
    const auto settle = [this] {
        if (!m_settled && m_client) {
            m_settled = true;
            Q_EMIT settledChanged();
        }
    };
    connect(m_scopes, &SecretScopeModel::loaded, this, [this, settle] {
        if (!m_selectWhenListed.isEmpty() && selectScope(m_selectWhenListed))
            m_selectWhenListed.clear();
        // Something to look at from the start: the first scope's secrets.
        if (selectedScope().isEmpty() && m_scopes->rowCount() > 0)
            m_scopeView->selectRow(0);
        settle();
    });
    connect(m_scopes, &SecretScopeModel::loadFailed, this, [this, settle](const QString &error) {
        showFailure(tr("Could not list the scopes: %1").arg(error));
        settle();
    });
    connect(m_scopes, &SecretScopeModel::scopeCreated, this,
            [this](const QString &name) { selectScope(name); });
    for (SecretTableBase *model :
         {static_cast<SecretTableBase *>(m_scopes), static_cast<SecretTableBase *>(m_secrets),
          static_cast<SecretTableBase *>(m_acls)}) {
        connect(model, &SecretTableBase::actionSucceeded, this, &ScopesTab::showResult);
        connect(model, &SecretTableBase::actionFailed, this, &ScopesTab::showFailure);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ScopesTab::updateActions);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ScopesTab::updateActions);
    }
    connect(m_secrets, &SecretListModel::secretPut, this,
            [this](const QString &, const QString &key) { selectSecret(key); });
}

void ScopesTab::connectTo(const ConnectedWorkspace &workspace)
{
    if (m_client)
        disconnectFrom(QString());
    m_workspace = workspace;
    m_client = new SecretsClient(workspace.client, this);
    m_scopes->setClient(m_client);
    m_secrets->setClient(m_client);
    m_acls->setClient(m_client);
    m_settled = false;
    m_message->clear();
    m_scopes->refresh();
    onScopeSelected();
}

void ScopesTab::disconnectFrom(const QString &whyNot)
{
    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
    }
    m_client = nullptr;
    m_scopes->setClient(nullptr);
    m_secrets->setClient(nullptr);
    m_acls->setClient(nullptr);
    m_workspace = ConnectedWorkspace{};
    m_settled = false;
    m_message->setText(whyNot);
    m_message->setStyleSheet(QString());
    m_scopeStatus->setIdleText(whyNot.isEmpty() ? tr("Not connected.") : whyNot);
    onScopeSelected();
}

QString ScopesTab::selectedScope() const
{
    return selectedValue(m_scopeView, SecretScopeModel::NameRole);
}

QString ScopesTab::selectedSecret() const
{
    return selectedValue(m_secretView, SecretListModel::KeyRole);
}

QString ScopesTab::selectedAcl() const
{
    return selectedValue(m_aclView, SecretAclModel::PrincipalRole);
}

bool ScopesTab::selectScope(const QString &name)
{
    return selectRow(m_scopeView, SecretScopeModel::NameRole, name);
}

bool ScopesTab::selectSecret(const QString &key)
{
    return selectRow(m_secretView, SecretListModel::KeyRole, key);
}

bool ScopesTab::selectAcl(const QString &principal)
{
    return selectRow(m_aclView, SecretAclModel::PrincipalRole, principal);
}

void ScopesTab::onScopeSelected()
{
    const QString name = selectedScope();
    const SecretScope *scope = m_scopes->scope(name);
    if (!scope || !m_client) {
        m_secrets->setScope(SecretScope{});
        m_acls->setScope(QString());
        m_secretTitle->setText(tr("Secrets"));
        m_aclTitle->setText(tr("Permissions"));
        m_readOnly->hide();
        updateActions();
        return;
    }
    m_secretTitle->setText(tr("Secrets in %1").arg(scope->name));
    m_aclTitle->setText(tr("Permissions on %1").arg(scope->name));
    m_secrets->setScope(*scope);
    m_acls->setScope(scope->name);
    m_readOnly->setText(
        tr("Backed by Azure Key Vault %1. Databricks only reads this vault: secrets cannot be put "
           "or deleted through the workspace. Change them in the vault (Key Vault tab); they "
           "show here as the vault has them.")
            .arg(scope->keyVaultDnsName));
    m_readOnly->setVisible(scope->isKeyVaultBacked());
    m_secretStatus->setEmptyText(
        scope->isKeyVaultBacked() ? tr("The vault has no secrets Databricks can list.")
                                  : tr("No secrets in this scope. Add one with Put secret…"),
        scope->isKeyVaultBacked() ? tr("%1 secrets in the vault.")
                                  : tr("%1 secrets. Values cannot be read back, only replaced."));
    updateActions();
}

void ScopesTab::updateActions()
{
    const bool connected = m_client != nullptr;
    const SecretScope *scope = m_scopes->scope(selectedScope());
    const bool writable = scope && !scope->isKeyVaultBacked();
    const bool secretSelected = !selectedSecret().isEmpty();
    m_newScope->setEnabled(connected);
    m_deleteScope->setEnabled(connected && scope);
    m_putSecret->setEnabled(connected && writable);
    m_deleteSecret->setEnabled(connected && writable && secretSelected);
    m_copySnippet->setEnabled(scope && secretSelected);
    m_grant->setEnabled(connected && scope);
    m_revoke->setEnabled(connected && scope && !selectedAcl().isEmpty());
    m_refresh->setEnabled(connected);
    const QString whyReadOnly = tr("Key Vault-backed scopes are read-only in Databricks");
    m_putSecret->setStatusTip(scope && !writable ? whyReadOnly : QString());
    m_deleteSecret->setStatusTip(scope && !writable ? whyReadOnly : QString());
}

void ScopesTab::showResult(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_message->setText(text);
    Q_EMIT statusMessage(text);
}

void ScopesTab::showFailure(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(text);
}

void ScopesTab::refresh()
{
    m_scopes->refresh();
    m_secrets->refresh();
    m_acls->refresh();
}

void ScopesTab::createScope()
{
    if (!m_client)
        return;
    CreateScopeDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !m_client)
        return;
    const SecretScopeSpec spec = dialog.spec();
    showResult(tr("Creating scope '%1'…").arg(spec.name));
    m_scopes->createScope(spec);
}

void ScopesTab::deleteScope()
{
    const QString name = selectedScope();
    if (!m_client || name.isEmpty())
        return;
    const bool listed = m_secrets->scope().name == name && m_secrets->hasLoaded();
    const int count = m_secrets->rowCount();
    const QString action = !listed ? tr("Delete scope '%1' with all its secrets").arg(name)
                           : count == 1
                               ? tr("Delete scope '%1' and its 1 secret").arg(name)
                               : tr("Delete scope '%1' and its %2 secrets").arg(name).arg(count);
    // A switch of workspace during the question disconnects this tab: look again after it.
    if (!ConfirmByNameDialog::confirm(this, action, m_workspace.profile.name,
                                      m_workspace.profile.isProd()) ||
        !m_client)
        return;
    m_scopes->deleteScope(name);
}

void ScopesTab::putSecret()
{
    const SecretScope *scope = m_scopes->scope(selectedScope());
    if (!m_client || !scope || scope->isKeyVaultBacked())
        return;
    const QString scopeName = scope->name;
    const QString existing = selectedSecret();
    PutSecretDialog dialog(tr("Put secret in %1").arg(scopeName),
                           tr("The value is sent to the workspace and can never be read back "
                              "through the API. A value under an existing key replaces it."),
                           this);
    dialog.setKey(existing, true, tr("&Key:"));
    dialog.setKeyChecker(&secretRules::checkKey);
    dialog.setValueRule(&secretRules::checkValue, secretRules::kMaxValueBytes);
    if (dialog.exec() != QDialog::Accepted || !m_client)
        return;
    const QString key = dialog.key();
    // A list still loading (or failed) cannot say the key is free: on prod that asks too.
    const bool listKnown =
        m_secrets->hasLoaded() && !m_secrets->isLoading() && m_secrets->errorText().isEmpty();
    if (m_secrets->rowOf(key) || (!listKnown && m_workspace.profile.isProd())) {
        const QString action =
            m_secrets->rowOf(key)
                ? tr("Replace the value of secret '%1' in scope '%2'").arg(key, scopeName)
                : tr("Put secret '%1' in scope '%2' (the list has not loaded: it may replace a "
                     "value)")
                      .arg(key, scopeName);
        if (!ConfirmByNameDialog::confirm(this, action, m_workspace.profile.name,
                                          m_workspace.profile.isProd()) ||
            !m_client)
            return;
    }
    if (dialog.isText())
        m_secrets->putText(key, QString::fromUtf8(dialog.value()));
    else
        m_secrets->putBytes(key, dialog.value());
}

void ScopesTab::deleteSecret()
{
    const QString key = selectedSecret();
    const QString scope = selectedScope();
    if (!m_client || key.isEmpty() || m_secrets->isReadOnly())
        return;
    const QString action = tr("Delete secret '%1' from scope '%2'").arg(key, scope);
    if (!ConfirmByNameDialog::confirm(this, action, m_workspace.profile.name,
                                      m_workspace.profile.isProd()) ||
        !m_client)
        return;
    m_secrets->deleteSecret(key);
}

void ScopesTab::copySnippet()
{
    const QString scope = selectedScope();
    const QString key = selectedSecret();
    if (scope.isEmpty() || key.isEmpty())
        return;
    QApplication::clipboard()->setText(secretRules::dbutilsSnippet(scope, key));
    showResult(tr("Copied: %1").arg(secretRules::dbutilsSnippet(scope, key)));
}

void ScopesTab::grant()
{
    const QString scope = selectedScope();
    if (!m_client || scope.isEmpty())
        return;
    GrantAclDialog dialog(scope, this);
    const QString selected = selectedAcl();
    if (const std::optional<int> row = m_acls->rowOf(selected))
        dialog.setPrincipal(selected, m_acls->itemAt(*row).permission);
    if (dialog.exec() != QDialog::Accepted || !m_client)
        return;
    m_acls->grant(dialog.principal(), dialog.permission());
}

void ScopesTab::revoke()
{
    const QString principal = selectedAcl();
    const QString scope = selectedScope();
    if (!m_client || principal.isEmpty())
        return;
    const QString action = tr("Revoke the permission of %1 on scope '%2'").arg(principal, scope);
    if (!ConfirmByNameDialog::confirm(this, action, m_workspace.profile.name,
                                      m_workspace.profile.isProd()) ||
        !m_client)
        return;
    m_acls->revoke(principal);
}

} // namespace brickdesk

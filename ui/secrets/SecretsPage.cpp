#include "SecretsPage.h"

#include "CompareTab.h"
#include "KeyVaultTab.h"
#include "ScopesTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace brickdesk {

SecretsPage::SecretsPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_tabs(new QTabWidget(this))
    , m_scopes(new ScopesTab(this))
    , m_compare(new CompareTab(this))
    , m_keyVault(new KeyVaultTab(this))
{
    m_tabs->addTab(m_scopes, tr("Scopes"));
    m_tabs->addTab(m_compare, tr("Compare environments"));
    m_tabs->addTab(m_keyVault, tr("Key Vault"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SecretsPage::onTabShown);
    connect(m_scopes, &ScopesTab::settledChanged, this, &WorkspacePage::settledChanged);
    connect(m_compare, &CompareTab::settledChanged, this, &WorkspacePage::settledChanged);
    connect(m_keyVault, &KeyVaultTab::settledChanged, this, &WorkspacePage::settledChanged);
    connect(m_scopes, &ScopesTab::statusMessage, this, &WorkspacePage::statusMessage);
    connect(m_compare, &CompareTab::statusMessage, this, &WorkspacePage::statusMessage);
    connect(m_keyVault, &KeyVaultTab::statusMessage, this, &WorkspacePage::statusMessage);
}

SecretsPage::~SecretsPage()
{
    disconnectFrom(QString());
}

void SecretsPage::setServices(const SecretsServices &services)
{
    m_compare->setServices(services);
    m_keyVault->setServices(services);
}

void SecretsPage::connectTo(const ConnectedWorkspace &workspace)
{
    m_connected = true;
    m_scopes->connectTo(workspace);
    m_compare->connectTo(workspace.profile);
    m_keyVault->connectTo(workspace.profile);
    onTabShown();
}

void SecretsPage::disconnectFrom(const QString &whyNot)
{
    m_connected = false;
    m_scopes->disconnectFrom(whyNot);
    m_compare->disconnectFrom();
    m_keyVault->disconnectFrom();
}

bool SecretsPage::isSettled() const
{
    switch (currentTab()) {
    case Tab::Scopes:
        return m_scopes->isSettled();
    case Tab::Compare:
        return m_compare->isSettled();
    case Tab::KeyVault:
        return m_keyVault->isSettled();
    }
    return false;
}

void SecretsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

SecretsPage::Tab SecretsPage::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void SecretsPage::onTabShown()
{
    // Other workspaces and Azure are only asked once the user looks at their tab.
    if (!m_connected)
        return;
    if (currentTab() == Tab::Compare)
        m_compare->activate();
    else if (currentTab() == Tab::KeyVault)
        m_keyVault->activate();
    Q_EMIT settledChanged();
}

} // namespace brickdesk

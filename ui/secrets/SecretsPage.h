#pragma once

#include "SecretsServices.h"
#include "WorkspacePage.h"

class QTabWidget;

namespace brickdesk {

class CompareTab;
class KeyVaultTab;
class ScopesTab;

// The Secrets section: the connected workspace's scopes, secrets and ACLs; the same secrets
// compared across environments (dev, staging, prod); and the profile's Azure Key Vaults.
class SecretsPage : public WorkspacePage
{
    Q_OBJECT

public:
    enum class Tab
    {
        Scopes,
        Compare,
        KeyVault
    };

    explicit SecretsPage(QWidget *parent = nullptr);
    ~SecretsPage() override;

    void setServices(const SecretsServices &services);
    void connectTo(const ConnectedWorkspace &workspace) override;
    void disconnectFrom(const QString &whyNot) override;
    // The tab in front has finished its first load (the other tabs load when first shown).
    bool isSettled() const override;

    void showTab(Tab tab);
    Tab currentTab() const;

    ScopesTab *scopesTab() const { return m_scopes; }
    CompareTab *compareTab() const { return m_compare; }
    KeyVaultTab *keyVaultTab() const { return m_keyVault; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void onTabShown();

    QTabWidget *m_tabs;
    ScopesTab *m_scopes;
    CompareTab *m_compare;
    KeyVaultTab *m_keyVault;
    bool m_connected = false;
};

} // namespace brickdesk

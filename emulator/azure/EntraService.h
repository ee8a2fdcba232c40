#pragma once

#include "EntraDeviceCodes.h"
#include "EntraTokens.h"
#include "WorkspaceEmulator.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace brickdesk::emulator {

// The fake Microsoft Entra ID tenant: its settings, the one registered application, the demo
// user who signs in with device codes, the issued tokens and device codes, and how many token
// requests each grant type received.
class EntraService
{
public:
    explicit EntraService(const AzureEmulatorOptions &options);

    EntraTokens &tokens() { return m_tokens; }
    const EntraTokens &tokens() const { return m_tokens; }
    EntraDeviceCodes &deviceCodes() { return m_deviceCodes; }

    // <base>/entra once the server listens; tokens name <authority>/<tenant>/ as their issuer.
    void setAuthority(const QUrl &authority);
    QUrl authority() const { return m_authority; }
    QString tenantId() const { return m_options.tenantId; }
    int deviceCodeIntervalSeconds() const { return m_options.deviceCodeIntervalSeconds; }

    // The tenant's id, or the multi-tenant aliases "organizations" and "common".
    bool knowsTenant(const QString &tenant) const;
    // Device-code sign-in: the registered application or the Azure CLI's public client id.
    bool isPublicClient(const QString &clientId) const;
    bool isRegisteredApplication(const QString &clientId) const;
    // False when no secret is configured. Compares without stopping at the first difference.
    bool isApplicationSecret(const QString &secret) const;

    QByteArray clientCertificatePem() const { return m_options.clientCertificatePem; }

    EntraIdentity application() const;
    EntraIdentity signedInUser(const QString &clientId) const;

    void countTokenRequest(const QString &grantType) { ++m_tokenRequests[grantType]; }
    int tokenRequestCount(const QString &grantType) const
    {
        return m_tokenRequests.value(grantType);
    }

private:
    AzureEmulatorOptions m_options;
    QUrl m_authority;
    EntraTokens m_tokens;
    EntraDeviceCodes m_deviceCodes;
    QHash<QString, int> m_tokenRequests;
};

} // namespace brickdesk::emulator

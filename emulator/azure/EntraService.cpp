#include "EntraService.h"

#include "Authentication.h"
#include "DemoSeed.h"

namespace brickdesk::emulator {

namespace {

// The Azure CLI's application id, which Microsoft lets developer tools use for device-code
// sign-in.
const QString kAzureCliClientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");

// Fixed object ids: the same demo user and application on every run.
const QString kDemoUserObjectId = QStringLiteral("5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
const QString kApplicationObjectId = QStringLiteral("9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");

} // namespace

EntraService::EntraService(const AzureEmulatorOptions &options)
    : m_options(options)
{
    m_tokens.setTenantId(m_options.tenantId);
    m_tokens.setLifetimeSeconds(m_options.tokenLifetimeSeconds);
    m_deviceCodes.setPollsBeforeApproval(m_options.deviceCodePollsBeforeApproval);
}

void EntraService::setAuthority(const QUrl &authority)
{
    m_authority = authority;
    m_tokens.setIssuer(authority.toString() + QLatin1Char('/') + m_options.tenantId +
                       QLatin1Char('/'));
}

bool EntraService::knowsTenant(const QString &tenant) const
{
    return tenant == m_options.tenantId || tenant == QLatin1String("organizations") ||
           tenant == QLatin1String("common");
}

bool EntraService::isPublicClient(const QString &clientId) const
{
    return isRegisteredApplication(clientId) || clientId == kAzureCliClientId;
}

bool EntraService::isRegisteredApplication(const QString &clientId) const
{
    return !clientId.isEmpty() && clientId == m_options.clientId;
}

bool EntraService::isApplicationSecret(const QString &secret) const
{
    return !m_options.clientSecret.isEmpty() &&
           constantTimeEquals(secret.toUtf8(), m_options.clientSecret.toUtf8());
}

EntraIdentity EntraService::application() const
{
    EntraIdentity who;
    who.isApplication = true;
    who.objectId = kApplicationObjectId;
    who.applicationId = m_options.clientId;
    return who;
}

EntraIdentity EntraService::signedInUser(const QString &clientId) const
{
    EntraIdentity who;
    who.objectId = kDemoUserObjectId;
    who.applicationId = clientId;
    who.userPrincipalName = demoUserName();
    who.displayName = QStringLiteral("Demo User");
    return who;
}

} // namespace brickdesk::emulator

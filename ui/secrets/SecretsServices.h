#pragma once

#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace brickdesk {

class ActivityLog;
class AzureSignIn;
class ProfileVaults;
class WorkspaceSessionPool;

// What the Secrets section needs beyond the connected workspace: sessions to other profiles
// (comparing environments), Azure sign-in (Key Vault), and the vaults each profile shows.
struct SecretsServices
{
    QNetworkAccessManager *network = nullptr;
    ActivityLog *activity = nullptr;
    AzureSignIn *azure = nullptr;
    WorkspaceSessionPool *sessions = nullptr;
    ProfileVaults *vaults = nullptr;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

} // namespace brickdesk

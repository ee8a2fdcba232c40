#pragma once

#include "Profile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QSettings;

namespace brickdesk {

class ActivityLog;
class AzureSignIn;
class TokenStore;
class WorkspaceSessionPool;

// The workspace Brickdesk opens on first run: an in-process emulator whose token lives only in
// memory and is never stored.
struct DemoWorkspace
{
    Profile profile;
    QString token;
    QStringList keyVaults; // its Key Vaults (random ports: offered, never saved)
};

// What the main window is given by app/: the shared services, and where profiles come from.
struct AppContext
{
    QNetworkAccessManager *network = nullptr;
    ActivityLog *activity = nullptr;
    TokenStore *tokens = nullptr;
    QSettings *settings = nullptr;
    AzureSignIn *azure = nullptr;            // Microsoft Entra ID sign-in (Key Vault, azure-* auth)
    WorkspaceSessionPool *sessions = nullptr; // other profiles' sessions (comparing secrets)
    QString configPath;
    QProcessEnvironment environment;
    std::optional<DemoWorkspace> demo; // offered in the switcher when set
    // More demo workspaces (staging, prod) beside the demo, so that comparing environments has
    // something to compare; offered in the switcher too.
    QList<DemoWorkspace> demoPeers;
    bool startOnDemo = false;   // first run, or --demo
    QString initialProfile;     // --profile NAME; empty: the last used or the CLI's default
};

} // namespace brickdesk

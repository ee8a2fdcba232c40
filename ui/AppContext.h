#pragma once

#include "Profile.h"

#include <QProcessEnvironment>
#include <QString>

class QNetworkAccessManager;
class QSettings;

namespace brickdesk {

class ActivityLog;
class TokenStore;

// The workspace Brickdesk opens on first run: an in-process emulator whose token lives only in
// memory and is never stored.
struct DemoWorkspace
{
    Profile profile;
    QString token;
};

// What the main window is given by app/: the shared services, and where profiles come from.
struct AppContext
{
    QNetworkAccessManager *network = nullptr;
    ActivityLog *activity = nullptr;
    TokenStore *tokens = nullptr;
    QSettings *settings = nullptr;
    QString configPath;
    QProcessEnvironment environment;
    std::optional<DemoWorkspace> demo; // offered in the switcher when set
    bool startOnDemo = false;           // first run, or --demo
    QString initialProfile;             // --profile NAME; empty: the last used or the CLI's default
};

} // namespace brickdesk

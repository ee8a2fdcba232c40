#pragma once

#include "Profile.h"
#include "WorkspaceSession.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace brickdesk {

class ActivityLog;
class AzureSignIn;
class ProfileSettings;
class TokenStore;

// Connections to several workspaces at once (comparing secrets across dev, staging and prod),
// besides the main window's own session. Each profile's session is opened on first use, the same
// way the main session opens it; the demo workspace's token is given here, in memory.
class WorkspaceSessionPool : public QObject
{
    Q_OBJECT

public:
    WorkspaceSessionPool(QNetworkAccessManager *network, ActivityLog *activity, TokenStore *tokens,
                         QObject *parent = nullptr);

    void setAzureSignIn(AzureSignIn *signIn) { m_azure = signIn; }
    // The profiles sessions can be opened for. Sessions of profiles no longer listed, or whose
    // host or credentials changed, are closed.
    void setProfiles(const QList<Profile> &profiles);
    void setDemoToken(const QString &profileName, const QString &token);
    void setCaBundlePath(const QString &profileName, const QString &path);

    QList<Profile> profiles() const { return m_profiles; }
    const Profile *profile(const QString &name) const;
    // The session for `profileName`, opened when first asked for (and again after it failed);
    // nullptr for an unknown profile.
    WorkspaceSession *session(const QString &profileName);
    void closeAll();

Q_SIGNALS:
    void profilesChanged(); // after setProfiles()
    void sessionStateChanged(const QString &profileName, brickdesk::WorkspaceSession::State state);

private:
    QNetworkAccessManager *m_network;
    QPointer<ActivityLog> m_activity;
    QPointer<TokenStore> m_tokens;
    QPointer<AzureSignIn> m_azure;
    QList<Profile> m_profiles;
    QHash<QString, QString> m_demoTokens;
    QHash<QString, QString> m_caBundles;
    QHash<QString, QPointer<WorkspaceSession>> m_sessions;
};

} // namespace brickdesk

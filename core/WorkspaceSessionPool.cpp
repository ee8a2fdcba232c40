#include "WorkspaceSessionPool.h"

#include "ActivityLog.h"
#include "AzureSignIn.h"
#include "TokenStore.h"

namespace brickdesk {

WorkspaceSessionPool::WorkspaceSessionPool(QNetworkAccessManager *network, ActivityLog *activity,
                                           TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_activity(activity)
    , m_tokens(tokens)
{}

namespace {

// Whether a session opened for `before` still speaks for `after` (same workspace, same identity).
bool sameConnection(const Profile &before, const Profile &after)
{
    return before.host == after.host && before.authType == after.authType &&
           before.tokenSource == after.tokenSource && before.inlineToken == after.inlineToken &&
           before.inlineClientSecret == after.inlineClientSecret &&
           before.tokenVault.vaultUrl == after.tokenVault.vaultUrl &&
           before.tokenVault.secretName == after.tokenVault.secretName &&
           before.attributes == after.attributes;
}

} // namespace

void WorkspaceSessionPool::setProfiles(const QList<Profile> &profiles)
{
    const QList<Profile> before = std::exchange(m_profiles, profiles);
    // Sessions of profiles that went away or now connect elsewhere (an edited host, another
    // token) are closed; the next session() call opens them again.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const Profile *now = profile(it.key());
        const auto was = std::find_if(before.cbegin(), before.cend(),
                                      [&](const Profile &p) { return p.name == it.key(); });
        if (!now || was == before.cend() || !sameConnection(*was, *now)) {
            if (it.value()) {
                it.value()->close();
                it.value()->deleteLater();
            }
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT profilesChanged();
}

void WorkspaceSessionPool::setDemoToken(const QString &profileName, const QString &token)
{
    m_demoTokens.insert(profileName, token);
}

void WorkspaceSessionPool::setCaBundlePath(const QString &profileName, const QString &path)
{
    m_caBundles.insert(profileName, path);
}

const Profile *WorkspaceSessionPool::profile(const QString &name) const
{
    for (const Profile &candidate : m_profiles) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

WorkspaceSession *WorkspaceSessionPool::session(const QString &profileName)
{
    if (WorkspaceSession *existing = m_sessions.value(profileName)) {
        if (existing->state() != WorkspaceSession::State::Failed)
            return existing;
        // A failed session (locked keychain, cancelled sign-in, network down) is tried again.
        m_sessions.remove(profileName);
        existing->close();
        existing->deleteLater();
    }
    const Profile *found = profile(profileName);
    if (!found)
        return nullptr;
    auto *session = new WorkspaceSession(m_network, m_activity, m_tokens, this);
    session->setAzureSignIn(m_azure);
    connect(session, &WorkspaceSession::stateChanged, this,
            [this, profileName](WorkspaceSession::State state) {
                Q_EMIT sessionStateChanged(profileName, state);
            });
    m_sessions.insert(profileName, session);
    const auto demo = m_demoTokens.constFind(profileName);
    if (demo != m_demoTokens.constEnd())
        session->openWithToken(*found, *demo);
    else
        session->open(*found, m_caBundles.value(profileName));
    return session;
}

void WorkspaceSessionPool::closeAll()
{
    for (const QPointer<WorkspaceSession> &session : std::exchange(m_sessions, {})) {
        if (session) {
            session->close();
            session->deleteLater();
        }
    }
}

} // namespace brickdesk

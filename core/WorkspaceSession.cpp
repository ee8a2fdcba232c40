#include "WorkspaceSession.h"

#include "Logging.h"
#include "TokenStore.h"

namespace brickdesk {

WorkspaceSession::WorkspaceSession(QNetworkAccessManager *network, ActivityLog *activity,
                                   TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(network, activity, this))
    , m_tokens(tokens)
{
}

void WorkspaceSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WorkspaceSession::fail(const QString &text)
{
    m_errorText = text;
    qCInfo(lcProfiles).noquote() << "profile" << m_profile.name << "cannot connect:" << text;
    setState(State::Failed);
}

void WorkspaceSession::close()
{
    ++m_generation;
    m_client->cancelAll();
    m_client->setConnection({});
    m_caBundlePath.clear();
    m_userName.clear();
    m_errorText.clear();
    setState(State::Idle);
}

void WorkspaceSession::open(const Profile &profile, const QString &caBundlePath)
{
    close();
    m_profile = profile;
    m_caBundlePath = caBundlePath;
    if (!profile.isUsable()) {
        fail(profile.problems.join(QStringLiteral("; ")));
        return;
    }
    if (!profile.inlineToken.isEmpty()) {
        connectWithToken(profile.inlineToken);
        return;
    }
    const QString authType = profile.authType;
    if (!authType.isEmpty() && authType != QStringLiteral("pat")) {
        fail(QStringLiteral("the auth type '%1' is not supported yet; use a personal access token")
                 .arg(authType));
        return;
    }
    if (!m_tokens) {
        fail(QStringLiteral("no token is configured for this profile"));
        return;
    }
    setState(State::ResolvingToken);
    const quint64 generation = m_generation;
    m_tokens->readToken(profile.name, this, [this, generation](const TokenStoreResult &result) {
        if (generation != m_generation)
            return;
        if (result.ok() && !result.token.isEmpty())
            connectWithToken(result.token);
        else if (result.status == TokenStoreResult::Status::NotFound || result.ok())
            fail(QStringLiteral("no token is stored for this profile; add one with Edit profile"));
        else
            fail(result.error);
    });
}

void WorkspaceSession::openWithToken(const Profile &profile, const QString &token)
{
    close();
    m_profile = profile;
    connectWithToken(token);
}

void WorkspaceSession::connectWithToken(const QString &token)
{
    m_client->setConnection({m_profile.name, QUrl(m_profile.host), token, m_caBundlePath});
    setState(State::Connecting);
    const quint64 generation = m_generation;
    m_identityCall = m_client->send(ApiRequest::get(QStringLiteral("/api/2.0/preview/scim/v2/Me")), this,
                                    [this, generation](const ApiResponse &response) {
                                        if (generation != m_generation)
                                            return;
                                        if (!response.ok()) {
                                            fail(response.error.summary());
                                            return;
                                        }
                                        m_userName = response.json.value(QStringLiteral("userName")).toString();
                                        setState(State::Connected);
                                    });
}

} // namespace brickdesk

#include "WorkspaceSession.h"

#include "KeyVaultClient.h"
#include "Logging.h"
#include "TokenStore.h"

namespace brickdesk {

WorkspaceSession::WorkspaceSession(QNetworkAccessManager *network, ActivityLog *activity,
                                   TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_activity(activity)
    , m_client(new ApiClient(network, activity, this))
    , m_tokens(tokens)
{}

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
    if (authType == QLatin1String("azure-client-secret") ||
        authType == QLatin1String("azure-cli")) {
        openWithAzure();
        return;
    }
    if (!authType.isEmpty() && authType != QStringLiteral("pat")) {
        fail(QStringLiteral("the auth type '%1' is not supported yet; use a personal access token, "
                            "azure-client-secret or azure-cli")
                 .arg(authType));
        return;
    }
    if (profile.tokenSource == TokenSource::KeyVault) {
        openWithVaultToken();
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

void WorkspaceSession::openWithAzure()
{
    if (!m_azure) {
        fail(QStringLiteral("Azure sign-in is not available here"));
        return;
    }
    setState(State::ResolvingToken);
    const quint64 generation = m_generation;
    m_azure->credential(
        workspaceAzureSignIn(m_profile, m_environment), this,
        [this, generation](AzureCredential *credential, const QString &error) {
            if (generation != m_generation)
                return;
            if (!credential) {
                fail(error);
                return;
            }
            connectWithProvider(
                credential->tokenProvider(QString::fromLatin1(kAzureDatabricksScope)));
        },
        m_profile.inlineClientSecret);
}

void WorkspaceSession::openWithVaultToken()
{
    if (!m_azure) {
        fail(QStringLiteral("Azure sign-in is not available here"));
        return;
    }
    QString urlError;
    const QUrl vaultUrl = normaliseVaultUrl(m_profile.tokenVault.vaultUrl, &urlError);
    if (vaultUrl.isEmpty()) {
        fail(QStringLiteral("the token's Key Vault address cannot be used: ") + urlError);
        return;
    }
    setState(State::ResolvingToken);
    const quint64 generation = m_generation;
    m_azure->credential(
        azureSignInFor(m_profile, m_environment), this,
        [this, generation, vaultUrl](AzureCredential *credential, const QString &error) {
            if (generation != m_generation)
                return;
            if (!credential) {
                fail(error);
                return;
            }
            // Fetched for this connection only; the token stays in memory.
            auto *vault = new KeyVaultClient(m_network, m_activity, this);
            vault->setVault(vaultUrl, credential, m_caBundlePath);
            const QString secretName = m_profile.tokenVault.secretName;
            vault->getSecret(
                secretName, QString(), this,
                [this, generation, vault, secretName,
                 vaultUrl](const CallResult<KeyVaultSecret> &result) {
                    vault->deleteLater();
                    if (generation != m_generation)
                        return;
                    if (!result.ok()) {
                        fail(QStringLiteral("the token could not be read from secret "
                                            "'%1' of Key Vault %2: %3")
                                 .arg(secretName, vaultUrl.toString(), result.error.summary()));
                        return;
                    }
                    if (!result.value.attributes.enabled ||
                        result.value.value.value_or(QString()).trimmed().isEmpty()) {
                        fail(QStringLiteral("secret '%1' of Key Vault %2 is disabled or "
                                            "empty")
                                 .arg(secretName, vaultUrl.toString()));
                        return;
                    }
                    connectWithToken(result.value.value->trimmed());
                });
        });
}

void WorkspaceSession::connectWithProvider(const TokenProvider &provider)
{
    m_client->setConnection({m_profile.name, QUrl(m_profile.host), QString(), m_caBundlePath});
    m_client->setTokenProvider(provider);
    identify();
}

void WorkspaceSession::connectWithToken(const QString &token)
{
    m_client->setConnection({m_profile.name, QUrl(m_profile.host), token, m_caBundlePath});
    identify();
}

void WorkspaceSession::identify()
{
    setState(State::Connecting);
    const quint64 generation = m_generation;
    m_identityCall =
        m_client->send(ApiRequest::get(QStringLiteral("/api/2.0/preview/scim/v2/Me")), this,
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

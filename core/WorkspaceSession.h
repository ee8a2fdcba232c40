#pragma once

#include "ActivityLog.h"
#include "ApiClient.h"
#include "AzureSignIn.h"
#include "Profile.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace brickdesk {

class TokenStore;

// The live connection to one profile's workspace: finds the token (environment, file or
// keychain), asks the workspace who we are, and owns the ApiClient every view uses.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        ResolvingToken,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(State)

    WorkspaceSession(QNetworkAccessManager *network, ActivityLog *activity, TokenStore *tokens,
                     QObject *parent = nullptr);

    // Microsoft Entra ID sign-in, for profiles with auth_type azure-client-secret / azure-cli and
    // for tokens kept in Key Vault. Without it such profiles fail with a clear message.
    void setAzureSignIn(AzureSignIn *signIn) { m_azure = signIn; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    void open(const Profile &profile, const QString &caBundlePath = {});
    // For the demo workspace, whose token exists only in memory.
    void openWithToken(const Profile &profile, const QString &token);
    void close();

    ApiClient *client() const { return m_client; }
    const Profile &profile() const { return m_profile; }
    State state() const { return m_state; }
    QString userName() const { return m_userName; }
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void stateChanged(brickdesk::WorkspaceSession::State state);

private:
    void connectWithToken(const QString &token);
    void connectWithProvider(const TokenProvider &provider);
    void openWithAzure();
    void openWithVaultToken();
    void identify();
    void setState(State state);
    void fail(const QString &text);

    QNetworkAccessManager *m_network;
    QPointer<ActivityLog> m_activity;
    ApiClient *m_client;
    TokenStore *m_tokens;
    QPointer<AzureSignIn> m_azure;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    Profile m_profile;
    QString m_caBundlePath;
    State m_state = State::Idle;
    QString m_userName;
    QString m_errorText;
    quint64 m_generation = 0; // answers for a profile we have since left are ignored
    QPointer<ApiCall> m_identityCall;
};

} // namespace brickdesk

#pragma once

#include "AzureCredential.h"
#include "EntraEndpoint.h"

#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace brickdesk {

class ActivityLog;
class TokenStore;

// A user signing in with the device-code flow. The refresh token is kept in the keychain, so a
// sign-in lasts across restarts; access tokens for any scope come from it. When there is no
// refresh token, or Entra refuses it (expired, revoked), requests wait and signInRequired() asks
// the UI to sign the user in — unless the credential is not interactive, in which case they fail
// at once with AccessTokenResult::signInRequired set.
class DeviceCodeCredential final : public AzureCredential
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,
        WaitingForUser,
        SigningIn,
        SignedIn
    };
    Q_ENUM(State)

    DeviceCodeCredential(QNetworkAccessManager *network, ActivityLog *activity,
                         EntraEndpoint endpoint, TokenStore *refreshTokens,
                         QObject *parent = nullptr);
    ~DeviceCodeCredential() override;

    Kind kind() const override { return Kind::DeviceCode; }
    QString description() const override;
    const EntraEndpoint &endpoint() const { return m_endpoint; }
    State state() const { return m_state; }

    // With a UI to show the code: waiting requests stay pending until the user signs in.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    // Asks Entra for a device code (signal deviceCodeReady) and polls until the user has signed
    // in, declined, or the code expired. Waiting requests then get their tokens or the reason.
    void startSignIn();
    // Stops a sign-in in progress; waiting requests fail with "sign-in cancelled".
    void cancelSignIn();
    // Forgets the sign-in, here and in the keychain.
    void signOut();

    // The keychain key of the refresh token (no secret in it).
    QString refreshTokenKey() const;

Q_SIGNALS:
    void stateChanged(brickdesk::DeviceCodeCredential::State state);
    // The user has to sign in; `reason` says why (first use, sign-in expired, ...).
    void signInRequired(const QString &reason);
    void deviceCodeReady(const brickdesk::DeviceCodePrompt &prompt);
    void signInFinished(bool ok, const QString &error);

protected:
    void fetchToken(const QString &scope, Callback done) override;

private:
    struct Pending
    {
        QString scope;
        Callback done;
    };
    void redeemRefreshToken(const QString &scope, Callback done);
    void needSignIn(const QString &scope, Callback done, const QString &reason);
    void poll();
    void finishSignIn(const QString &error);
    void setState(State state);
    void storeRefreshToken(const QString &refreshToken);
    QString signInScope() const;

    ApiClient *m_entra;
    EntraEndpoint m_endpoint;
    QPointer<TokenStore> m_store;
    QTimer *m_pollTimer;
    State m_state = State::SignedOut;
    bool m_interactive = false;
    bool m_storeRead = false; // the keychain has answered whether it holds a refresh token
    QString m_refreshToken;   // never print it
    DeviceCodePrompt m_prompt;
    QList<Pending> m_pending;       // requests waiting for the user to sign in
    QList<Pending> m_storeWaiters;  // requests waiting for the keychain's answer
    QPointer<ApiCall> m_signInCall; // the device-code request or the poll on the wire
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::DeviceCodePrompt)

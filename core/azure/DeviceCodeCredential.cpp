#include "DeviceCodeCredential.h"

#include "EntraRequests.h"
#include "Logging.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace brickdesk {

DeviceCodeCredential::DeviceCodeCredential(QNetworkAccessManager *network, ActivityLog *activity,
                                           EntraEndpoint endpoint, TokenStore *refreshTokens,
                                           QObject *parent)
    : AzureCredential(parent)
    , m_entra(makeEntraClient(network, activity, endpoint, this))
    , m_endpoint(std::move(endpoint))
    , m_store(refreshTokens)
    , m_pollTimer(new QTimer(this))
{
    qRegisterMetaType<brickdesk::DeviceCodePrompt>();
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &DeviceCodeCredential::poll);
}

DeviceCodeCredential::~DeviceCodeCredential()
{
    AccessTokenResult gone;
    gone.error = QStringLiteral("The Azure sign-in was closed");
    gone.signInRequired = true;
    // Answered from the event loop: their owners may be busy destroying things right now.
    for (const Pending &request : m_pending + m_storeWaiters)
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [done = request.done, gone] { done(gone); },
            Qt::QueuedConnection);
}

QString DeviceCodeCredential::description() const
{
    return account().isEmpty()
               ? QStringLiteral("device code sign-in (tenant %1)").arg(m_endpoint.tenantId)
               : QStringLiteral("device code sign-in as %1").arg(account());
}

QString DeviceCodeCredential::refreshTokenKey() const
{
    return QStringLiteral("azure-refresh-token/%1/%2/%3")
        .arg(m_endpoint.authorityHost.toString(), m_endpoint.tenantId, m_endpoint.clientId);
}

void DeviceCodeCredential::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString DeviceCodeCredential::signInScope() const
{
    // The first waiting request's scope, plus offline_access for a refresh token that then serves
    // every other scope (one sign-in for Key Vault and Azure Databricks).
    const QString scope =
        m_pending.isEmpty() ? QString::fromLatin1(kKeyVaultScope) : m_pending.first().scope;
    return scope + QStringLiteral(" offline_access");
}

void DeviceCodeCredential::fetchToken(const QString &scope, Callback done)
{
    const QString problem = m_endpoint.problem();
    if (!problem.isEmpty()) {
        AccessTokenResult result;
        result.error = problem;
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    if (!m_refreshToken.isEmpty()) {
        redeemRefreshToken(scope, std::move(done));
        return;
    }
    if (m_store && !m_storeRead) {
        // Every scope asked for while the keychain answers waits for that answer.
        m_storeWaiters.append({scope, std::move(done)});
        if (m_storeWaiters.size() > 1)
            return;
        m_store->readToken(refreshTokenKey(), this, [this](const TokenStoreResult &stored) {
            m_storeRead = true;
            if (stored.ok() && !stored.token.isEmpty() && m_refreshToken.isEmpty())
                m_refreshToken = stored.token;
            for (const Pending &request : std::exchange(m_storeWaiters, {}))
                fetchToken(request.scope, request.done);
        });
        return;
    }
    needSignIn(scope, std::move(done),
               QStringLiteral("Sign in to Microsoft Entra ID to continue."));
}

void DeviceCodeCredential::redeemRefreshToken(const QString &scope, Callback done)
{
    ApiRequest::FormFields form;
    form.append(
        std::pair<QString, QString>{QStringLiteral("grant_type"), QStringLiteral("refresh_token")});
    form.append(std::pair<QString, QString>{QStringLiteral("client_id"), m_endpoint.clientId});
    form.append(std::pair<QString, QString>{QStringLiteral("refresh_token"), m_refreshToken});
    form.append(std::pair<QString, QString>{QStringLiteral("scope"),
                                            scope + QStringLiteral(" offline_access")});
    const QString used = m_refreshToken;
    requestEntraToken(m_entra, m_endpoint, form, this,
                      [this, scope, done, used](const AccessTokenResult &result,
                                                const QString &refreshToken, const QString &) {
                          if (result.ok()) {
                              if (!refreshToken.isEmpty() && refreshToken != m_refreshToken)
                                  storeRefreshToken(refreshToken); // Entra rotates them
                              setState(State::SignedIn);
                              done(result);
                              return;
                          }
                          if (!result.signInRequired) {
                              done(result);
                              return;
                          }
                          // The refresh token expired or was revoked: forget it and ask the user,
                          // instead of passing Entra's error on.
                          if (m_refreshToken == used) {
                              m_refreshToken.clear();
                              if (m_store)
                                  m_store->deleteToken(refreshTokenKey(), this,
                                                       [](const TokenStoreResult &) {});
                          }
                          qCInfo(lcProfiles).noquote()
                              << "Azure sign-in expired for tenant" << m_endpoint.tenantId;
                          needSignIn(scope, done,
                                     QStringLiteral("Your Azure sign-in has expired. Sign in again "
                                                    "to continue."));
                      });
}

void DeviceCodeCredential::needSignIn(const QString &scope, Callback done, const QString &reason)
{
    if (!m_interactive) {
        AccessTokenResult result;
        result.signInRequired = true;
        result.error = reason;
        done(result);
        return;
    }
    m_pending.append({scope, std::move(done)});
    if (m_state == State::SigningIn || m_state == State::WaitingForUser || m_pending.size() > 1)
        return; // the sign-in under way, or already asked for, serves this request too
    setState(State::SignedOut);
    Q_EMIT signInRequired(reason);
}

void DeviceCodeCredential::startSignIn()
{
    if (m_state == State::SigningIn || m_state == State::WaitingForUser)
        return;
    setState(State::SigningIn);
    ApiRequest::FormFields form;
    form.append(std::pair<QString, QString>{QStringLiteral("client_id"), m_endpoint.clientId});
    form.append(std::pair<QString, QString>{QStringLiteral("scope"), signInScope()});
    ApiRequest request = ApiRequest::postForm(m_endpoint.deviceCodePath(), form);
    request.timeoutMs = 30000;
    m_signInCall = m_entra->send(request, this, [this](const ApiResponse &response) {
        if (m_state != State::SigningIn)
            return; // cancelled meanwhile
        if (!response.ok()) {
            finishSignIn(QStringLiteral("Microsoft Entra ID did not start the sign-in: ") +
                         response.error.summary());
            return;
        }
        QString problem;
        const auto prompt =
            entraAnswers::deviceCode(response.json, QDateTime::currentDateTimeUtc(), &problem);
        if (!prompt) {
            finishSignIn(QStringLiteral("Microsoft Entra ID answered the sign-in strangely: ") +
                         problem);
            return;
        }
        m_prompt = *prompt;
        setState(State::WaitingForUser);
        Q_EMIT deviceCodeReady(m_prompt);
        m_pollTimer->start(m_prompt.intervalSeconds * 1000);
    });
}

void DeviceCodeCredential::poll()
{
    if (m_state != State::WaitingForUser)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_prompt.expiresAt) {
        finishSignIn(QStringLiteral("The sign-in code expired before it was used. Start again."));
        return;
    }
    ApiRequest::FormFields form;
    form.append(std::pair<QString, QString>{
        QStringLiteral("grant_type"),
        QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")});
    form.append(std::pair<QString, QString>{QStringLiteral("client_id"), m_endpoint.clientId});
    form.append(std::pair<QString, QString>{QStringLiteral("device_code"), m_prompt.deviceCode});
    m_signInCall =
        requestEntraToken(m_entra, m_endpoint, form, this,
                          [this](const AccessTokenResult &result, const QString &refreshToken,
                                 const QString &oauthError) {
                              if (m_state != State::WaitingForUser)
                                  return;
                              if (oauthError == QLatin1String("authorization_pending")) {
                                  m_pollTimer->start(m_prompt.intervalSeconds * 1000);
                                  return;
                              }
                              if (oauthError == QLatin1String("slow_down")) {
                                  m_prompt.intervalSeconds += 5;
                                  m_pollTimer->start(m_prompt.intervalSeconds * 1000);
                                  return;
                              }
                              if (oauthError == QLatin1String("authorization_declined")) {
                                  finishSignIn(QStringLiteral("The sign-in was declined."));
                                  return;
                              }
                              if (oauthError == QLatin1String("expired_token")) {
                                  finishSignIn(QStringLiteral(
                                      "The sign-in code expired before it was used. Start again."));
                                  return;
                              }
                              if (!result.ok()) {
                                  finishSignIn(result.error);
                                  return;
                              }
                              if (refreshToken.isEmpty()) {
                                  finishSignIn(QStringLiteral(
                                      "Microsoft Entra ID gave no refresh token; the sign-in "
                                      "would not last. Check the application's permissions."));
                                  return;
                              }
                              storeRefreshToken(refreshToken);
                              finishSignIn(QString());
                          });
}

void DeviceCodeCredential::storeRefreshToken(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    if (m_store)
        m_store->writeToken(
            refreshTokenKey(), refreshToken, this, [](const TokenStoreResult &result) {
                if (!result.ok())
                    qCWarning(lcTokens).noquote()
                        << "the Azure sign-in could not be kept in the keychain:" << result.error;
            });
}

void DeviceCodeCredential::finishSignIn(const QString &error)
{
    m_pollTimer->stop();
    m_prompt = DeviceCodePrompt{};
    const QList<Pending> pending = std::exchange(m_pending, {});
    if (!error.isEmpty()) {
        setState(State::SignedOut);
        Q_EMIT signInFinished(false, error);
        AccessTokenResult result;
        result.error = error;
        result.signInRequired = true;
        for (const Pending &request : pending)
            request.done(result);
        return;
    }
    setState(State::SignedIn);
    Q_EMIT signInFinished(true, QString());
    // Each waiting request gets a token for its own scope from the new refresh token.
    for (const Pending &request : pending)
        redeemRefreshToken(request.scope, request.done);
}

void DeviceCodeCredential::cancelSignIn()
{
    if (m_state != State::SigningIn && m_state != State::WaitingForUser && m_pending.isEmpty())
        return;
    // Signed out first, so the answer of the call cancelled below is ignored; refreshes for other
    // scopes carry on.
    m_pollTimer->stop();
    setState(State::SignedOut);
    if (m_signInCall)
        m_signInCall->cancel();
    finishSignIn(QStringLiteral("The Azure sign-in was cancelled."));
}

void DeviceCodeCredential::signOut()
{
    cancelSignIn();
    m_refreshToken.clear();
    forgetTokens();
    if (m_store)
        m_store->deleteToken(refreshTokenKey(), this, [](const TokenStoreResult &) {});
    setState(State::SignedOut);
}

} // namespace brickdesk

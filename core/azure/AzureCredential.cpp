#include "AzureCredential.h"

namespace brickdesk {

AzureCredential::~AzureCredential()
{
    AccessTokenResult gone;
    gone.error = QStringLiteral("The Azure sign-in was closed");
    gone.signInRequired = true;
    for (const QList<Waiter> &waiters : std::as_const(m_waiting)) {
        for (const Waiter &waiter : waiters) {
            if (waiter.context)
                QMetaObject::invokeMethod(
                    waiter.context, [callback = waiter.callback, gone] { callback(gone); },
                    Qt::QueuedConnection);
        }
    }
}

void AzureCredential::getToken(const QString &scope, bool forceRefresh, QObject *context,
                               Callback callback)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!forceRefresh) {
        const auto cached = m_tokens.constFind(scope);
        if (cached != m_tokens.constEnd() && !cached->needsRefresh(now)) {
            AccessTokenResult result;
            result.token = *cached;
            // Asynchronous like a fetch, so callers see one behaviour.
            QMetaObject::invokeMethod(
                context, [callback, result] { callback(result); }, Qt::QueuedConnection);
            return;
        }
    }
    m_tokens.remove(scope);
    const bool fetching = m_waiting.contains(scope);
    m_waiting[scope].append({context, std::move(callback)});
    if (fetching)
        return;
    ++m_fetchCount;
    fetchToken(scope, [this, scope](const AccessTokenResult &result) { deliver(scope, result); });
}

void AzureCredential::deliver(const QString &scope, const AccessTokenResult &result)
{
    if (result.ok()) {
        m_tokens.insert(scope, result.token);
        if (!result.token.account.isEmpty() && result.token.account != m_account) {
            m_account = result.token.account;
            Q_EMIT accountChanged(m_account);
        }
    }
    const QList<Waiter> waiters = m_waiting.take(scope);
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(result);
    }
}

void AzureCredential::forgetTokens()
{
    m_tokens.clear();
}

TokenProvider AzureCredential::tokenProvider(const QString &scope)
{
    QPointer<AzureCredential> self(this);
    return [self, scope](bool forceRefresh, QObject *context,
                         std::function<void(const BearerTokenResult &)> callback) {
        if (!self) {
            QMetaObject::invokeMethod(
                context,
                [callback] {
                    callback({QString(), QStringLiteral("the Azure sign-in is gone"), true});
                },
                Qt::QueuedConnection);
            return;
        }
        self->getToken(scope, forceRefresh, context, [callback](const AccessTokenResult &result) {
            BearerTokenResult bearer;
            if (result.ok())
                bearer.token = result.token.token;
            else
                bearer.error =
                    result.error.isEmpty() ? QStringLiteral("no Azure token") : result.error;
            bearer.signInRequired = result.signInRequired;
            callback(bearer);
        });
    };
}

} // namespace brickdesk

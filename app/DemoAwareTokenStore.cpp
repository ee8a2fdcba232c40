#include "DemoAwareTokenStore.h"

#include <QTimer>

namespace brickdesk {

DemoAwareTokenStore::DemoAwareTokenStore(TokenStore *keychain, QObject *parent)
    : TokenStore(parent)
    , m_keychain(keychain)
{}

bool DemoAwareTokenStore::isDemoKey(const QString &key) const
{
    return std::any_of(m_demoAddresses.cbegin(), m_demoAddresses.cend(),
                       [&key](const QString &address) { return key.contains(address); });
}

void DemoAwareTokenStore::readToken(const QString &key, QObject *context, Callback callback)
{
    if (!isDemoKey(key) && m_keychain) {
        m_keychain->readToken(key, context, std::move(callback));
        return;
    }
    TokenStoreResult result;
    result.status =
        m_memory.contains(key) ? TokenStoreResult::Status::Ok : TokenStoreResult::Status::NotFound;
    result.token = m_memory.value(key);
    QTimer::singleShot(0, context, [callback, result] { callback(result); });
}

void DemoAwareTokenStore::writeToken(const QString &key, const QString &token, QObject *context,
                                     Callback callback)
{
    if (!isDemoKey(key) && m_keychain) {
        m_keychain->writeToken(key, token, context, std::move(callback));
        return;
    }
    m_memory.insert(key, token);
    QTimer::singleShot(0, context, [callback] {
        TokenStoreResult result;
        result.status = TokenStoreResult::Status::Ok;
        callback(result);
    });
}

void DemoAwareTokenStore::deleteToken(const QString &key, QObject *context, Callback callback)
{
    if (!isDemoKey(key) && m_keychain) {
        m_keychain->deleteToken(key, context, std::move(callback));
        return;
    }
    m_memory.remove(key);
    QTimer::singleShot(0, context, [callback] {
        TokenStoreResult result;
        result.status = TokenStoreResult::Status::Ok;
        callback(result);
    });
}

} // namespace brickdesk

#pragma once

#include "TokenStore.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

namespace brickdesk {

// The keychain, except for what belongs to the demo workspaces: a sign-in to the demo's
// Microsoft Entra ID (its refresh token, keyed by the demo's random loopback address) is kept in
// memory, so demo runs leave nothing behind in the user's keychain.
class DemoAwareTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    explicit DemoAwareTokenStore(TokenStore *keychain, QObject *parent = nullptr);

    // Keys containing one of these (the demo emulators' base URLs) stay in memory.
    void setDemoAddresses(const QStringList &addresses) { m_demoAddresses = addresses; }

    void readToken(const QString &key, QObject *context, Callback callback) override;
    void writeToken(const QString &key, const QString &token, QObject *context,
                    Callback callback) override;
    void deleteToken(const QString &key, QObject *context, Callback callback) override;

private:
    bool isDemoKey(const QString &key) const;

    QPointer<TokenStore> m_keychain;
    QStringList m_demoAddresses;
    QHash<QString, QString> m_memory; // never printed
};

} // namespace brickdesk

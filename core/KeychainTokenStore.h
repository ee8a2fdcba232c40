#pragma once

#include "TokenStore.h"

namespace QKeychain {
class Job;
}

namespace brickdesk {

// Tokens in the operating system's keychain (Secret Service on Linux) through QtKeychain, under
// service "brickdesk" with the profile name as key. Never falls back to a plain file.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(QObject *parent = nullptr, const QString &service = QStringLiteral("brickdesk"));

    void readToken(const QString &profile, QObject *context, Callback callback) override;
    void writeToken(const QString &profile, const QString &token, QObject *context,
                    Callback callback) override;
    void deleteToken(const QString &profile, QObject *context, Callback callback) override;

    QString service() const { return m_service; }

private:
    void run(QKeychain::Job *job, QObject *context, Callback callback);

    QString m_service;
};

} // namespace brickdesk

#include "KeychainTokenStore.h"

#include "Logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace brickdesk {

namespace {

QString describeKeychainError(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("No keychain is available (on Linux, start a Secret Service such as "
                              "GNOME Keyring or KWallet): %1")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("The keychain refused access: %1").arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("The keychain could not delete the token: %1").arg(detail);
    default:
        return QStringLiteral("The keychain failed: %1").arg(detail);
    }
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent, const QString &service)
    : TokenStore(parent)
    , m_service(service)
{}

void KeychainTokenStore::run(QKeychain::Job *job, QObject *context, Callback callback)
{
    // The job deletes itself after `finished`; the callback is dropped if its context died. Jobs
    // have no parent: libsecret calls back into a running job, so deleting one with this store
    // (closing the app during a write) would crash; an orphan job finishes and goes by itself.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [guard, guarded, callback = std::move(callback)](QKeychain::Job *finished) {
                if (guarded && !guard)
                    return;
                TokenStoreResult result;
                if (finished->error() == QKeychain::NoError) {
                    result.status = TokenStoreResult::Status::Ok;
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        result.token = read->textData();
                } else if (finished->error() == QKeychain::EntryNotFound) {
                    result.status = TokenStoreResult::Status::NotFound;
                } else {
                    result.status = TokenStoreResult::Status::Failed;
                    result.error =
                        describeKeychainError(finished->error(), finished->errorString());
                    qCWarning(lcTokens)
                        << "keychain job for" << finished->key() << "failed:" << result.error;
                }
                qCDebug(lcTokens) << "keychain job for" << finished->key() << "finished, status"
                                  << static_cast<int>(result.status);
                callback(result);
            });
    job->start();
}

void KeychainTokenStore::readToken(const QString &profile, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(profile);
    run(job, context, std::move(callback));
}

void KeychainTokenStore::writeToken(const QString &profile, const QString &token, QObject *context,
                                    Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(profile);
    job->setTextData(token);
    run(job, context, std::move(callback));
}

void KeychainTokenStore::deleteToken(const QString &profile, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(profile);
    run(job, context, std::move(callback));
}

} // namespace brickdesk

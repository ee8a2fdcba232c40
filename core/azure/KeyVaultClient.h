#pragma once

#include "ApiClient.h"
#include "AzureCredential.h"
#include "CallResult.h"
#include "CallTracker.h"
#include "KeyVaultSecret.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace brickdesk {

class ActivityLog;

// One Azure Key Vault's secrets (data plane, api-version 7.4) as typed asynchronous calls, with
// tokens from an AzureCredential. Names and values are checked before sending (names letters,
// digits and '-', values up to 25 KB). Paged lists follow `nextLink` only while it stays on this
// vault, so the token is never sent elsewhere. cancelAll() stops everything in flight.
class KeyVaultClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Handler = std::function<void(const CallResult<T> &)>;
    static constexpr int kMaxPages = 2000; // 50,000 secrets at 25 a page

    KeyVaultClient(QNetworkAccessManager *network, ActivityLog *activity,
                   QObject *parent = nullptr);

    // `vaultUrl` as normaliseVaultUrl() gives it.
    void setVault(const QUrl &vaultUrl, AzureCredential *credential,
                  const QString &caBundlePath = {});
    QUrl vaultUrl() const { return m_vaultUrl; }
    AzureCredential *credential() const { return m_credential; }
    bool isBusy() const { return m_tracker->isBusy(); }
    void cancelAll() { m_tracker->cancelAll(); }

    // Every page, in order. `progress` (optional) hears the count so far after each page.
    void listSecrets(QObject *context, Handler<QList<KeyVaultSecret>> handler,
                     std::function<void(int)> progress = {});
    void listVersions(const QString &name, QObject *context,
                      Handler<QList<KeyVaultSecret>> handler);
    void listDeletedSecrets(QObject *context, Handler<QList<KeyVaultSecret>> handler);
    // One page: the first when `nextLink` is empty.
    QPointer<ApiCall> listPage(const QUrl &nextLink, QObject *context,
                               Handler<KeyVaultPage> handler);

    // The latest version when `version` is empty.
    QPointer<ApiCall> getSecret(const QString &name, const QString &version, QObject *context,
                                Handler<KeyVaultSecret> handler);
    QPointer<ApiCall> setSecret(const QString &name, const QString &value,
                                const KeyVaultSecretProperties &properties, QObject *context,
                                Handler<KeyVaultSecret> handler);
    QPointer<ApiCall> updateSecret(const QString &name, const QString &version,
                                   const KeyVaultSecretProperties &properties, QObject *context,
                                   Handler<KeyVaultSecret> handler);
    // Soft delete: the answer is the deleted secret (recoveryId, scheduledPurgeDate).
    QPointer<ApiCall> deleteSecret(const QString &name, QObject *context,
                                   Handler<KeyVaultSecret> handler);
    QPointer<ApiCall> recoverSecret(const QString &name, QObject *context,
                                    Handler<KeyVaultSecret> handler);
    QPointer<ApiCall> purgeSecret(const QString &name, QObject *context, Handler<Done> handler);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void collectPages(const QString &path, QObject *context, Handler<QList<KeyVaultSecret>> handler,
                      std::function<void(int)> progress);
    template<typename T>
    QPointer<ApiCall> send(ApiRequest request, QObject *context,
                           std::function<std::optional<T>(const QJsonObject &, QString *)> parse,
                           Handler<T> handler, const QString &refusal = {});
    ApiClient *m_api;
    CallTracker *m_tracker;
    QUrl m_vaultUrl;
    QPointer<AzureCredential> m_credential;
};

} // namespace brickdesk

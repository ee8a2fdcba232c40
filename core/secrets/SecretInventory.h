#pragma once

#include "ApiClient.h"
#include "CallTracker.h"
#include "SecretScope.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace brickdesk {

class SecretsClient;

// Every scope of one workspace with its secrets' metadata, for comparing environments.
struct SecretInventory
{
    QString profile;
    QList<SecretScope> scopes;
    QHash<QString, QList<SecretMetadata>> secrets; // by scope name
    QHash<QString, QString> scopeErrors;           // scopes whose listing failed, and why
    QString error;                                 // scopes/list itself failed

    const SecretScope *scope(const QString &name) const;
    bool hasScope(const QString &name) const { return scope(name) != nullptr; }
    // The metadata of `key` in `scope`, or nullptr when it is not there.
    const SecretMetadata *secret(const QString &scopeName, const QString &key) const;
};

// Loads a SecretInventory: scopes/list, then every scope's list, at most kParallel at a time.
// finished() comes exactly once per load() unless cancel() is called first.
class SecretInventoryLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kParallel = 4;

    explicit SecretInventoryLoader(SecretsClient *client, QObject *parent = nullptr);

    void load();
    void cancel();
    bool isLoading() const { return m_loading; }
    const SecretInventory &inventory() const { return m_inventory; }

Q_SIGNALS:
    void progress(int scopesDone, int scopesTotal);
    void finished(const brickdesk::SecretInventory &inventory);

private:
    void listNext();
    void whenCancelled(ApiCall *call, std::function<void(const ApiError &)> handle);
    void finishIfDone();

    QPointer<SecretsClient> m_client;
    SecretInventory m_inventory;
    QStringList m_queue;
    int m_running = 0;
    int m_done = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::SecretInventory)

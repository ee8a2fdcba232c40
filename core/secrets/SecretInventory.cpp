#include "SecretInventory.h"

#include "SecretsClient.h"

namespace brickdesk {

const SecretScope *SecretInventory::scope(const QString &name) const
{
    for (const SecretScope &candidate : scopes) {
        // Scope names are case-insensitive in Databricks.
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

const SecretMetadata *SecretInventory::secret(const QString &scopeName, const QString &key) const
{
    const SecretScope *found = scope(scopeName);
    if (!found)
        return nullptr;
    const auto it = secrets.constFind(found->name);
    if (it == secrets.constEnd())
        return nullptr;
    for (const SecretMetadata &candidate : *it) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

SecretInventoryLoader::SecretInventoryLoader(SecretsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void SecretInventoryLoader::cancel()
{
    ++m_generation;
    m_loading = false;
    m_queue.clear();
    m_running = 0;
    // Answers still on their way find another generation and are dropped; the client's own
    // calls are the client's to cancel (other users may share it).
}

void SecretInventoryLoader::load()
{
    cancel();
    m_loading = true;
    m_done = 0;
    m_inventory = SecretInventory{};
    m_inventory.profile = m_client ? m_client->profile() : QString();
    const quint64 generation = m_generation;
    if (!m_client) {
        m_inventory.error = QStringLiteral("not connected to a workspace");
        m_loading = false;
        Q_EMIT finished(m_inventory);
        return;
    }
    const auto scopesListed = [this, generation](const CallResult<QList<SecretScope>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_inventory.error = result.error.summary();
            m_loading = false;
            Q_EMIT finished(m_inventory);
            return;
        }
        m_inventory.scopes = result.value;
        for (const SecretScope &scope : std::as_const(m_inventory.scopes))
            m_queue.append(scope.name);
        Q_EMIT progress(0, m_queue.size());
        listNext();
        finishIfDone();
    };
    whenCancelled(m_client->listScopes(this, scopesListed), [scopesListed](const ApiError &error) {
        CallResult<QList<SecretScope>> result;
        result.error = error;
        scopesListed(result);
    });
}

void SecretInventoryLoader::whenCancelled(ApiCall *call,
                                          std::function<void(const ApiError &)> handle)
{
    // A typed call says nothing when it is cancelled (a session closing cancels everything):
    // the loader still has to finish.
    if (!call)
        return;
    connect(call, &ApiCall::finished, this, [handle](const ApiResponse &response) {
        if (response.error.kind == ApiError::Kind::Cancelled)
            handle(response.error);
    });
}

void SecretInventoryLoader::listNext()
{
    if (!m_client) {
        for (const QString &scope : std::exchange(m_queue, {}))
            m_inventory.scopeErrors.insert(scope, QStringLiteral("not connected to a workspace"));
    }
    while (m_running < kParallel && !m_queue.isEmpty()) {
        const QString scope = m_queue.takeFirst();
        ++m_running;
        const quint64 generation = m_generation;
        const auto listed = [this, generation,
                             scope](const CallResult<QList<SecretMetadata>> &result) {
            if (generation != m_generation)
                return;
            --m_running;
            ++m_done;
            if (result.ok())
                m_inventory.secrets.insert(scope, result.value);
            else
                m_inventory.scopeErrors.insert(scope, result.error.summary());
            Q_EMIT progress(m_done, m_inventory.scopes.size());
            listNext();
            finishIfDone();
        };
        whenCancelled(m_client->listSecrets(scope, this, listed), [listed](const ApiError &error) {
            CallResult<QList<SecretMetadata>> result;
            result.error = error;
            listed(result);
        });
    }
}

void SecretInventoryLoader::finishIfDone()
{
    if (!m_loading || m_running > 0 || !m_queue.isEmpty())
        return;
    m_loading = false;
    Q_EMIT finished(m_inventory);
}

} // namespace brickdesk

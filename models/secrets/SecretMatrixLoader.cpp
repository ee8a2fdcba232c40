#include "SecretMatrixLoader.h"

#include "SecretMatrixModel.h"
#include "SecretsClient.h"
#include "WorkspaceSessionPool.h"

namespace brickdesk {

SecretMatrixLoader::SecretMatrixLoader(WorkspaceSessionPool *pool, SecretMatrixModel *model,
                                       QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_model(model)
{}

SecretMatrixLoader::~SecretMatrixLoader()
{
    cancel();
}

void SecretMatrixLoader::load(const QStringList &profiles)
{
    for (const QString &profile : m_sources.keys()) {
        if (!profiles.contains(profile))
            drop(profile);
    }
    m_profiles = profiles;
    if (m_model)
        m_model->setProfiles(profiles);
    bool started = false;
    for (const QString &profile : profiles) {
        if (!m_sources.contains(profile)) {
            start(profile);
            started = true;
        }
    }
    if (!started)
        Q_EMIT finished(); // nothing new: the comparison is complete as it stands
}

void SecretMatrixLoader::reloadAll()
{
    for (const QString &profile : std::as_const(m_profiles))
        start(profile);
}

void SecretMatrixLoader::reload(const QString &profile)
{
    if (m_profiles.contains(profile))
        start(profile);
}

void SecretMatrixLoader::cancel()
{
    for (const QString &profile : m_sources.keys())
        drop(profile);
}

bool SecretMatrixLoader::isLoading() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(),
                       [](const Source &source) { return source.loading; });
}

SecretsClient *SecretMatrixLoader::client(const QString &profile) const
{
    return m_sources.value(profile).client;
}

void SecretMatrixLoader::drop(const QString &profile)
{
    Source source = m_sources.take(profile);
    disconnect(source.stateConnection);
    if (source.loader)
        source.loader->cancel();
    if (source.client)
        source.client->cancelAll();
    delete source.loader;
    delete source.client;
}

void SecretMatrixLoader::start(const QString &profile)
{
    Source &source = m_sources[profile];
    source.loading = true;
    if (m_model)
        m_model->setLoading(profile);
    if (source.client && source.session &&
        source.session->state() == WorkspaceSession::State::Connected) {
        startInventory(profile);
        return;
    }
    WorkspaceSession *session = m_pool ? m_pool->session(profile) : nullptr;
    if (!session) {
        if (m_model)
            m_model->setProfileError(profile, tr("There is no profile named '%1'.").arg(profile));
        done(profile);
        return;
    }
    if (source.session != session) {
        disconnect(source.stateConnection);
        forgetClient(source);
        source.session = session;
        source.stateConnection = connect(session, &WorkspaceSession::stateChanged, this,
                                         [this, profile] { onSessionState(profile); });
        // The pool deletes a session whose profile changed: a load waiting for it ends.
        connect(session, &QObject::destroyed, this, [this, profile] {
            auto it = m_sources.find(profile);
            if (it == m_sources.end() || !it->loading)
                return;
            if (m_model)
                m_model->setProfileError(profile, tr("The connection was closed; press Refresh."));
            done(profile);
        });
    }
    onSessionState(profile);
}

void SecretMatrixLoader::onSessionState(const QString &profile)
{
    auto it = m_sources.find(profile);
    if (it == m_sources.end() || !it->session)
        return;
    switch (it->session->state()) {
    case WorkspaceSession::State::Connected:
        if (it->client && it->client->apiClient() != it->session->client())
            forgetClient(*it);
        if (!it->client)
            it->client = new SecretsClient(it->session->client(), this);
        if (it->loading && !(it->loader && it->loader->isLoading()))
            startInventory(profile);
        break;
    case WorkspaceSession::State::Failed:
        if (it->loader)
            it->loader->cancel();
        if (it->loading && m_model)
            m_model->setProfileError(profile,
                                     tr("Cannot connect: %1").arg(it->session->errorText()));
        if (it->loading)
            done(profile);
        break;
    case WorkspaceSession::State::Idle:
        // Closed (the pool closes the session of an edited profile): nothing will come.
        if (it->loader)
            it->loader->cancel();
        if (it->loading && m_model)
            m_model->setProfileError(profile, tr("The connection was closed; press Refresh."));
        if (it->loading)
            done(profile);
        break;
    case WorkspaceSession::State::ResolvingToken:
    case WorkspaceSession::State::Connecting:
        break; // the session says when it is up
    }
}

void SecretMatrixLoader::startInventory(const QString &profile)
{
    Source &source = m_sources[profile];
    if (!source.client)
        source.client = new SecretsClient(source.session->client(), this);
    if (!source.loader) {
        source.loader = new SecretInventoryLoader(source.client, this);
        connect(source.loader, &SecretInventoryLoader::finished, this,
                [this, profile](const SecretInventory &inventory) {
                    if (m_model)
                        m_model->setInventory(profile, inventory);
                    done(profile);
                });
    }
    source.loader->load();
}

void SecretMatrixLoader::forgetClient(Source &source)
{
    if (source.loader) {
        source.loader->cancel();
        source.loader->deleteLater();
        source.loader = nullptr;
    }
    if (source.client) {
        source.client->cancelAll();
        source.client->deleteLater();
        source.client = nullptr;
    }
}

void SecretMatrixLoader::done(const QString &profile)
{
    auto it = m_sources.find(profile);
    if (it == m_sources.end() || !it->loading)
        return;
    it->loading = false;
    Q_EMIT profileLoaded(profile);
    if (!isLoading())
        Q_EMIT finished();
}

} // namespace brickdesk

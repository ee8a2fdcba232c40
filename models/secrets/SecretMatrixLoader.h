#pragma once

#include "SecretInventory.h"
#include "SecretsClient.h"
#include "WorkspaceSessionPool.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace brickdesk {

class SecretMatrixModel;

// Fills a SecretMatrixModel: opens each profile's session in the pool (on first use), then
// loads that workspace's inventory; each profile's column fills in as its answer arrives,
// independently of the others. A profile that cannot connect shows its error in its column.
class SecretMatrixLoader : public QObject
{
    Q_OBJECT

public:
    SecretMatrixLoader(WorkspaceSessionPool *pool, SecretMatrixModel *model,
                       QObject *parent = nullptr);
    ~SecretMatrixLoader() override;

    // Compares `profiles` (the model's columns, in this order): profiles new to the comparison
    // are loaded, the others keep what they have.
    void load(const QStringList &profiles);
    void reloadAll();
    // Loads one profile's inventory again (after a write), keeping its cells meanwhile.
    void reload(const QString &profile);
    void cancel();
    bool isLoading() const;
    QStringList profiles() const { return m_profiles; }
    // The secrets client of a connected profile, for writes; nullptr until connected.
    SecretsClient *client(const QString &profile) const;
    WorkspaceSessionPool *pool() const { return m_pool; }

Q_SIGNALS:
    void profileLoaded(const QString &profile);
    // Every profile of the last load() has answered or failed.
    void finished();

private:
    struct Source
    {
        QPointer<WorkspaceSession> session;
        QMetaObject::Connection stateConnection;
        SecretsClient *client = nullptr;
        SecretInventoryLoader *loader = nullptr;
        bool loading = false;
    };

    void start(const QString &profile);
    void onSessionState(const QString &profile);
    void startInventory(const QString &profile);
    void done(const QString &profile);
    void drop(const QString &profile);
    // The client and loader made for a session the pool has since replaced go with it.
    void forgetClient(Source &source);

    QPointer<WorkspaceSessionPool> m_pool;
    QPointer<SecretMatrixModel> m_model;
    QStringList m_profiles;
    QHash<QString, Source> m_sources;
};

} // namespace brickdesk

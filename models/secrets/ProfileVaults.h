#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QSettings;

namespace brickdesk {

// The Azure Key Vaults each profile's Key Vault browser offers: the ones saved in Brickdesk's
// settings (ProfileSettings::keyVaults), plus vaults given for this run only — the demo
// workspace's vault lives on a random port and must never be saved.
class ProfileVaults : public QObject
{
    Q_OBJECT

public:
    explicit ProfileVaults(QSettings *settings, QObject *parent = nullptr);

    // Vaults of `profile` that are never written to the settings; additions to such a profile
    // stay in memory too.
    void setTransientVaults(const QString &profile, const QStringList &vaultUrls);
    QStringList vaults(const QString &profile) const;
    // Adds a vault by URL (normalised, https, or http on loopback). Returns the normalised URL,
    // or an empty string with `error` set.
    QString addVault(const QString &profile, const QString &input, QString *error);
    void removeVault(const QString &profile, const QString &vaultUrl);

Q_SIGNALS:
    void vaultsChanged(const QString &profile);

private:
    QSettings *m_settings;
    QHash<QString, QStringList> m_transient;
};

} // namespace brickdesk

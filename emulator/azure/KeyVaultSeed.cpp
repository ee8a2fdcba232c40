#include "KeyVaultSeed.h"

#include "DemoSeed.h"
#include "KeyVaultStore.h"

#include <QCryptographicHash>

namespace brickdesk::emulator {

namespace {

constexpr qint64 kDaySeconds = 24 * 60 * 60;

// What differs between the demo's secrets; everything else has a default.
struct DemoSecret
{
    DemoSecret(const char *secretName, qint64 firstCreated)
        : name(secretName)
        , created(firstCreated)
    {}
    DemoSecret &withVersions(int count) { return versionCount = count, *this; }
    DemoSecret &withContentType(const char *type) { return contentType = type, *this; }
    DemoSecret &withTags(const QJsonObject &secretTags) { return tags = secretTags, *this; }
    DemoSecret &disabled() { return enabled = false, *this; }
    DemoSecret &validFrom(qint64 time) { return notBefore = time, *this; }
    DemoSecret &expiring(qint64 time) { return expires = time, *this; }
    DemoSecret &deletedOn(qint64 time) { return deleted = time, *this; }

    const char *name;
    qint64 created; // the first version, epoch seconds
    int versionCount = 1;
    const char *contentType = "";
    QJsonObject tags;
    bool enabled = true;
    std::optional<qint64> notBefore;
    std::optional<qint64> expires;
    std::optional<qint64> deleted;
};

QString versionId(const QString &vault, const QString &name, int index)
{
    const QByteArray seed =
        (vault + QLatin1Char('/') + name + QLatin1Char('/') + QString::number(index)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
}

QString fakeValue(const QString &name, int index)
{
    const QByteArray seed = (name + QString::number(index)).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toBase64());
}

VaultSecret make(const QString &vault, const DemoSecret &demoSecret)
{
    VaultSecret secret;
    secret.name = QString::fromUtf8(demoSecret.name);
    for (int i = 0; i < demoSecret.versionCount; ++i) {
        VaultSecretVersion version;
        version.version = versionId(vault, secret.name, i);
        version.value = fakeValue(secret.name, i);
        version.contentType = QString::fromUtf8(demoSecret.contentType);
        version.tags = demoSecret.tags;
        // Older versions were rotated out 60 days apart, the current one is the latest.
        version.created = demoSecret.created + i * 60 * kDaySeconds;
        version.updated = version.created;
        const bool current = i == demoSecret.versionCount - 1;
        version.enabled = current ? demoSecret.enabled : true;
        version.notBefore = current ? demoSecret.notBefore : std::nullopt;
        version.expires = current ? demoSecret.expires : std::nullopt;
        secret.versions.append(version);
    }
    if (demoSecret.deleted) {
        secret.deletedDate = demoSecret.deleted;
        secret.scheduledPurgeDate = *demoSecret.deleted + kVaultRecoverableDays * kDaySeconds;
    }
    return secret;
}

QJsonObject tags(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QJsonObject result;
    for (const auto &[key, value] : pairs)
        result.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return result;
}

} // namespace

void seedDemoVault(KeyVaultStore &store, const QString &vault, qint64 nowMs)
{
    const DemoTime t = DemoTime::startingAt(nowMs);
    const auto at = [&t](int year, int month, int day) {
        return t.at(year, month, day, 9, 30, 0) / 1000;
    };
    // "Now" in the demo is 2024-11-21 14:10.
    const QList<DemoSecret> secrets = {
        DemoSecret("storage-connection-string", at(2024, 6, 5))
            .withVersions(3)
            .withContentType("text/plain")
            .withTags(tags({{"env", "prod"}, {"owner", "data-platform"}}))
            .expiring(at(2026, 3, 1)),
        DemoSecret("sql-admin-password", at(2024, 5, 10))
            .withTags(tags({{"env", "prod"}, {"system", "azure-sql"}}))
            .expiring(at(2024, 11, 10)),
        DemoSecret("eventhub-send-key", at(2024, 8, 1))
            .withVersions(2)
            .withTags(tags({{"env", "prod"}}))
            .expiring(at(2024, 11, 25)),
        DemoSecret("service-principal-secret", at(2024, 8, 29))
            .withContentType("text/plain")
            .withTags(tags({{"rotation", "90d"}, {"app", "brickdesk-etl"}}))
            .expiring(at(2024, 11, 27)),
        DemoSecret("api-gateway-key", at(2024, 1, 15)).withTags(tags({{"team", "integration"}})),
        DemoSecret("legacy-ftp-password", at(2022, 9, 12))
            .withTags(tags({{"status", "retired"}}))
            .disabled(),
        DemoSecret("tls-certificate-passphrase", at(2024, 2, 20)).withContentType("text/plain"),
        DemoSecret("redis-cache-key", at(2024, 3, 1))
            .withTags(tags({{"env", "staging"}}))
            .validFrom(at(2024, 3, 1))
            .expiring(at(2025, 11, 30)),
        DemoSecret("cosmos-db-primary-key", at(2024, 7, 2))
            .withVersions(2)
            .withTags(tags({{"env", "prod"}, {"system", "cosmos"}}))
            .expiring(at(2025, 6, 30)),
        DemoSecret("snowflake-password", at(2024, 11, 19))
            .withTags(tags({{"env", "prod"}}))
            .validFrom(at(2024, 12, 1))
            .expiring(at(2025, 12, 1)),
        DemoSecret("jdbc-url-reporting", at(2023, 11, 8)).withContentType("application/x-jdbc-url"),
        DemoSecret("github-deploy-token", at(2024, 10, 14))
            .withTags(tags({{"repo", "brickdesk/pipelines"}}))
            .expiring(at(2027, 1, 1)),
        DemoSecret("old-webhook-token", at(2023, 4, 3))
            .withTags(tags({{"status", "replaced"}}))
            .deletedOn(at(2024, 11, 18)),
    };
    for (const DemoSecret &demoSecret : secrets)
        store.putSecret(vault, make(vault, demoSecret));
}
} // namespace brickdesk::emulator

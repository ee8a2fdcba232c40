#include "SecretsSeed.h"

#include "DemoSeed.h"
#include "SecretStore.h"

#include <QCryptographicHash>

namespace brickdesk::emulator {

namespace {

QString user(std::size_t index)
{
    return QString::fromUtf8(demo::kUsers.at(index));
}

// A made-up value that looks the part, the same on every run.
QByteArray fakeKey(const char *seed, int bytes)
{
    QByteArray data;
    QByteArray block = QByteArray(seed);
    while (data.size() < bytes) {
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
        data += block;
    }
    return data.left(bytes);
}

void put(SecretScope *scope, const char *key, const QByteArray &value, qint64 updatedMs)
{
    scope->secrets[QString::fromUtf8(key)] = StoredSecret{value, updatedMs};
}

} // namespace

void seedDemoSecretScopes(SecretStore &store, const QString &demoVault, qint64 nowMs)
{
    const DemoTime t = DemoTime::startingAt(nowMs);
    const QString demoUser = user(0);
    const QString anna = user(1);
    const QString ravi = user(2);
    const QString servicePrincipal = user(3);

    SecretScope etl;
    etl.name = QStringLiteral("etl");
    put(&etl, "storage-account-key", fakeKey("etl/storage", 64).toBase64(),
        t.at(2024, 10, 2, 8, 15, 0));
    put(&etl, "jdbc-password", QByteArrayLiteral("Tr0ub4dor&3-etl-warehouse"),
        t.at(2024, 6, 18, 16, 42, 10));
    put(&etl, "api.token", fakeKey("etl/api", 24).toHex(), t.at(2024, 11, 20, 9, 3, 55));
    put(&etl, "sftp_private_key",
        QByteArrayLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n") +
            fakeKey("etl/sftp", 180).toBase64() +
            QByteArrayLiteral("\n-----END OPENSSH PRIVATE KEY-----\n"),
        t.at(2023, 12, 5, 11, 0, 0));
    put(&etl, "eventhub-connection-string",
        QByteArrayLiteral("Endpoint=sb://brickdesk-demo.servicebus.windows.net/;"
                          "SharedAccessKeyName=send;SharedAccessKey=") +
            fakeKey("etl/eventhub", 32).toBase64(),
        t.at(2024, 9, 27, 13, 30, 0));
    etl.acls = {{demoUser, SecretPermission::Manage},
                {QStringLiteral("data-engineers"), SecretPermission::Write},
                {servicePrincipal, SecretPermission::Read}};
    store.addScope(etl);

    SecretScope models;
    models.name = QStringLiteral("ml-models");
    put(&models, "mlflow-tracking-token", fakeKey("ml/mlflow", 20).toHex(),
        t.at(2024, 8, 14, 10, 5, 0));
    put(&models, "huggingface-token", QByteArrayLiteral("hf_") + fakeKey("ml/hf", 17).toHex(),
        t.at(2024, 11, 12, 17, 48, 21));
    put(&models, "feature-store-password", QByteArrayLiteral("correct-horse-battery-staple"),
        t.at(2024, 4, 29, 7, 20, 0));
    models.acls = {{anna, SecretPermission::Manage},
                   {SecretStore::kAllUsers, SecretPermission::Manage}};
    store.addScope(models);

    SecretScope finance;
    finance.name = QStringLiteral("finance-readonly");
    put(&finance, "erp-api-key", fakeKey("finance/erp", 32).toBase64(), t.at(2024, 7, 1, 9, 0, 0));
    put(&finance, "sap-password", QByteArrayLiteral("Ledger-2024-Q4!"),
        t.at(2024, 10, 30, 18, 12, 40));
    put(&finance, "ledger-db-url",
        QByteArrayLiteral("jdbc:sqlserver://ledger.brickdesk.example:1433;database=ledger"),
        t.at(2024, 2, 16, 14, 45, 0));
    finance.acls = {{ravi, SecretPermission::Manage},
                    {demoUser, SecretPermission::Read},
                    {QStringLiteral("finance-analysts"), SecretPermission::Read}};
    store.addScope(finance);

    if (demoVault.isEmpty())
        return;
    SecretScope shared;
    shared.name = QStringLiteral("kv-shared");
    shared.keyVaultBacked = true;
    shared.resourceId = QStringLiteral("/subscriptions/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f/"
                                       "resourceGroups/rg-brickdesk-demo/providers/"
                                       "Microsoft.KeyVault/vaults/") +
                        demoVault;
    shared.emulatorVault = demoVault; // dns_name: the vault's URL, whatever the port
    shared.acls = {{demoUser, SecretPermission::Manage},
                   {SecretStore::kAllUsers, SecretPermission::Read}};
    store.addScope(shared);
}

} // namespace brickdesk::emulator

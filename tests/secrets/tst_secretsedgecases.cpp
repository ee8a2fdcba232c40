// Edge cases of the secrets models and Key Vault tab found in review: a profile edited (its pooled
// session replaced) before or during a load, the vault spelling of a key, the clipboard guard of a
// tab being destroyed, and "only differences" after a column goes.
#include "ClientSecretCredential.h"
#include "ClipboardGuard.h"
#include "EmulatorOptionsFor.h"
#include "KeyVaultClient.h"
#include "KeyVaultSecretModel.h"
#include "KeyVaultTab.h"
#include "SecretMatrixLoader.h"
#include "SecretMatrixModel.h"
#include "SecretMatrixProxy.h"
#include "SecretsClient.h"
#include "SecretsTestSupport.h"
#include "SecretsUiTestSupport.h"
#include "WorkspaceSessionPool.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace brickdesk;
using secretstest::spinUntil;

class TestSecretsEdgeCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loaderAfterProfileEdit();
    void loaderEditWhileConnecting();
    void matrixPhantomKeyVaultRow();
    void clipboardGuardEmitsFromDyingTab();
    void onlyDifferencesAfterColumnRemoved();
};

void TestSecretsEdgeCases::loaderAfterProfileEdit()
{
    const QString token = "review-token";
    emulator::WorkspaceEmulator emu(emulatorOptionsFor(token));
    QVERIFY(emu.listen());
    QNetworkAccessManager network;
    secretsuitest::MemoryTokenStore tokens;
    WorkspaceSessionPool pool(&network, nullptr, &tokens);
    Profile dev;
    dev.name = "dev";
    dev.host = emu.baseUrl().toString();
    dev.authType = "pat";
    pool.setProfiles({dev});
    pool.setDemoToken("dev", token);
    SecretMatrixModel model;
    SecretMatrixLoader loader(&pool, &model);
    QSignalSpy finished(&loader, &SecretMatrixLoader::finished);
    loader.load({"dev"});
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QVERIFY(model.inventory("dev"));
    // The profile is edited (same workspace, e.g. an attribute or a token moved): the pool
    // closes and deletes the session.
    Profile edited = dev;
    edited.attributes.insert("cluster_id", "x");
    pool.setProfiles({edited});
    QTest::qWait(50); // deleteLater
    finished.clear();
    loader.reload("dev"); // Refresh
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    const SecretMatrixModel::Cell c = model.cell(0, "dev");
    QVERIFY2(model.inventory("dev"), "Refresh after a profile edit cannot load the profile");
    QCOMPARE(model.cell(model.rowOf("etl", "jdbc-password"), "dev").state,
             SecretCellState::Present);
}

void TestSecretsEdgeCases::loaderEditWhileConnecting()
{
    const QString token = "review-token";
    emulator::WorkspaceEmulator emu(emulatorOptionsFor(token));
    QVERIFY(emu.listen());
    emu.setLatencyMs(300);
    QNetworkAccessManager network;
    secretsuitest::MemoryTokenStore tokens;
    WorkspaceSessionPool pool(&network, nullptr, &tokens);
    Profile dev;
    dev.name = "dev";
    dev.host = emu.baseUrl().toString();
    dev.authType = "pat";
    pool.setProfiles({dev});
    pool.setDemoToken("dev", token);
    SecretMatrixModel model;
    SecretMatrixLoader loader(&pool, &model);
    QSignalSpy finished(&loader, &SecretMatrixLoader::finished);
    loader.load({"dev"});
    QTest::qWait(50); // session is Connecting (identity call in flight)
    Profile edited = dev;
    edited.attributes.insert("cluster_id", "x");
    pool.setProfiles({edited});
    QTest::qWait(2000);
    QVERIFY2(!finished.isEmpty(), "column stays 'loading…' for good");
}

void TestSecretsEdgeCases::matrixPhantomKeyVaultRow()
{
    SecretMatrixModel model;
    model.setProfiles({"dev", "staging"});
    SecretInventory dev;
    SecretScope kv;
    kv.name = "kv";
    kv.backend = SecretBackend::AzureKeyVault;
    kv.keyVaultDnsName = "https://v.vault.azure.net/";
    kv.keyVaultResourceId = "/x";
    dev.scopes = {kv};
    dev.secrets.insert("kv", {{"db-password", QDateTime::currentDateTimeUtc()}});
    SecretInventory staging;
    SecretScope db;
    db.name = "kv";
    staging.scopes = {db};
    staging.secrets.insert("kv", {{"db_password", QDateTime::currentDateTimeUtc()}});
    model.setInventory("dev", dev);
    model.setInventory("staging", staging);
    // One row, db_password: dev's vault spells it db-password, which is the same secret.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.keyAt(0), QStringLiteral("db_password"));
    QCOMPARE(model.cell(0, "dev").state, SecretCellState::Present);
    QCOMPARE(model.cell(0, "dev").storedAs, QStringLiteral("db-password"));
    QVERIFY(!model.isDifferent(0));
}

void TestSecretsEdgeCases::clipboardGuardEmitsFromDyingTab()
{
    auto *tab = new KeyVaultTab;
    int during = 0;
    bool dying = false;
    connect(tab, &KeyVaultTab::statusMessage, this, [&] {
        if (dying)
            ++during;
    });
    tab->clipboardGuard()->copy("value");
    dying = true;
    delete tab;
    QCOMPARE(during, 0);
}

void TestSecretsEdgeCases::onlyDifferencesAfterColumnRemoved()
{
    SecretMatrixModel model;
    SecretMatrixProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setOnlyDifferences(true);
    model.setProfiles({"dev", "staging"});
    const auto inv = [](const QStringList &keys) {
        SecretInventory i;
        SecretScope s;
        s.name = "etl";
        i.scopes = {s};
        QList<SecretMetadata> m;
        for (const QString &k : keys)
            m.append({k, QDateTime::currentDateTimeUtc()});
        i.secrets.insert("etl", m);
        return i;
    };
    model.setInventory("dev", inv({"a", "b"}));
    model.setInventory("staging", inv({"a"}));
    QCOMPARE(proxy.rowCount(), 1);
    model.setProfiles({"dev"}); // staging unchecked
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestSecretsEdgeCases)
#include "tst_secretsedgecases.moc"

// The keychain token store against a REAL Secret Service (gnome-keyring in scripts/test).
#include "ConfigDocument.h"
#include "KeychainTokenStore.h"
#include "ProfileSettings.h"
#include "SecretServiceCheck.h"
#include "TokenMigration.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace brickdesk;

namespace {

// Runs one asynchronous store call to its end.
TokenStoreResult await(const std::function<void(TokenStore::Callback)> &start)
{
    std::optional<TokenStoreResult> result;
    start([&](const TokenStoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("the keychain did not answer within 20 s");
    return *result;
}

// A store whose writes always fail, to prove the file is left alone when the keychain refuses.
class RefusingTokenStore final : public TokenStore
{
public:
    void readToken(const QString &, QObject *, Callback callback) override { callback({TokenStoreResult::Status::Failed, {}, QStringLiteral("refused")}); }
    void writeToken(const QString &, const QString &, QObject *, Callback callback) override
    {
        QMetaObject::invokeMethod(this, [callback] { callback({TokenStoreResult::Status::Failed, {}, QStringLiteral("keychain locked")}); }, Qt::QueuedConnection);
    }
    void deleteToken(const QString &, QObject *, Callback callback) override { callback({TokenStoreResult::Status::Failed, {}, QStringLiteral("refused")}); }
};

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteDelete();
    void missingEntryIsNotFound();
    void profilesAreSeparateAndServiceScoped();
    void callbackDroppedWhenContextDies();
    void moveTokenToKeychainRemovesOnlyTheTokenLine();
    void moveTokenKeepsFileWhenKeychainRefuses();
    void moveTokenWithoutFileTokenIsAnError();

private:
    QString uniqueProfile() const { return QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }
};

void TestKeychain::initTestCase()
{
    const QString missing = missingSecretServiceReason();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
}

void TestKeychain::writeReadOverwriteDelete()
{
    KeychainTokenStore store;
    const QString profile = uniqueProfile();
    const QString first = QStringLiteral("bdtest-first-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString second = QStringLiteral("bdtest-second-") + QUuid::createUuid().toString(QUuid::Id128);
    auto written = await([&](auto cb) { store.writeToken(profile, first, this, cb); });
    QVERIFY2(written.ok(), qPrintable(written.error));
    auto read = await([&](auto cb) { store.readToken(profile, this, cb); });
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.token == first); // QVERIFY, not QCOMPARE: a failure must not print the token
    QVERIFY(await([&](auto cb) { store.writeToken(profile, second, this, cb); }).ok());
    QVERIFY(await([&](auto cb) { store.readToken(profile, this, cb); }).token == second);
    QVERIFY(await([&](auto cb) { store.deleteToken(profile, this, cb); }).ok());
    QCOMPARE(await([&](auto cb) { store.readToken(profile, this, cb); }).status, TokenStoreResult::Status::NotFound);
}

void TestKeychain::missingEntryIsNotFound()
{
    KeychainTokenStore store;
    const auto result = await([&](auto cb) { store.readToken(uniqueProfile(), this, cb); });
    QCOMPARE(result.status, TokenStoreResult::Status::NotFound);
    QVERIFY(result.token.isEmpty());
}

void TestKeychain::profilesAreSeparateAndServiceScoped()
{
    KeychainTokenStore brickdesk;
    KeychainTokenStore other(nullptr, QStringLiteral("brickdesk-test-other"));
    QCOMPARE(brickdesk.service(), QStringLiteral("brickdesk"));
    const QString a = uniqueProfile();
    const QString b = uniqueProfile();
    QVERIFY(await([&](auto cb) { brickdesk.writeToken(a, QStringLiteral("bdtest-a"), this, cb); }).ok());
    QVERIFY(await([&](auto cb) { brickdesk.writeToken(b, QStringLiteral("bdtest-b"), this, cb); }).ok());
    QVERIFY(await([&](auto cb) { brickdesk.readToken(a, this, cb); }).token == QStringLiteral("bdtest-a"));
    QVERIFY(await([&](auto cb) { brickdesk.readToken(b, this, cb); }).token == QStringLiteral("bdtest-b"));
    QCOMPARE(await([&](auto cb) { other.readToken(a, this, cb); }).status, TokenStoreResult::Status::NotFound);
    await([&](auto cb) { brickdesk.deleteToken(a, this, cb); });
    await([&](auto cb) { brickdesk.deleteToken(b, this, cb); });
}

void TestKeychain::callbackDroppedWhenContextDies()
{
    KeychainTokenStore store;
    auto *context = new QObject;
    bool called = false;
    store.readToken(uniqueProfile(), context, [&](const TokenStoreResult &) { called = true; });
    delete context;
    // A second call on the same store proves the queue moved on past the first job.
    const auto after = await([&](auto cb) { store.readToken(uniqueProfile(), this, cb); });
    QCOMPARE(after.status, TokenStoreResult::Status::NotFound);
    QVERIFY(!called);
}

void TestKeychain::moveTokenToKeychainRemovesOnlyTheTokenLine()
{
    QTemporaryDir dir;
    const QString profile = uniqueProfile();
    const QString path = dir.filePath(QStringLiteral(".databrickscfg"));
    const QByteArray original = "; my workspaces\n[" + profile.toUtf8() + "]\nhost = https://adb-1.1.azuredatabricks.net\n"
                                "token = bdtest-move-me\ncluster_id = 0101-x\n\n[other]\nhost = https://o\ntoken = keep-me\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(original);
    file.close();
    QSettings settingsStore(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileSettings settings(settingsStore);
    KeychainTokenStore store;
    std::optional<QString> error;
    moveTokenToKeychain(path, profile, store, settings, this, [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray expected = original;
    expected.replace("token = bdtest-move-me\n", "");
    QCOMPARE(file.readAll(), expected);
    QVERIFY(settings.tokenInKeychain(profile));
    QVERIFY(await([&](auto cb) { store.readToken(profile, this, cb); }).token == QStringLiteral("bdtest-move-me"));
    await([&](auto cb) { store.deleteToken(profile, this, cb); });
}

void TestKeychain::moveTokenKeepsFileWhenKeychainRefuses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".databrickscfg"));
    const QByteArray original = "[p]\nhost = https://h\ntoken = bdtest-stays\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(original);
    file.close();
    QSettings settingsStore(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileSettings settings(settingsStore);
    RefusingTokenStore store;
    std::optional<QString> error;
    moveTokenToKeychain(path, QStringLiteral("p"), store, settings, this, [&](const QString &e) { error = e; });
    QTRY_VERIFY(error.has_value());
    QVERIFY(error->contains(QStringLiteral("keychain locked")));
    QVERIFY(!error->contains(QStringLiteral("bdtest-stays")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    QVERIFY(!settings.tokenInKeychain(QStringLiteral("p")));
}

void TestKeychain::moveTokenWithoutFileTokenIsAnError()
{
    QTemporaryDir dir;
    QSettings settingsStore(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileSettings settings(settingsStore);
    KeychainTokenStore store;
    std::optional<QString> error;
    moveTokenToKeychain(dir.filePath(QStringLiteral("missing")), QStringLiteral("p"), store, settings, this,
                        [&](const QString &e) { error = e; });
    QVERIFY(error.has_value());
    QVERIFY(error->contains(QStringLiteral("has no token")));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

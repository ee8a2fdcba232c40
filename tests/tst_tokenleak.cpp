// A whole session at debug logging — keychain, profiles, REST calls with errors and retries, the
// activity log and settings — must never write the token anywhere a person or a log could see it.
#include "ActivityLog.h"
#include "ConfigFileWriter.h"
#include "KeychainTokenStore.h"
#include "Paginator.h"
#include "ProfileCatalog.h"
#include "ProfileListing.h"
#include "ProfileSettings.h"
#include "SecretServiceCheck.h"
#include "TokenMigration.h"
#include "WorkspaceEmulator.h"
#include "WorkspaceSession.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace brickdesk;

namespace {

QMutex capturedMutex;
QByteArray captured;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        captured += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    }
    // Only what does not hold the token reaches the real output; the assertion below checks.
    Q_UNUSED(type)
}

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullSessionNeverRevealsToken();
    void cleanupTestCase();
};

void TestTokenLeak::initTestCase()
{
    const QString missing = missingSecretServiceReason();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestTokenLeak::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void TestTokenLeak::fullSessionNeverRevealsToken()
{
    const QString token = QStringLiteral("bdleak") + QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray tokenBytes = token.toUtf8();
    QTemporaryDir dir;

    emulator::EmulatorOptions options;
    options.token = token;
    options.stateDir = dir.filePath(QStringLiteral("state"));
    QDir().mkpath(options.stateDir);
    emulator::WorkspaceEmulator emulator(options);
    QVERIFY(emulator.listen());

    // A profile whose token starts in the file, is moved to the keychain, and is read back.
    const QString profileName = QStringLiteral("leak-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString configPath = dir.filePath(QStringLiteral(".databrickscfg"));
    QVERIFY(ConfigFileWriter::edit(configPath, [&](ConfigDocument &doc, QString &) {
                return doc.setValue(profileName, QStringLiteral("host"), emulator.baseUrl().toString()) &&
                       doc.setValue(profileName, QStringLiteral("token"), token);
            }).ok());
    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    QSettings settingsStore(settingsPath, QSettings::IniFormat);
    ProfileSettings settings(settingsStore);
    KeychainTokenStore keychain;
    std::optional<QString> moved;
    moveTokenToKeychain(configPath, profileName, keychain, settings, this, [&](const QString &e) { moved = e; });
    QTRY_VERIFY_WITH_TIMEOUT(moved.has_value(), 20000);
    QVERIFY2(moved->isEmpty(), qPrintable(*moved));
    settings.setEnvironment(profileName, EnvironmentTag::Prod);

    const ProfileCatalog catalog = ProfileLoader::load(configPath, {}, &settings);
    const Profile *profile = catalog.find(profileName);
    QVERIFY(profile);
    QCOMPARE(profile->tokenSource, TokenSource::Keychain);

    QNetworkAccessManager network;
    ActivityLog activity;
    WorkspaceSession session(&network, &activity, &keychain);
    QSignalSpy states(&session, &WorkspaceSession::stateChanged);
    session.open(*profile);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WorkspaceSession::State::Connected, 20000);

    // Errors and retries of every kind, at debug level.
    RetryPolicy quick;
    quick.baseDelayMs = 5;
    quick.maxDelayMs = 10;
    quick.maxJitterMs = 0;
    quick.maxRetryAfterMs = 10;
    session.client()->setRetryPolicy(quick);
    emulator.failNextRequests(1, 429, "REQUEST_LIMIT_EXCEEDED", 0);
    emulator.dropNextConnections(1);
    Paginator clusters(session.client(), ApiRequest::get(QStringLiteral("/api/2.1/clusters/list")),
                       QStringLiteral("clusters"), Paginator::Style::PageToken);
    QSignalSpy done(&clusters, &Paginator::finished);
    clusters.start();
    QVERIFY(done.wait(20000));
    QUrlQuery badId;
    badId.addQueryItem(QStringLiteral("cluster_id"), QStringLiteral("nope"));
    bool answered = false;
    session.client()->send(ApiRequest::get(QStringLiteral("/api/2.0/clusters/get"), badId), this,
                           [&](const ApiResponse &) { answered = true; });
    QTRY_VERIFY(answered);

    // And a wrong token, whose 403 message must not echo what was sent.
    ApiClient wrong(&network, &activity);
    wrong.setConnection({QStringLiteral("wrong"), emulator.baseUrl(), token + QStringLiteral("x"), {}});
    answered = false;
    wrong.send(ApiRequest::get(QStringLiteral("/api/2.0/clusters/list")), this, [&](const ApiResponse &response) {
        answered = true;
        QCOMPARE(response.httpStatus, 403);
        QVERIFY(!response.error.summary().contains(token));
    });
    QTRY_VERIFY(answered);

    const QByteArray listing = profileListingJson(catalog);
    settingsStore.sync();
    QFile settingsFile(settingsPath);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QFile configFile(configPath);
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    QByteArray stateFiles;
    for (const QString &name : QDir(options.stateDir).entryList(QDir::Files)) {
        QFile state(QDir(options.stateDir).filePath(name));
        if (state.open(QIODevice::ReadOnly))
            stateFiles += state.readAll();
    }
    QString activityText;
    for (int i = 0; i < activity.size(); ++i)
        activityText += activity.at(i).path + activity.at(i).outcome + activity.at(i).profile;

    QByteArray log;
    {
        QMutexLocker lock(&capturedMutex);
        log = captured;
    }
    // The debug session did log: the check below looks at real output, not at silence.
    QVERIFY2(log.contains("brickdesk.api"), "expected API debug lines in the captured log");
    QVERIFY2(activity.size() >= 5, "expected several requests in the activity log");
    QVERIFY2(!log.contains(tokenBytes), "the token appeared in the log output");
    QVERIFY2(!listing.contains(tokenBytes), "the token appeared in --list-profiles output");
    QVERIFY2(!settingsFile.readAll().contains(tokenBytes), "the token appeared in QSettings");
    QVERIFY2(!configFile.readAll().contains(tokenBytes), "the token stayed in .databrickscfg after the move");
    QVERIFY2(!stateFiles.contains(tokenBytes), "the token appeared in the emulator's state files");
    QVERIFY2(!activityText.contains(token), "the token appeared in the activity log");
    QVERIFY2(!session.errorText().contains(token), "the token appeared in an error text");

    keychain.deleteToken(profileName, this, [](const TokenStoreResult &) {});
}

QTEST_GUILESS_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"

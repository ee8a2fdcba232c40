// brickdesk-emulator's command line: the time scale, the generated-jobs seed, the mid-response
// connection cuts, the generated DBFS folders and the emulated Entra ID's settings, besides what
// the emulator's own tests cover.

#include "EmulatorCommandLine.h"

#include <QTest>

using namespace brickdesk::emulator;

namespace {

const QString kToken = QStringLiteral("dapi-cli-secret-token-0123456789");

EmulatorCommandLine parse(const QStringList &extra)
{
    return EmulatorCommandLine::parse(
        QStringList{"brickdesk-emulator", "--port", "0", "--token", kToken} + extra, QString());
}

} // namespace

class tst_EmulatorCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreDemoAtRealTime();
    void timeScaleIsRead_data();
    void timeScaleIsRead();
    void badTimeScaleIsAnError_data();
    void badTimeScaleIsAnError();
    void seedJobsIsRead();
    void badSeedIsAnError_data();
    void badSeedIsAnError();
    void helpMentionsTheNewOptions();
    void dropConnectionRateIsRead();
    void badDropConnectionRateIsAnError_data();
    void badDropConnectionRateIsAnError();
    void dbfsFoldersAreRead();
    void badDbfsFolderIsAnError_data();
    void badDbfsFolderIsAnError();
    void entraSettingsDefault();
    void entraSettingsAreRead();
    void badEntraTokenLifetimeIsAnError_data();
    void badEntraTokenLifetimeIsAnError();
    void badDeviceCodePollsIsAnError_data();
    void badDeviceCodePollsIsAnError();
    void entraClientSecretComesFromTheEnvironmentOnly();
};

void tst_EmulatorCli::defaultsAreDemoAtRealTime()
{
    const EmulatorCommandLine line = parse({});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.timeScale, 1.0);
    QVERIFY(line.options.seed == Seed::Demo);
    QCOMPARE(line.options.generatedJobCount, 0);
}

void tst_EmulatorCli::timeScaleIsRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("scale");
    QTest::newRow("60") << "60" << 60.0;
    QTest::newRow("fraction") << "0.5" << 0.5;
    QTest::newRow("large") << "600000" << 600000.0;
}

void tst_EmulatorCli::timeScaleIsRead()
{
    QFETCH(QString, text);
    QFETCH(double, scale);
    const EmulatorCommandLine line = parse({"--time-scale", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.timeScale, scale);
}

void tst_EmulatorCli::badTimeScaleIsAnError_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"0", "-2", "fast", "inf", "nan", "", "2000000"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void tst_EmulatorCli::badTimeScaleIsAnError()
{
    QFETCH(QString, text);
    const EmulatorCommandLine line = parse({"--time-scale", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY2(line.error.contains("--time-scale"), qPrintable(line.error));
    QVERIFY(!line.error.contains(kToken));
}

void tst_EmulatorCli::seedJobsIsRead()
{
    EmulatorCommandLine line = parse({"--seed", "jobs=10000", "--time-scale", "60"});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QVERIFY(line.options.seed == Seed::GeneratedJobs);
    QCOMPARE(line.options.generatedJobCount, 10000);
    QCOMPARE(line.options.timeScale, 60.0);
    line = parse({"--seed", "jobs=100000"});
    QCOMPARE(line.options.generatedJobCount, 100000);
    line = parse({"--seed", "empty"});
    QVERIFY(line.options.seed == Seed::Empty);
}

void tst_EmulatorCli::badSeedIsAnError_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"jobs=100001", "jobs=-1", "jobs=", "jobs=many", "jobs", "lots"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void tst_EmulatorCli::badSeedIsAnError()
{
    QFETCH(QString, text);
    const EmulatorCommandLine line = parse({"--seed", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY2(line.error.contains("--seed"), qPrintable(line.error));
    QVERIFY(!line.error.contains(kToken));
}

void tst_EmulatorCli::helpMentionsTheNewOptions()
{
    const EmulatorCommandLine line =
        EmulatorCommandLine::parse({"brickdesk-emulator", "--help"}, QString());
    QCOMPARE(line.result, EmulatorCommandLine::Result::ShowHelp);
    QVERIFY(line.helpText.contains("--time-scale"));
    QVERIFY(line.helpText.contains("jobs=N"));
    QVERIFY(line.helpText.contains("--drop-connection-rate"));
    QVERIFY(line.helpText.contains("--dbfs-folder"));
    QVERIFY(line.helpText.contains("/bench/many=100000"));
    QVERIFY(line.helpText.contains("--entra-token-lifetime"));
    QVERIFY(line.helpText.contains("--device-code-polls"));
    QVERIFY(line.helpText.contains("BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET"));
    QVERIFY(!line.helpText.contains("--entra-client-secret"));
}

void tst_EmulatorCli::dropConnectionRateIsRead()
{
    QCOMPARE(parse({}).options.dropConnectionRate, 0.0);
    EmulatorCommandLine line = parse({"--drop-connection-rate", "0.25"});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.dropConnectionRate, 0.25);
    line = parse({"--drop-connection-rate", "1", "--fail-rate", "0.5"});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.dropConnectionRate, 1.0);
    QCOMPARE(line.options.failRate, 0.5);
}

void tst_EmulatorCli::badDropConnectionRateIsAnError_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"-0.1", "1.5", "often", "nan", ""})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void tst_EmulatorCli::badDropConnectionRateIsAnError()
{
    QFETCH(QString, text);
    const EmulatorCommandLine line = parse({"--drop-connection-rate", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY2(line.error.contains("--drop-connection-rate"), qPrintable(line.error));
    QVERIFY(!line.error.contains(kToken));
}

void tst_EmulatorCli::dbfsFoldersAreRead()
{
    QVERIFY(parse({}).options.dbfsFolders.isEmpty());
    const EmulatorCommandLine line = parse({"--dbfs-folder", "/bench/many=100000", "--seed",
                                            "empty", "--dbfs-folder", "dbfs:/a=b/few=0"});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QVERIFY(line.options.seed == Seed::Empty);
    QCOMPARE(line.options.dbfsFolders.size(), 2);
    QCOMPARE(line.options.dbfsFolders.at(0).path, QStringLiteral("/bench/many"));
    QCOMPARE(line.options.dbfsFolders.at(0).entryCount, 100000);
    // The count follows the last '='.
    QCOMPARE(line.options.dbfsFolders.at(1).path, QStringLiteral("dbfs:/a=b/few"));
    QCOMPARE(line.options.dbfsFolders.at(1).entryCount, 0);
    QCOMPARE(parse({"--dbfs-folder", "/max=1000000"}).options.dbfsFolders.at(0).entryCount,
             kMaxDbfsFolderEntries);
}

void tst_EmulatorCli::badDbfsFolderIsAnError_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"/bench/many", "bench/many=10", "/bench/many=", "/bench/many=-1",
                             "/bench/many=1000001", "/bench/many=lots", "=10", ""})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void tst_EmulatorCli::badDbfsFolderIsAnError()
{
    QFETCH(QString, text);
    const EmulatorCommandLine line = parse({"--dbfs-folder", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY2(line.error.contains("--dbfs-folder"), qPrintable(line.error));
    QVERIFY(!line.error.contains(kToken));
}

void tst_EmulatorCli::entraSettingsDefault()
{
    const EmulatorCommandLine line = parse({});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    const AzureEmulatorOptions defaults;
    QCOMPARE(line.options.azure.tokenLifetimeSeconds, 3600);
    QCOMPARE(line.options.azure.deviceCodePollsBeforeApproval, 2);
    QCOMPARE(line.options.azure.deviceCodeIntervalSeconds, 1);
    QCOMPARE(line.options.azure.tenantId, QStringLiteral("brickdesk-demo-tenant"));
    QCOMPARE(line.options.azure.clientId, QStringLiteral("brickdesk-demo-app"));
    QCOMPARE(line.options.azure.vaults, QStringList({"brickdesk-demo"}));
    QVERIFY(line.options.azure.clientSecret.isEmpty());
    QCOMPARE(defaults.tokenLifetimeSeconds, line.options.azure.tokenLifetimeSeconds);
}

void tst_EmulatorCli::entraSettingsAreRead()
{
    EmulatorCommandLine line = parse({"--entra-token-lifetime", "60", "--device-code-polls", "0"});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.azure.tokenLifetimeSeconds, 60);
    QCOMPARE(line.options.azure.deviceCodePollsBeforeApproval, 0);
    line = parse({"--entra-token-lifetime", "1", "--device-code-polls", "1000"});
    QCOMPARE(line.options.azure.tokenLifetimeSeconds, 1);
    QCOMPARE(line.options.azure.deviceCodePollsBeforeApproval, kMaxDeviceCodePolls);
    QCOMPARE(parse({"--entra-token-lifetime", "86400"}).options.azure.tokenLifetimeSeconds,
             kMaxEntraTokenLifetimeSeconds);
}

void tst_EmulatorCli::badEntraTokenLifetimeIsAnError_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"0", "-1", "86401", "1.5", "hour", ""})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void tst_EmulatorCli::badEntraTokenLifetimeIsAnError()
{
    QFETCH(QString, text);
    const EmulatorCommandLine line = parse({"--entra-token-lifetime", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY2(line.error.contains("--entra-token-lifetime"), qPrintable(line.error));
    QVERIFY(!line.error.contains(kToken));
}

void tst_EmulatorCli::badDeviceCodePollsIsAnError_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"-1", "1001", "two", ""})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void tst_EmulatorCli::badDeviceCodePollsIsAnError()
{
    QFETCH(QString, text);
    const EmulatorCommandLine line = parse({"--device-code-polls", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY2(line.error.contains("--device-code-polls"), qPrintable(line.error));
}

void tst_EmulatorCli::entraClientSecretComesFromTheEnvironmentOnly()
{
    const QString secret = QStringLiteral("entra-secret-from-the-environment-9b2f");
    EmulatorCommandLine line = EmulatorCommandLine::parse(
        {"brickdesk-emulator", "--port", "0", "--token", kToken}, QString(), secret);
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.azure.clientSecret, secret);

    // No option takes it (it would show in the process list), and the refusal does not echo it.
    line = parse({"--entra-client-secret", secret});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY(!line.error.contains(secret));
    line = parse({"--client-secret", secret});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY(!line.error.contains(secret));
}

QTEST_GUILESS_MAIN(tst_EmulatorCli)
#include "tst_emulator_cli.moc"

// brickdesk-emulator's command line: the time scale, the generated-jobs seed, the mid-response
// connection cuts and the generated DBFS folders, besides what the emulator's own tests cover.

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

QTEST_GUILESS_MAIN(tst_EmulatorCli)
#include "tst_emulator_cli.moc"

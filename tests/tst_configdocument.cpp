// The INI reader and writer behind .databrickscfg: reading as the SDKs read, and writing back
// without touching what was not edited.
#include "ConfigDocument.h"
#include "ConfigFileWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using brickdesk::ConfigDocument;
using brickdesk::ConfigFileWriter;

class TestConfigDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSectionsKeysAndComments();
    void removesQuotesAndInlineComments_data();
    void removesQuotesAndInlineComments();
    void keysBeforeAnyHeaderBelongToDefault();
    void malformedLinesAreReportedWithLineNumbers_data();
    void malformedLinesAreReportedWithLineNumbers();
    void unmodifiedDocumentSerializesByteForByte_data();
    void unmodifiedDocumentSerializesByteForByte();
    void setValueReplacesOnlyThatLine();
    void setValueAddsKeyAfterLastKeyOfSection();
    void setValueAddsNewSectionAtEnd();
    void setValueQuotesValuesThatWouldReadDifferently();
    void setValueRefusesWhatCannotBeWritten();
    void editingAnEmptyValueInACrLfFile();
    void removingTheLastSectionOfACrLfFileWithoutFinalNewline();
    void removeKeyAndSection();
    void preservesCrLfAndMissingFinalNewline();
    void atomicWriteSetsMode0600AndReplacesFile();
    void failedEditLeavesFileUntouched();
    void editKeepsEverythingElseOfAnUpstreamFixture();
};

static QByteArray fixture(const char *relative)
{
    QFile file(QStringLiteral(BRICKDESK_TESTDATA_DIR "/databrickscfg/") + QLatin1String(relative) +
               QStringLiteral("/.databrickscfg"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing upstream fixture %s", relative);
    return file.readAll();
}

void TestConfigDocument::readsSectionsKeysAndComments()
{
    const auto doc = ConfigDocument::parse("; top comment\n[DEFAULT]\nhost = https://a\n# c\n\n[p2]\n"
                                           "token=xyz\nrate_limit : 5\n",
                                           QStringLiteral("cfg"));
    QCOMPARE(doc.sections().size(), 2);
    QCOMPARE(doc.sections()[0].name, QStringLiteral("DEFAULT"));
    QCOMPARE(doc.section(u"DEFAULT")->value(u"host"), QStringLiteral("https://a"));
    QCOMPARE(doc.section(u"p2")->value(u"token"), QStringLiteral("xyz"));
    QCOMPARE(doc.section(u"p2")->value(u"rate_limit"), QStringLiteral("5"));
    QVERIFY(!doc.section(u"p2")->value(u"host"));
    QVERIFY(doc.issues().isEmpty());
}

void TestConfigDocument::removesQuotesAndInlineComments_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("double quotes") << QByteArray("password = \"%Y#X$Z\" # comment") << QStringLiteral("%Y#X$Z");
    QTest::newRow("single quotes") << QByteArray("password = '%Y#X$Z' # comment") << QStringLiteral("%Y#X$Z");
    QTest::newRow("no quotes") << QByteArray("password = %Y#X$Z # comment") << QStringLiteral("%Y#X$Z");
    QTest::newRow("semicolon comment") << QByteArray("password = abc ; note") << QStringLiteral("abc");
    QTest::newRow("hash without space kept") << QByteArray("password = a#b") << QStringLiteral("a#b");
    QTest::newRow("empty value") << QByteArray("password =") << QString();
    QTest::newRow("url with colon") << QByteArray("password = https://x:443/") << QStringLiteral("https://x:443/");
    QTest::newRow("unclosed quote kept") << QByteArray("password = \"abc") << QStringLiteral("\"abc");
    // As gopkg.in/ini reads them: the comment goes first, then the quotes.
    QTest::newRow("comment inside quotes") << QByteArray("password = \"p #1\"") << QStringLiteral("\"p");
    QTest::newRow("backticks are literal") << QByteArray("password = `p #1` # c") << QStringLiteral("p #1");
    QTest::newRow("tab before hash kept") << QByteArray("password = a\t#b") << QStringLiteral("a\t#b");
}

void TestConfigDocument::removesQuotesAndInlineComments()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const auto doc = ConfigDocument::parse("[p]\n" + line + "\n");
    QCOMPARE(doc.section(u"p")->value(u"password").value_or(QStringLiteral("<none>")), expected);
}

void TestConfigDocument::keysBeforeAnyHeaderBelongToDefault()
{
    const auto doc = ConfigDocument::parse("host = https://x\n[other]\nhost = https://y\n");
    QCOMPARE(doc.section(u"DEFAULT")->value(u"host"), QStringLiteral("https://x"));
    QCOMPARE(doc.section(u"other")->value(u"host"), QStringLiteral("https://y"));
}

void TestConfigDocument::malformedLinesAreReportedWithLineNumbers_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no equals") << QByteArray("[a]\nhost = x\njust words\n") << 3 << QStringLiteral("no '='");
    QTest::newRow("unclosed header") << QByteArray("[a]\nhost = x\n[broken\nhost = y\n") << 3 << QStringLiteral("missing ']'");
    QTest::newRow("empty header") << QByteArray("[ok]\nhost = x\n[]\nhost = y\n") << 3 << QStringLiteral("empty section name");
    QTest::newRow("missing key") << QByteArray("[a]\n = value\n") << 2 << QStringLiteral("missing key");
}

void TestConfigDocument::malformedLinesAreReportedWithLineNumbers()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const auto doc = ConfigDocument::parse(content, QStringLiteral("/home/u/.databrickscfg"));
    QCOMPARE(doc.issues().size(), 1);
    QCOMPARE(doc.issues().first().line, line);
    QVERIFY2(doc.issues().first().message.contains(fragment), qPrintable(doc.issues().first().message));
    QVERIFY(doc.issues().first().toString().startsWith(QStringLiteral("/home/u/.databrickscfg:") + QString::number(line)));
    // The good sections around a bad line are still read.
    QVERIFY(!doc.sections().isEmpty());
}

void TestConfigDocument::unmodifiedDocumentSerializesByteForByte_data()
{
    QTest::addColumn<QByteArray>("content");
    for (const char *name : {"sdk-go/root", "sdk-go/corrupt", "sdk-go/azure", "sdk-go/empty_default",
                             "sdk-go/default_profile", "sdk-go/list-parsing", "sdk-py/root"})
        QTest::newRow(name) << fixture(name);
    QTest::newRow("crlf") << QByteArray("[a]\r\nhost = x\r\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[a]\nhost = x\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("invalid utf8 kept") << QByteArray("[a]\nnote = \xff\xfe\nhost = x\n");
}

void TestConfigDocument::unmodifiedDocumentSerializesByteForByte()
{
    QFETCH(QByteArray, content);
    QCOMPARE(ConfigDocument::parse(content).serialize(), content);
}

void TestConfigDocument::setValueReplacesOnlyThatLine()
{
    const QByteArray original = fixture("sdk-go/root");
    auto doc = ConfigDocument::parse(original);
    QVERIFY(doc.setValue(QStringLiteral("DEFAULT"), QStringLiteral("rate_limit"), QStringLiteral("99")));
    QByteArray expected = original;
    expected.replace("rate_limit=34\ndebug_truncate", "rate_limit=99\ndebug_truncate");
    QCOMPARE(doc.serialize(), expected);
    QCOMPARE(doc.section(u"DEFAULT")->value(u"rate_limit"), QStringLiteral("99"));
}

void TestConfigDocument::setValueAddsKeyAfterLastKeyOfSection()
{
    auto doc = ConfigDocument::parse("# mine\n[a]\nhost = x\n\n# about b\n[b]\nhost = y\n");
    QVERIFY(doc.setValue(QStringLiteral("a"), QStringLiteral("cluster_id"), QStringLiteral("0101-abc")));
    QCOMPARE(doc.serialize(),
             QByteArray("# mine\n[a]\nhost = x\ncluster_id = 0101-abc\n\n# about b\n[b]\nhost = y\n"));
}

void TestConfigDocument::setValueAddsNewSectionAtEnd()
{
    auto doc = ConfigDocument::parse("[a]\nhost = x");
    QVERIFY(doc.setValue(QStringLiteral("new.profile"), QStringLiteral("host"), QStringLiteral("https://n")));
    QCOMPARE(doc.serialize(), QByteArray("[a]\nhost = x\n\n[new.profile]\nhost = https://n\n"));
    auto empty = ConfigDocument::parse({});
    QVERIFY(empty.setValue(QStringLiteral("DEFAULT"), QStringLiteral("host"), QStringLiteral("https://d")));
    QCOMPARE(empty.serialize(), QByteArray("[DEFAULT]\nhost = https://d\n"));
}

void TestConfigDocument::setValueQuotesValuesThatWouldReadDifferently()
{
    // Values the Go and Python readers would read differently are refused rather than quoted.
    for (const QString &value : {QStringLiteral("a #b"), QStringLiteral(" padded "), QStringLiteral("\"q\""),
                                 QStringLiteral("x ;y"), QStringLiteral("`tick`"), QStringLiteral("'single'")}) {
        auto doc = ConfigDocument::parse("[a]\n");
        QVERIFY2(!doc.setValue(QStringLiteral("a"), QStringLiteral("password"), value), qPrintable(value));
        QCOMPARE(doc.serialize(), QByteArray("[a]\n"));
    }
    for (const QString &value : {QStringLiteral("plain#ok"), QStringLiteral("https://x:443/?a=b;c"), QString()}) {
        auto doc = ConfigDocument::parse("[a]\n");
        QVERIFY(doc.setValue(QStringLiteral("a"), QStringLiteral("password"), value));
        QCOMPARE(ConfigDocument::parse(doc.serialize()).section(u"a")->value(u"password"), value);
    }
}

void TestConfigDocument::editingAnEmptyValueInACrLfFile()
{
    auto doc = ConfigDocument::parse("[a]\r\nhost =\r\ntoken = x\r\n");
    QVERIFY(doc.setValue(QStringLiteral("a"), QStringLiteral("host"), QStringLiteral("https://h")));
    QCOMPARE(doc.serialize(), QByteArray("[a]\r\nhost =https://h\r\ntoken = x\r\n"));
    auto spaced = ConfigDocument::parse("[a]\r\nhost = \r\n");
    QVERIFY(spaced.setValue(QStringLiteral("a"), QStringLiteral("host"), QStringLiteral("https://h")));
    QCOMPARE(spaced.serialize(), QByteArray("[a]\r\nhost = https://h\r\n"));
}

void TestConfigDocument::removingTheLastSectionOfACrLfFileWithoutFinalNewline()
{
    auto doc = ConfigDocument::parse("[a]\r\nhost = x\r\n\r\n[b]\r\nhost = y");
    QVERIFY(doc.removeSection(QStringLiteral("b")));
    QCOMPARE(doc.serialize(), QByteArray("[a]\r\nhost = x\r\n"));
}

void TestConfigDocument::setValueRefusesWhatCannotBeWritten()
{
    auto doc = ConfigDocument::parse("[a]\nhost = x\n");
    const QByteArray before = doc.serialize();
    QVERIFY(!doc.setValue(QStringLiteral("a"), QStringLiteral("host"), QStringLiteral("x\ny")));
    QVERIFY(!doc.setValue(QStringLiteral("bad]name"), QStringLiteral("host"), QStringLiteral("x")));
    QVERIFY(!doc.setValue(QStringLiteral("a"), QStringLiteral("bad key"), QStringLiteral("x")));
    QVERIFY(!doc.setValue(QStringLiteral("a"), QStringLiteral("k"), QStringLiteral(" '\" mixed \"' ")));
    QCOMPARE(doc.serialize(), before);
}

void TestConfigDocument::removeKeyAndSection()
{
    auto doc = ConfigDocument::parse("[a]\nhost = x\ntoken = t\n\n# about b\n[b]\nhost = y\n\n[c]\nhost = z\n");
    QVERIFY(doc.removeKey(QStringLiteral("a"), QStringLiteral("token")));
    QCOMPARE(doc.serialize(), QByteArray("[a]\nhost = x\n\n# about b\n[b]\nhost = y\n\n[c]\nhost = z\n"));
    QVERIFY(doc.removeSection(QStringLiteral("b")));
    QCOMPARE(doc.serialize(), QByteArray("[a]\nhost = x\n\n# about b\n\n[c]\nhost = z\n"));
    QVERIFY(!doc.removeSection(QStringLiteral("missing")));
    QVERIFY(!doc.removeKey(QStringLiteral("a"), QStringLiteral("missing")));
}

void TestConfigDocument::preservesCrLfAndMissingFinalNewline()
{
    auto doc = ConfigDocument::parse("[a]\r\nhost = x");
    QVERIFY(doc.setValue(QStringLiteral("a"), QStringLiteral("token"), QStringLiteral("t")));
    QCOMPARE(doc.serialize(), QByteArray("[a]\r\nhost = x\r\ntoken = t\r\n"));
}

void TestConfigDocument::atomicWriteSetsMode0600AndReplacesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".databrickscfg"));
    QFile seed(path);
    QVERIFY(seed.open(QIODevice::WriteOnly));
    seed.write("[a]\nhost = https://x\n");
    seed.close();
    QVERIFY(seed.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const auto result = ConfigFileWriter::edit(path, [](ConfigDocument &doc, QString &) {
        return doc.setValue(QStringLiteral("a"), QStringLiteral("cluster_id"), QStringLiteral("c1"));
    });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QFile written(path);
    // Owner read/write, nothing for group or others (Qt's "User" bits are the current user's).
    const QFileDevice::Permissions permissions = written.permissions();
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                             QFileDevice::WriteOther | QFileDevice::ExeOwner)));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("[a]\nhost = https://x\ncluster_id = c1\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp file left
}

void TestConfigDocument::failedEditLeavesFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".databrickscfg"));
    QFile seed(path);
    QVERIFY(seed.open(QIODevice::WriteOnly));
    seed.write("[a]\nhost = https://x\n");
    seed.close();
    const auto refused = ConfigFileWriter::edit(path, [](ConfigDocument &, QString &error) {
        error = QStringLiteral("nope");
        return false;
    });
    QVERIFY(!refused.ok());
    QVERIFY(refused.error.contains(path));
    QVERIFY(refused.error.contains(QStringLiteral("nope")));
    const auto intoMissingFolder = ConfigFileWriter::writeAtomically(dir.filePath(QStringLiteral("no/such/dir/cfg")), "x");
    QVERIFY(!intoMissingFolder.ok());
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QCOMPARE(seed.readAll(), QByteArray("[a]\nhost = https://x\n"));
}

void TestConfigDocument::editKeepsEverythingElseOfAnUpstreamFixture()
{
    const QByteArray original = fixture("sdk-go/azure");
    auto doc = ConfigDocument::parse(original);
    QVERIFY(doc.removeKey(QStringLiteral("pat"), QStringLiteral("token")));
    QByteArray expected = original;
    expected.replace("[pat]\nhost = https://adb-123.4.azuredatabricks.net/\ntoken = PT0+IC9kZXYvdXJhbmRvbSA8PT0KYFZ\n",
                     "[pat]\nhost = https://adb-123.4.azuredatabricks.net/\n");
    QCOMPARE(doc.serialize(), expected);
    QCOMPARE(doc.section(u"spn")->value(u"azure_workspace_resource_id"), QStringLiteral("/a/b/c"));
}

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"

// The DBFS parsers and helpers that need no workspace: typed paths, answers (well-formed and
// malformed), PARTIAL_DELETE messages and the transfer rate.
#include "Base64.h"
#include "DbfsFileInfo.h"
#include "DbfsPath.h"
#include "RateMeter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace brickdesk;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestDbfsCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeAcceptsEveryForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("absolute") << "/FileStore/tables"
                                  << "/FileStore/tables";
        QTest::newRow("uri") << "dbfs:/FileStore/tables/"
                             << "/FileStore/tables";
        QTest::newRow("uri triple slash") << "dbfs:///mnt/raw"
                                          << "/mnt/raw";
        QTest::newRow("uri upper case") << "DBFS:/tmp"
                                        << "/tmp";
        QTest::newRow("fuse") << "/dbfs/mnt/raw/events"
                              << "/mnt/raw/events";
        QTest::newRow("fuse root") << "/dbfs"
                                   << "/";
        QTest::newRow("uri root") << "dbfs:"
                                  << "/";
        QTest::newRow("root") << "/"
                              << "/";
        QTest::newRow("spaces around") << "  dbfs:/tmp/x  "
                                       << "/tmp/x";
        QTest::newRow("doubled slashes and dots") << "/a//./b///c/"
                                                  << "/a/b/c";
        QTest::newRow("a folder called dbfs inside") << "/mnt/dbfs/x"
                                                     << "/mnt/dbfs/x";
        QTest::newRow("uri keeps a dbfs folder") << "dbfs:/dbfs/x"
                                                 << "/dbfs/x";
        QTest::newRow("unicode") << "/FileStore/tables/übersicht 2024.csv"
                                 << "/FileStore/tables/übersicht 2024.csv";
    }
    void normalizeAcceptsEveryForm()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const std::optional<QString> path = dbfspath::normalize(input, &error);
        QVERIFY2(path, qPrintable(error));
        QCOMPARE(*path, expected);
        QVERIFY(dbfspath::normalize(dbfspath::toUri(*path), &error) == path);
    }

    void normalizeRefusesWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "Type a DBFS path";
        QTest::newRow("blank") << "   "
                               << "Type a DBFS path";
        QTest::newRow("relative") << "FileStore/x"
                                  << "starts with /";
        QTest::newRow("uri relative") << "dbfs:FileStore"
                                      << "starts with /";
        QTest::newRow("dot dot") << "/a/../b"
                                 << "\"..\"";
        QTest::newRow("control character") << QStringLiteral("/a\tb") << "control characters";
        QTest::newRow("windows path") << "C:\\data\\x.csv"
                                      << "starts with /";
    }
    void normalizeRefusesWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!dbfspath::normalize(input, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void pathParts()
    {
        QCOMPARE(dbfspath::parentOf(QStringLiteral("/a/b.csv")), QStringLiteral("/a"));
        QCOMPARE(dbfspath::parentOf(QStringLiteral("/a")), QStringLiteral("/"));
        QCOMPARE(dbfspath::parentOf(QStringLiteral("/")), QStringLiteral("/"));
        QCOMPARE(dbfspath::nameOf(QStringLiteral("/a/b.csv")), QStringLiteral("b.csv"));
        QCOMPARE(dbfspath::nameOf(QStringLiteral("/")), QString());
        QCOMPARE(dbfspath::join(QStringLiteral("/"), QStringLiteral("x")), QStringLiteral("/x"));
        QCOMPARE(dbfspath::join(QStringLiteral("/a"), QStringLiteral("x")), QStringLiteral("/a/x"));
        QCOMPARE(dbfspath::toUri(QStringLiteral("/a/x")), QStringLiteral("dbfs:/a/x"));
        QCOMPARE(dbfspath::numberedName(QStringLiteral("report.csv"), 1),
                 QStringLiteral("report (1).csv"));
        QCOMPARE(dbfspath::numberedName(QStringLiteral("data"), 2), QStringLiteral("data (2)"));
        QCOMPARE(dbfspath::numberedName(QStringLiteral(".env"), 1), QStringLiteral(".env (1)"));
        QCOMPARE(dbfspath::numberedName(QStringLiteral("a.tar.gz"), 1),
                 QStringLiteral("a.tar (1).gz"));
    }

    void listingReadsEntries()
    {
        QString error;
        const auto entries = dbfsListingFromJson(
            json(R"({"files":[{"path":"/FileStore/tables","is_dir":true,"file_size":0,
                     "modification_time":1700000000000},
                    {"path":"dbfs:/FileStore/sales.csv","is_dir":false,"file_size":1234}]})"),
            &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).path, QStringLiteral("/FileStore/tables"));
        QVERIFY(entries->at(0).isDir);
        QCOMPARE(entries->at(0).modifiedMs, 1700000000000);
        QCOMPARE(entries->at(1).path, QStringLiteral("/FileStore/sales.csv"));
        QCOMPARE(entries->at(1).name(), QStringLiteral("sales.csv"));
        QCOMPARE(entries->at(1).size, 1234);
        QCOMPARE(entries->at(1).modifiedMs, 0); // absent: unknown
    }

    void emptyFolderHasNoFilesKey()
    {
        QString error;
        const auto entries = dbfsListingFromJson(QJsonObject(), &error);
        QVERIFY(entries);
        QVERIFY(entries->isEmpty());
    }

    void malformedListingsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("files not a list")
            << QByteArray(R"({"files":{}})") << "files: expected a list";
        QTest::newRow("entry not an object") << QByteArray(R"({"files":[1]})") << "files[0]";
        QTest::newRow("no path") << QByteArray(R"({"files":[{"is_dir":true}]})") << "path";
        QTest::newRow("relative path")
            << QByteArray(R"({"files":[{"path":"/ok"},{"path":"x"}]})") << "files[1].path";
        QTest::newRow("dot dot path") << QByteArray(R"({"files":[{"path":"/a/../b"}]})") << "path";
        QTest::newRow("is_dir a string")
            << QByteArray(R"({"files":[{"path":"/a","is_dir":"true"}]})") << "is_dir";
        QTest::newRow("negative size")
            << QByteArray(R"({"files":[{"path":"/a","file_size":-1}]})") << "file_size";
        QTest::newRow("fractional size")
            << QByteArray(R"({"files":[{"path":"/a","file_size":1.5}]})") << "file_size";
        QTest::newRow("size a word")
            << QByteArray(R"({"files":[{"path":"/a","file_size":"twelve"}]})") << "file_size";
        QTest::newRow("huge time")
            << QByteArray(R"({"files":[{"path":"/a","modification_time":1e300}]})")
            << "modification_time";
    }
    void malformedListingsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!dbfsListingFromJson(QJsonDocument::fromJson(body).object(), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void readAnswers()
    {
        QString error;
        auto answer = dbfsReadAnswerFromJson(json(R"({"bytes_read":5,"data":"aGVsbG8="})"), &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->data, QByteArray("hello"));
        answer = dbfsReadAnswerFromJson(json(R"({"bytes_read":0})"), &error);
        QVERIFY(answer);
        QCOMPARE(answer->bytesRead, 0);

        QVERIFY(!dbfsReadAnswerFromJson(json(R"({"bytes_read":4,"data":"aGVsbG8="})"), &error));
        QVERIFY2(error.contains("5 bytes but bytes_read says 4"), qPrintable(error));
        QVERIFY(!dbfsReadAnswerFromJson(json(R"({"bytes_read":3,"data":"!!!!"})"), &error));
        QVERIFY2(error.contains("base64"), qPrintable(error));
        QVERIFY(!dbfsReadAnswerFromJson(json(R"({"data":"aGVsbG8="})"), &error));
        QVERIFY2(error.contains("bytes_read"), qPrintable(error));
        QVERIFY(!dbfsReadAnswerFromJson(json(R"({"bytes_read":2000000,"data":""})"), &error));
        QVERIFY(!dbfsReadAnswerFromJson(json(R"({"bytes_read":5,"data":5})"), &error));
    }

    void base64DecodesWhatQtEncodes()
    {
        QRandomGenerator generator(42);
        for (int size = 0; size < 70; ++size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(generator.generate() & 0xff);
            const std::optional<QByteArray> decoded = decodeBase64Strict(bytes.toBase64());
            QVERIFY2(decoded, qPrintable(QString::number(size)));
            QCOMPARE(*decoded, bytes);
        }
        QByteArray megabyte(1024 * 1024, Qt::Uninitialized);
        for (char &c : megabyte)
            c = char(generator.generate() & 0xff);
        QCOMPARE(decodeBase64Strict(megabyte.toBase64()).value_or(QByteArray()), megabyte);
    }

    void base64RefusesWhatIsNotCanonical_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("length not a multiple of 4") << QByteArray("aGVsbG8");
        QTest::newRow("character outside the alphabet") << QByteArray("aGV*bG8=");
        QTest::newRow("url-safe alphabet") << QByteArray("ab-_");
        QTest::newRow("padding in the middle") << QByteArray("aG==bG8=");
        QTest::newRow("three padding characters") << QByteArray("a===");
        QTest::newRow("line break") << QByteArray("aGVs\nbG8=");
        QTest::newRow("non-zero bits under padding") << QByteArray("aGVsbG9=");
        QTest::newRow("high byte") << QByteArray("aGV\xc3"
                                                 "bG8=");
    }
    void base64RefusesWhatIsNotCanonical()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!decodeBase64Strict(text));
    }

    void readAnswersFromBytes()
    {
        QString error;
        // The plain shape, and the same data in shapes that need the full parser.
        for (const QByteArray &body :
             {QByteArray(R"({"bytes_read":5,"data":"aGVsbG8="})"),
              QByteArray(R"({"data":"aGVsbG8=","bytes_read":5})"),
              QByteArray(R"( { "bytes_read" : 5 , "data" : "aGVsbG8=" } )"),
              QByteArray(R"({"bytes_read":5,"data":"aGVsbG8"})"), // unpadded: Qt decodes it
              QByteArray(R"({"bytes_read":5,"data":"aGVsbG8=","extra":true})")}) {
            const auto answer = dbfsReadAnswerFromBytes(body, &error);
            QVERIFY2(answer, qPrintable(QString::fromUtf8(body) + QStringLiteral(": ") + error));
            QCOMPARE(answer->data, QByteArray("hello"));
        }
        // JSON may escape the slashes of base64: the full parser reads those.
        const auto escaped =
            dbfsReadAnswerFromBytes(R"({"bytes_read":3,"data":"\/\/\/\/"})", &error);
        QVERIFY2(escaped, qPrintable(error));
        QCOMPARE(escaped->data, QByteArray("\xff\xff\xff"));
        QVERIFY(!dbfsReadAnswerFromBytes(R"({"bytes_read":6,"data":"aGVsbG8="})", &error));
        QVERIFY2(error.contains("5 bytes but bytes_read says 6"), qPrintable(error));
        QVERIFY(!dbfsReadAnswerFromBytes(R"({"bytes_read":5,"data":"aGV*bG8="})", &error));
        QVERIFY2(error.contains("base64"), qPrintable(error));
        QVERIFY(!dbfsReadAnswerFromBytes(R"({"bytes_read":5,"data":"aGVsbG8=")", &error));
        QVERIFY(!dbfsReadAnswerFromBytes("", &error));
        QVERIFY(!dbfsReadAnswerFromBytes(R"({"bytes_read":99999999999999,"data":""})", &error));
        QVERIFY(!dbfsReadAnswerFromBytes(R"([5,"aGVsbG8="])", &error));
    }

    void createAnswers()
    {
        QString error;
        QCOMPARE(dbfsHandleFromJson(json(R"({"handle":7340032})"), &error), 7340032);
        QVERIFY(!dbfsHandleFromJson(json(R"({})"), &error));
        QVERIFY(!dbfsHandleFromJson(json(R"({"handle":"7"})"), &error));
        QVERIFY(!dbfsHandleFromJson(json(R"({"handle":1e40})"), &error));
        QVERIFY(!dbfsHandleFromJson(json(R"({"handle":-2})"), &error));
    }

    void partialDeleteMessages()
    {
        QCOMPARE(partialDeleteCount(QStringLiteral(
                     "The requested operation has deleted 10000 files. There are more files "
                     "remaining. You must make another request to delete more.")),
                 10000);
        QCOMPARE(partialDeleteCount(QStringLiteral("Deleted 1 file")), 1);
        QCOMPARE(partialDeleteCount(QStringLiteral("Try again later")), -1);
        QCOMPARE(partialDeleteCount(QString()), -1);
    }

    void rateFollowsTheRecentWindow()
    {
        qint64 now = 0;
        RateMeter meter(3000);
        meter.setClock([&now] { return now; });
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        meter.record(0);
        now = 1000;
        meter.record(10'000'000);
        QCOMPARE(meter.bytesPerSecond(), 10'000'000.0);
        // Slower later: after the window the old fast second no longer counts.
        for (int second = 2; second <= 6; ++second) {
            now = second * 1000;
            meter.record(10'000'000 + (second - 1) * 1'000'000);
        }
        QCOMPARE(meter.bytesPerSecond(), 1'000'000.0);
        // Stalled: the figure falls instead of freezing.
        now = 9000;
        QVERIFY(meter.bytesPerSecond() < 1'000'000.0);
        meter.reset();
        QCOMPARE(meter.bytesPerSecond(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestDbfsCore)
#include "tst_dbfscore.moc"

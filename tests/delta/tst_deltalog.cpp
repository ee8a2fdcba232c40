// The Delta log reader against real `_delta_log` folders written by Delta Lake and delta-rs
// (../shared/testdata/delta, unmodified) and their measured facts in MANIFEST.tsv; malformed lines
// and files.
#include "DeltaCommit.h"
#include "DeltaLogFile.h"
#include "DeltaTestData.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace brickdesk;

using namespace deltatestdata;

class TestDeltaLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyUpstreamTableMatchesItsManifest_data()
    {
        QTest::addColumn<int>("row");
        const QList<ManifestRow> rows = manifest();
        QVERIFY(rows.size() >= 10);
        for (int i = 0; i < rows.size(); ++i)
            QTest::newRow(qPrintable(rows.at(i).table)) << i;
    }

    void everyUpstreamTableMatchesItsManifest()
    {
        QFETCH(int, row);
        const ManifestRow expected = manifest().at(row);
        const QDir log(deltaDir() + QLatin1Char('/') + expected.table +
                       QStringLiteral("/_delta_log"));
        QVERIFY2(log.exists(), qPrintable(log.path()));
        QList<qint64> versions;
        bool checkpoint = false;
        for (const QString &name : log.entryList(QDir::Files)) {
            const std::optional<DeltaLogFile> file = classifyDeltaLogFile(name);
            if (!file)
                continue;
            if (file->kind == DeltaLogFile::Kind::Commit)
                versions.append(file->version);
            if (file->kind == DeltaLogFile::Kind::Checkpoint ||
                file->kind == DeltaLogFile::Kind::MultiPartCheckpoint ||
                file->kind == DeltaLogFile::Kind::V2Checkpoint)
                checkpoint = true;
            if (file->kind == DeltaLogFile::Kind::LastCheckpoint) {
                QFile last(log.filePath(name));
                QVERIFY(last.open(QIODevice::ReadOnly));
                QString error;
                const auto parsed = parseLastCheckpoint(last.readAll(), &error);
                QVERIFY2(parsed, qPrintable(error));
                QVERIFY(parsed->version >= expected.minVersion);
            }
        }
        std::sort(versions.begin(), versions.end());
        QCOMPARE(versions.size(), expected.commitFiles);
        QCOMPARE(versions.first(), expected.minVersion);
        QCOMPARE(versions.last(), expected.maxVersion);
        QCOMPARE(checkpoint, expected.hasCheckpoint);

        // Operations in the order they first appear, as the manifest lists them.
        QStringList operations;
        for (const qint64 version : std::as_const(versions)) {
            QFile file(
                log.filePath(QStringLiteral("%1.json").arg(version, 20, 10, QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const DeltaCommit commit = parseDeltaCommit(version, file.readAll());
            QVERIFY2(commit.warnings.isEmpty(),
                     qPrintable(QString::number(version) + ": " + commit.warnings.join("; ")));
            QVERIFY(commit.actionCount > 0);
            if (commit.hasCommitInfo && !operations.contains(commit.operation))
                operations.append(commit.operation);
            if (version == expected.minVersion && expected.minVersion == 0)
                QVERIFY2(commit.protocol.has_value(), "version 0 sets the protocol");
        }
        QCOMPARE(operations, expected.operations);
    }

    void firstCommitOfAKnownTable()
    {
        QFile file(deltaDir() +
                   "/basic-with-inserts-deletes-checkpoint/_delta_log/00000000000000000000.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const DeltaCommit commit = parseDeltaCommit(0, file.readAll());
        QCOMPARE(commit.operation, QStringLiteral("WRITE"));
        QCOMPARE(commit.commitInfoTimestamp.toMSecsSinceEpoch(), 1691426732135);
        QCOMPARE(commit.operationParameters.value("mode").toString(), QStringLiteral("Append"));
        QCOMPARE(commit.operationMetrics.value("numOutputRows").toString(), QStringLiteral("10"));
        QCOMPARE(commit.isolationLevel, QStringLiteral("Serializable"));
        QCOMPARE(commit.isBlindAppend, true);
        QCOMPARE(commit.engineInfo, QStringLiteral("Apache-Spark/3.4.0 Delta-Lake/3.0.0-SNAPSHOT"));
        QCOMPARE(commit.filesAdded, 1);
        QCOMPARE(commit.bytesAdded, 539);
        QVERIFY(commit.metaData.has_value());
        QCOMPARE(commit.protocol->value("minReaderVersion").toInt(), 1);
    }

    void malformedLinesWarnOnThatCommitOnly()
    {
        const QByteArray content = "{\"commitInfo\":{\"operation\":\"DELETE\",\"timestamp\":5}}\n"
                                   "{\"add\":{\"path\":\"a\",\"size\":10}\n" // truncated
                                   "[1,2]\n"
                                   "{\"futureAction\":{}}\n"
                                   "{\"add\":{},\"remove\":{}}\n"
                                   "{\"remove\":3}\n"
                                   "{\"remove\":{\"path\":\"b\",\"size\":7}}\n"
                                   "\n";
        const DeltaCommit commit = parseDeltaCommit(7, content);
        QCOMPARE(commit.operation, QStringLiteral("DELETE"));
        QCOMPARE(commit.filesAdded, 0);
        QCOMPARE(commit.filesRemoved, 1);
        QCOMPARE(commit.bytesRemoved, 7);
        QCOMPARE(commit.warnings.size(), 5);
        QVERIFY2(commit.warnings.at(0).startsWith("line 2: not a JSON object"),
                 qPrintable(commit.warnings.at(0)));
        QVERIFY(commit.warnings.at(1).startsWith("line 3: not a JSON object"));
        QCOMPARE(commit.warnings.at(2), QStringLiteral("line 4: unknown action 'futureAction'"));
        QVERIFY(commit.warnings.at(3).startsWith("line 5: an action has exactly one key"));
        QCOMPARE(commit.warnings.at(4), QStringLiteral("line 6: remove is not an object"));
        QVERIFY(parseDeltaCommit(0, QByteArray()).warnings.isEmpty());
        // Sizes out of range (found by fuzz_deltalog) are left out, never cast or overflowed.
        const DeltaCommit huge =
            parseDeltaCommit(1, "{\"add\":{\"path\":\"a\",\"size\":1e40}}\n"
                                "{\"add\":{\"path\":\"b\",\"size\":9223372036854775807}}\n"
                                "{\"add\":{\"path\":\"c\",\"size\":9223372036854775807}}\n"
                                "{\"remove\":{\"path\":\"d\",\"size\":-5}}\n");
        QCOMPARE(huge.filesAdded, 3);
        QVERIFY(huge.bytesAdded >= 0);
        QCOMPARE(huge.bytesRemoved, 0);
    }

    void fileNames()
    {
        using Kind = DeltaLogFile::Kind;
        QCOMPARE(classifyDeltaLogFile("00000000000000000010.json")->version, 10);
        QCOMPARE(classifyDeltaLogFile("00000000000000000010.crc")->kind, Kind::Checksum);
        QCOMPARE(classifyDeltaLogFile("00000000000000000010.checkpoint.parquet")->kind,
                 Kind::Checkpoint);
        const auto part =
            classifyDeltaLogFile("00000000000000000010.checkpoint.0000000002.0000000003.parquet");
        QCOMPARE(part->kind, Kind::MultiPartCheckpoint);
        QCOMPARE(part->part, 2);
        QCOMPARE(part->parts, 3);
        QVERIFY(
            !classifyDeltaLogFile("00000000000000000010.checkpoint.0000000004.0000000003.parquet"));
        QCOMPARE(classifyDeltaLogFile(
                     "00000000000000000002.checkpoint.80a083e8-7026-4e79-81be-64bd76c43a11.json")
                     ->kind,
                 Kind::V2Checkpoint);
        const auto compacted =
            classifyDeltaLogFile("00000000000000000004.00000000000000000006.compacted.json");
        QCOMPARE(compacted->endVersion, 6);
        QVERIFY(!classifyDeltaLogFile("00000000000000000006.00000000000000000004.compacted.json"));
        QCOMPARE(classifyDeltaLogFile("_last_checkpoint")->kind, Kind::LastCheckpoint);
        QVERIFY(!classifyDeltaLogFile("10.json"));
        QVERIFY(!classifyDeltaLogFile(".00000000000000000010.json.crc"));
        QVERIFY(!classifyDeltaLogFile("99999999999999999999.json")); // beyond a 64-bit version
    }

    void lastCheckpointMalformed()
    {
        QString error;
        QVERIFY(!parseLastCheckpoint("{", &error));
        QVERIFY(!parseLastCheckpoint("{\"size\":3}", &error));
        QVERIFY2(error.contains("version"), qPrintable(error));
        QVERIFY(!parseLastCheckpoint("{\"version\":\"ten\"}", &error));
        QVERIFY(!parseLastCheckpoint("{\"version\":3,\"parts\":0}", &error));
        const auto parsed = parseLastCheckpoint("{\"version\":3,\"size\":9,\"parts\":2}", &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->parts, 2);
    }
};

QTEST_GUILESS_MAIN(TestDeltaLog)
#include "tst_deltalog.moc"

// The emulator's DESCRIBE HISTORY over real HTTP on 127.0.0.1 (POST /api/2.0/sql/statements on the
// demo warehouse), reading Delta tables from the emulator's DBFS folder: the upstream tables of
// ../shared/testdata/delta (unmodified, copied into DBFS) against MANIFEST.tsv; the column types
// and the JSON_ARRAY value of each column; Delta's timestamps (file times made strictly
// increasing, In-Commit Timestamps when the table enables them); LIMIT and the accepted forms;
// the missing-table error; a malformed commit line; chunks and row_limit. Then the Delta table
// generator (10,000 commits in well under 10 s, its schema evolution and column mapping), the
// table it adds to the demo DBFS, and the --generate-delta-table option.

#include "EmulatorCommandLine.h"
#include "WorkspaceEmulator.h"
#include "testing/EmulatorTestClient.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <memory>

using namespace brickdesk::emulator;
using namespace brickdesk::emulator::testing;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-deltahistory-test-0123456789");
const QString kServerless = QStringLiteral("4f6d2b8e9a1c3d57"); // Demo Serverless, RUNNING
const QString kStatements = QStringLiteral("/api/2.0/sql/statements");
// 2024-11-19 06:00:00.123 UTC: copied commit files get this time + version minutes.
constexpr qint64 kBaseMs = 1731996000123;
constexpr qint64 kMinuteMs = 60000;

QString deltaTestData()
{
    return QStringLiteral(BRICKDESK_TESTDATA_DIR) + QStringLiteral("/delta");
}

// Spark's string form of a UTC timestamp, written independently of the emulator's code.
QString sparkText(qint64 ms)
{
    QString text = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString("yyyy-MM-dd HH:mm:ss.zzz");
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

QString commitName(qint64 version)
{
    return QString::number(version).rightJustified(20, '0') + ".json";
}

bool writeFile(const QString &path, const QByteArray &content, qint64 modifiedMs)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0 ||
        !file.flush())
        return false;
    return file.setFileTime(QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC),
                            QFileDevice::FileModificationTime);
}

QByteArray line(const QJsonObject &action)
{
    return QJsonDocument(action).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray commitInfoLine(const QJsonObject &info)
{
    return line(QJsonObject{{"commitInfo", info}});
}

QByteArray metaDataLine(const QJsonObject &configuration)
{
    return line(QJsonObject{
        {"metaData", QJsonObject{{"id", "6f1b4a52-2c55-4a39-8f7e-3b2f5d9e0c11"},
                                 {"format", QJsonObject{{"provider", "parquet"}}},
                                 {"schemaString", "{\"type\":\"struct\",\"fields\":[]}"},
                                 {"partitionColumns", QJsonArray()},
                                 {"configuration", configuration}}}});
}

struct ManifestRow
{
    QString table;
    int commits = 0;
    qint64 minVersion = 0;
    qint64 maxVersion = 0;
    QStringList operations;
};

QList<ManifestRow> readManifest()
{
    QFile file(deltaTestData() + "/MANIFEST.tsv");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read MANIFEST.tsv");
    QList<ManifestRow> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split('\t');
        if (fields.size() < 8)
            continue;
        rows.append({QString::fromUtf8(fields.at(0)), fields.at(3).toInt(),
                     fields.at(4).toLongLong(), fields.at(5).toLongLong(),
                     QString::fromUtf8(fields.at(7)).split(',')});
    }
    return rows;
}

QJsonArray rowsOf(const QJsonObject &answer)
{
    return answer.value("result").toObject().value("data_array").toArray();
}

QString stateOf(const QJsonObject &answer)
{
    return answer.value("status").toObject().value("state").toString();
}

QJsonObject errorOf(const QJsonObject &answer)
{
    return answer.value("status").toObject().value("error").toObject();
}

// Column `column` of every row.
QStringList columnOf(const QJsonArray &rows, int column)
{
    QStringList values;
    for (const QJsonValue &row : rows)
        values.append(row.toArray().at(column).toString());
    return values;
}

// The distinct values in order of first appearance, reading the rows oldest first.
QStringList firstAppearances(const QJsonArray &newestFirst, int column)
{
    QStringList seen;
    for (qsizetype i = newestFirst.size() - 1; i >= 0; --i) {
        const QString value = newestFirst.at(i).toArray().at(column).toString();
        if (!seen.contains(value))
            seen.append(value);
    }
    return seen;
}

QJsonObject parsedLine(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The actions of a commit file on disk.
QList<QJsonObject> actionsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> actions;
    for (const QByteArray &text : file.readAll().split('\n')) {
        if (!text.trimmed().isEmpty())
            actions.append(parsedLine(text));
    }
    return actions;
}

QJsonObject fieldNamed(const QJsonObject &metaData, const QString &name)
{
    const QJsonArray fields =
        parsedLine(metaData.value("schemaString").toString().toUtf8()).value("fields").toArray();
    for (const QJsonValue &field : fields) {
        if (field.toObject().value("name").toString() == name)
            return field.toObject();
    }
    return {};
}

} // namespace

class tst_EmulatorDeltaHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void upstreamTablesMatchTheManifest_data();
    void upstreamTablesMatchTheManifest();
    void columnsAndValueFormats();
    void nonStringParametersBecomeText();
    void equalFileTimesAreMadeIncreasing();
    void inCommitTimestampsWhenTheTableEnablesThem();
    void limitAndAcceptedForms();
    void missingTableFails();
    void malformedCommitLineGivesNulls();
    void chunksAndRowLimit();
    void generatedTableOf10000Commits();
    void generatedTableEvolvesItsSchema();
    void generatorRefusesBadInput();
    void demoSeedHasAGeneratedTable();
    void commandLineOption();

private:
    QJsonObject run(const QString &statement, QJsonObject extra = {})
    {
        extra.insert("statement", statement);
        extra.insert("warehouse_id", kServerless);
        const HttpResult result = m_client->post(kStatements, extra);
        if (result.status != 200)
            qWarning("submit answered %d: %s", result.status, result.body.constData());
        return result.json;
    }
    QJsonObject history(const QString &path, const QString &suffix = {})
    {
        return run("DESCRIBE HISTORY delta.`" + path + "`" + suffix);
    }
    QString local(const QString &dbfsPath) { return m_emulator->dbfsRootPath() + dbfsPath; }
    bool writeCommit(const QString &table, qint64 version, const QByteArray &content,
                     qint64 modifiedMs)
    {
        return writeFile(local(table) + "/_delta_log/" + commitName(version), content, modifiedMs);
    }
    // Copies an upstream _delta_log (every file: commits, checkpoints, .crc, sidecars) into DBFS;
    // commit files get kBaseMs + version minutes as their modification time.
    bool copyUpstreamTable(const QString &table, const QString &dbfsPath);

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
};

void tst_EmulatorDeltaHistory::init()
{
    EmulatorOptions options;
    options.token = kToken;
    m_emulator = std::make_unique<WorkspaceEmulator>(options);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorTestClient>(*m_emulator, kToken);
}

void tst_EmulatorDeltaHistory::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

bool tst_EmulatorDeltaHistory::copyUpstreamTable(const QString &table, const QString &dbfsPath)
{
    const QString source = deltaTestData() + "/" + table + "/_delta_log";
    QDirIterator it(source, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        it.next();
        const QString relative = QDir(source).relativeFilePath(it.filePath());
        QFile in(it.filePath());
        if (!in.open(QIODevice::ReadOnly))
            return false;
        const QString name = it.fileName();
        const bool commit = name.size() == 25 && name.endsWith(".json") && name.at(0).isDigit();
        const qint64 time = commit ? kBaseMs + name.left(20).toLongLong() * kMinuteMs : kBaseMs;
        if (!writeFile(local(dbfsPath) + "/_delta_log/" + relative, in.readAll(), time))
            return false;
        ++copied;
    }
    return copied > 0;
}

void tst_EmulatorDeltaHistory::upstreamTablesMatchTheManifest_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("commits");
    QTest::addColumn<qint64>("minVersion");
    QTest::addColumn<qint64>("maxVersion");
    QTest::addColumn<QStringList>("operations");
    const QList<ManifestRow> rows = readManifest();
    QVERIFY(rows.size() >= 14);
    for (const ManifestRow &row : rows) {
        QTest::newRow(qPrintable(row.table))
            << row.table << row.commits << row.minVersion << row.maxVersion << row.operations;
    }
}

void tst_EmulatorDeltaHistory::upstreamTablesMatchTheManifest()
{
    QFETCH(QString, table);
    QFETCH(int, commits);
    QFETCH(qint64, minVersion);
    QFETCH(qint64, maxVersion);
    QFETCH(QStringList, operations);
    const QString path = "/delta/" + table;
    QVERIFY(copyUpstreamTable(table, path));

    const QJsonObject answer = history(path);
    QCOMPARE(stateOf(answer), QString("SUCCEEDED"));
    QCOMPARE(answer.value("manifest").toObject().value("total_row_count").toInt(), commits);
    const QJsonArray rows = rowsOf(answer);
    QCOMPARE(rows.size(), commits);
    QCOMPARE(rows.first().toArray().at(0).toString(), QString::number(maxVersion));
    QCOMPARE(rows.last().toArray().at(0).toString(), QString::number(minVersion));
    QCOMPARE(firstAppearances(rows, 4), operations);
    // One row per commit file, newest first, versions consecutive; each timestamp is the file's.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        QCOMPARE(row.size(), 15);
        const qint64 version = maxVersion - i;
        QCOMPARE(row.at(0).toString(), QString::number(version));
        QCOMPARE(row.at(1).toString(), sparkText(kBaseMs + version * kMinuteMs));
        if (i > 0)
            QVERIFY(row.at(1).toString() < rows.at(i - 1).toArray().at(1).toString());
    }
}

void tst_EmulatorDeltaHistory::columnsAndValueFormats()
{
    const QString table = "/formats/t";
    QVERIFY(writeCommit(
        table, 0,
        commitInfoLine({{"timestamp", qint64(1731996000000)},
                        {"userId", "123"},
                        {"userName", "anna@example.com"},
                        {"operation", "CREATE TABLE"},
                        {"operationParameters", QJsonObject{{"isManaged", "true"},
                                                            {"description", QJsonValue::Null},
                                                            {"partitionBy", "[]"}}},
                        {"notebook", QJsonObject{{"notebookId", "42"}}},
                        {"clusterId", "0923-164208-k9x2m1qa"},
                        {"isolationLevel", "WriteSerializable"},
                        {"isBlindAppend", true},
                        {"operationMetrics", QJsonObject()},
                        {"engineInfo", "Databricks-Runtime/15.4.x-scala2.12"}}) +
            metaDataLine({}),
        kBaseMs));
    QVERIFY(writeCommit(
        table, 1,
        commitInfoLine(
            {{"timestamp", qint64(1731996060000)},
             {"userId", "123"},
             {"userName", "anna@example.com"},
             {"operation", "WRITE"},
             {"operationParameters",
              QJsonObject{{"mode", "Append"}, {"partitionBy", "[\"date\"]"}}},
             {"job", QJsonObject{{"jobId", "7"}, {"jobName", "nightly"}, {"jobRunId", "99"}}},
             {"clusterId", "c1"},
             {"readVersion", 0},
             {"isolationLevel", "WriteSerializable"},
             {"isBlindAppend", false},
             {"operationMetrics", QJsonObject{{"numFiles", "2"}, {"numOutputRows", "10"}}},
             {"userMetadata", "backfill"},
             {"engineInfo", "Apache-Spark/3.5.3 Delta-Lake/3.2.0"}}),
        kBaseMs + 60000));

    const QJsonObject answer = history(table);
    QCOMPARE(stateOf(answer), QString("SUCCEEDED"));
    QStringList columns;
    const QJsonArray schema =
        answer.value("manifest").toObject().value("schema").toObject().value("columns").toArray();
    for (const QJsonValue &column : schema) {
        columns.append(column.toObject().value("name").toString() + " " +
                       column.toObject().value("type_name").toString() + " " +
                       column.toObject().value("type_text").toString());
    }
    QCOMPARE(
        columns,
        QStringList({"version LONG BIGINT", "timestamp TIMESTAMP TIMESTAMP", "userId STRING STRING",
                     "userName STRING STRING", "operation STRING STRING",
                     "operationParameters MAP MAP<STRING, STRING>",
                     "job STRUCT STRUCT<jobId: STRING, jobName: STRING, jobRunId: STRING, "
                     "runId: STRING, jobOwnerId: STRING, triggerType: STRING>",
                     "notebook STRUCT STRUCT<notebookId: STRING>", "clusterId STRING STRING",
                     "readVersion LONG BIGINT", "isolationLevel STRING STRING",
                     "isBlindAppend BOOLEAN BOOLEAN", "operationMetrics MAP MAP<STRING, STRING>",
                     "userMetadata STRING STRING", "engineInfo STRING STRING"}));
    const QJsonArray rows = rowsOf(answer);
    QCOMPARE(rows.size(), 2);
    const QJsonValue null(QJsonValue::Null);
    QCOMPARE(rows.at(0).toArray(),
             QJsonArray({"1", "2024-11-19 06:01:00.123", "123", "anna@example.com", "WRITE",
                         "{\"mode\":\"Append\",\"partitionBy\":\"[\\\"date\\\"]\"}",
                         "{\"jobId\":\"7\",\"jobName\":\"nightly\",\"jobRunId\":\"99\","
                         "\"runId\":null,\"jobOwnerId\":null,\"triggerType\":null}",
                         null, "c1", "0", "WriteSerializable", "false",
                         "{\"numFiles\":\"2\",\"numOutputRows\":\"10\"}", "backfill",
                         "Apache-Spark/3.5.3 Delta-Lake/3.2.0"}));
    QCOMPARE(
        rows.at(1).toArray(),
        QJsonArray({"0", "2024-11-19 06:00:00.123", "123", "anna@example.com", "CREATE TABLE",
                    "{\"description\":null,\"isManaged\":\"true\",\"partitionBy\":\"[]\"}", null,
                    "{\"notebookId\":\"42\"}", "0923-164208-k9x2m1qa", null, "WriteSerializable",
                    "true", "{}", null, "Databricks-Runtime/15.4.x-scala2.12"}));
}

// The golden table's OPTIMIZE has "auto":false and CTAS "description":null: the map holds
// "false" and null, as Delta reads them into its Map[String, String].
void tst_EmulatorDeltaHistory::nonStringParametersBecomeText()
{
    const QString table = "commit-info-containing-arbitrary-operationParams-types";
    QVERIFY(copyUpstreamTable(table, "/delta/params"));
    const QJsonArray rows = rowsOf(history("/delta/params"));
    QCOMPARE(rows.size(), 3);
    const QJsonObject optimize = parsedLine(rows.at(0).toArray().at(5).toString().toUtf8());
    QCOMPARE(rows.at(0).toArray().at(4).toString(), QString("OPTIMIZE"));
    QCOMPARE(optimize.value("auto"), QJsonValue("false"));
    QCOMPARE(optimize.value("zOrderBy"), QJsonValue("[\"id\"]"));
    const QJsonObject ctas = parsedLine(rows.at(2).toArray().at(5).toString().toUtf8());
    QVERIFY(ctas.contains("description"));
    QCOMPARE(ctas.value("description"), QJsonValue(QJsonValue::Null));
}

void tst_EmulatorDeltaHistory::equalFileTimesAreMadeIncreasing()
{
    const QString table = "/same/mtime";
    const qint64 t = 1731996000000; // whole second
    for (int version = 0; version < 3; ++version) {
        QVERIFY(writeCommit(table, version,
                            commitInfoLine({{"timestamp", t}, {"operation", "WRITE"}}), t));
    }
    // A clock that went back: still after the commit before it.
    QVERIFY(writeCommit(table, 3, commitInfoLine({{"operation", "DELETE"}}), t - 5000));
    QVERIFY(writeCommit(table, 4, commitInfoLine({{"operation", "WRITE"}}), t + 60000));
    const QJsonArray rows = rowsOf(history(table));
    QCOMPARE(columnOf(rows, 1), QStringList({"2024-11-19 06:01:00", "2024-11-19 06:00:00.003",
                                             "2024-11-19 06:00:00.002", "2024-11-19 06:00:00.001",
                                             "2024-11-19 06:00:00"}));
}

void tst_EmulatorDeltaHistory::inCommitTimestampsWhenTheTableEnablesThem()
{
    const qint64 t = 1731996000000;
    const auto writeTable = [&](const QString &table, const QString &enabled) {
        bool ok = writeCommit(
            table, 0, commitInfoLine({{"operation", "CREATE TABLE"}}) + metaDataLine({}), t);
        // Enabled at version 1: commits from there carry inCommitTimestamp.
        ok = ok && writeCommit(table, 1,
                               commitInfoLine({{"operation", "SET TBLPROPERTIES"},
                                               {"inCommitTimestamp", t + 7777}}) +
                                   metaDataLine({{"delta.enableInCommitTimestamps", enabled}}),
                               t + 60000);
        ok = ok &&
             writeCommit(table, 2,
                         commitInfoLine({{"inCommitTimestamp", t + 9999}, {"operation", "WRITE"}}),
                         t + 120000);
        return ok;
    };
    QVERIFY(writeTable("/ict/on", "true"));
    QCOMPARE(
        columnOf(rowsOf(history("/ict/on")), 1),
        QStringList({"2024-11-19 06:00:09.999", "2024-11-19 06:00:07.777", "2024-11-19 06:00:00"}));
    QVERIFY(writeTable("/ict/off", "false"));
    QCOMPARE(columnOf(rowsOf(history("/ict/off")), 1),
             QStringList({"2024-11-19 06:02:00", "2024-11-19 06:01:00", "2024-11-19 06:00:00"}));
}

void tst_EmulatorDeltaHistory::limitAndAcceptedForms()
{
    QVERIFY(copyUpstreamTable("basic-with-inserts-deletes-checkpoint", "/delta/basic"));
    const QJsonArray one = rowsOf(history("/delta/basic", " LIMIT 1"));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().toArray().at(0).toString(), QString("13"));
    QCOMPARE(rowsOf(history("/delta/basic", " LIMIT 3")).size(), 3);
    const QJsonObject none = history("/delta/basic", " LIMIT 0");
    QCOMPARE(stateOf(none), QString("SUCCEEDED"));
    QCOMPARE(none.value("manifest").toObject().value("total_row_count").toInt(), 0);
    QCOMPARE(rowsOf(history("/delta/basic", " LIMIT 100")).size(), 14);

    // Keywords in any case, DESC, the dbfs: scheme, a trailing ';', comments and line breaks.
    const QJsonArray lower = rowsOf(run("describe history DELTA.`dbfs:/delta/basic` limit 2;"));
    QCOMPARE(columnOf(lower, 0), QStringList({"13", "12"}));
    QCOMPARE(rowsOf(run("DESC HISTORY delta.`/delta/basic`")).size(), 14);
    QCOMPARE(rowsOf(run("-- audit\nDESCRIBE HISTORY\n  delta.`/delta/basic/` /* all */ ;")).size(),
             14);

    const QJsonObject word = history("/delta/basic", " LIMIT x");
    QCOMPARE(stateOf(word), QString("FAILED"));
    QVERIFY(errorOf(word).value("message").toString().startsWith(
        "[PARSE_SYNTAX_ERROR] Syntax error at or near 'x'"));
    const QJsonObject trailing = history("/delta/basic", " LIMIT 1 2");
    QCOMPARE(stateOf(trailing), QString("FAILED"));
    QVERIFY(errorOf(trailing).value("message").toString().contains("'2'"));
    const QJsonObject byName = run("DESCRIBE HISTORY demo.trips");
    QCOMPARE(stateOf(byName), QString("FAILED"));
    QVERIFY(errorOf(byName).value("message").toString().startsWith("[UNSUPPORTED_FEATURE]"));
    // A table named history is still described as a table.
    QCOMPARE(stateOf(run("CREATE TABLE history (a INT)")), QString("SUCCEEDED"));
    QCOMPARE(columnOf(rowsOf(run("DESCRIBE history")), 0), QStringList({"a"}));
}

void tst_EmulatorDeltaHistory::missingTableFails()
{
    QVERIFY(QDir().mkpath(local("/plain/folder")));
    QVERIFY(writeFile(local("/plain/checkpoint-only/_delta_log/_last_checkpoint"),
                      "{\"version\":10,\"size\":3}", kBaseMs));
    QVERIFY(writeFile(local("/plain/checkpoint-only/_delta_log/.00000000000000000000.json.crc"),
                      "crc", kBaseMs));
    for (const QString &path : {QString("/nowhere"), QString("dbfs:/plain/folder"),
                                QString("/plain/checkpoint-only"), QString("relative/path")}) {
        const QJsonObject answer = history(path);
        QCOMPARE(stateOf(answer), QString("FAILED"));
        QCOMPARE(errorOf(answer).value("error_code").toString(), QString("BAD_REQUEST"));
        QCOMPARE(errorOf(answer).value("message").toString(),
                 "[DELTA_MISSING_DELTA_TABLE] `" + path +
                     "` is not a Delta table. SQLSTATE: 42P01");
        QCOMPARE(answer.value("status").toObject().value("sql_state").toString(), QString("42P01"));
    }
}

void tst_EmulatorDeltaHistory::malformedCommitLineGivesNulls()
{
    const QString table = "/broken/log";
    QVERIFY(writeCommit(table, 0,
                        commitInfoLine({{"operation", "CREATE TABLE"}, {"userName", "anna"}}) +
                            metaDataLine({}),
                        kBaseMs));
    // The commitInfo line cut short: that commit has no commitInfo.
    QVERIFY(writeCommit(table, 1,
                        "{\"commitInfo\":{\"timestamp\":1731996060000,\"operation\":\"WRI\n"
                        "{\"add\":{\"path\":\"a.parquet\",\"size\":1}}\n",
                        kBaseMs + kMinuteMs));
    // Another line broken, commitInfo intact: the commitInfo counts.
    QVERIFY(writeCommit(table, 2,
                        commitInfoLine({{"operation", "DELETE"}, {"readVersion", 1}}) +
                            "not json at all\n",
                        kBaseMs + 2 * kMinuteMs));
    const QJsonObject answer = history(table);
    QCOMPARE(stateOf(answer), QString("SUCCEEDED"));
    const QJsonArray rows = rowsOf(answer);
    QCOMPARE(columnOf(rows, 0), QStringList({"2", "1", "0"}));
    QCOMPARE(columnOf(rows, 4), QStringList({"DELETE", "", "CREATE TABLE"}));
    const QJsonArray broken = rows.at(1).toArray();
    QCOMPARE(broken.at(1).toString(), sparkText(kBaseMs + kMinuteMs));
    for (int column = 2; column < 15; ++column)
        QVERIFY2(broken.at(column).isNull(), qPrintable(QString::number(column)));
    QCOMPARE(rows.at(0).toArray().at(9).toString(), QString("1"));
}

void tst_EmulatorDeltaHistory::chunksAndRowLimit()
{
    QVERIFY(copyUpstreamTable("checkpoint", "/delta/chunks"));
    m_emulator->setSqlRowsPerChunk(4);
    const QJsonObject answer = history("/delta/chunks");
    const QJsonObject manifest = answer.value("manifest").toObject();
    QCOMPARE(manifest.value("total_row_count").toInt(), 15);
    QCOMPARE(manifest.value("total_chunk_count").toInt(), 4);
    QCOMPARE(columnOf(rowsOf(answer), 0), QStringList({"14", "13", "12", "11"}));
    const QString id = answer.value("statement_id").toString();
    const HttpResult last = m_client->get(kStatements + "/" + id + "/result/chunks/3");
    QCOMPARE(last.status, 200);
    QCOMPARE(columnOf(last.json.value("data_array").toArray(), 0), QStringList({"2", "1", "0"}));

    const QJsonObject limited = run("DESCRIBE HISTORY delta.`/delta/chunks`", {{"row_limit", 5}});
    QCOMPARE(limited.value("manifest").toObject().value("total_row_count").toInt(), 5);
    QVERIFY(limited.value("manifest").toObject().value("truncated").toBool());
}

void tst_EmulatorDeltaHistory::generatedTableOf10000Commits()
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_emulator->generateDeltaTable("/gen/trips", 10000, &error), qPrintable(error));
    const qint64 elapsed = timer.elapsed();
    qInfo("generated 10,000 commits in %lld ms", elapsed);
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));

    const QStringList files =
        QDir(local("/gen/trips/_delta_log")).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.size(), 10000);
    QCOMPARE(files.first(), commitName(0));
    QCOMPARE(files.last(), commitName(9999));
    QVERIFY(!files.contains("_last_checkpoint"));

    const qint64 now = m_emulator->simulatedNowMs();
    const QJsonArray five = rowsOf(history("/gen/trips", " LIMIT 5"));
    QCOMPARE(columnOf(five, 0), QStringList({"9999", "9998", "9997", "9996", "9995"}));
    const QStringList times = columnOf(five, 1);
    for (qsizetype i = 1; i < times.size(); ++i)
        QVERIFY(times.at(i) < times.at(i - 1));
    const qint64 newestMs =
        QDateTime::fromString(times.first().left(19) + "Z", "yyyy-MM-dd HH:mm:ssZ")
            .toMSecsSinceEpoch();
    QVERIFY2(std::abs(now - newestMs) < 60000, qPrintable(times.first()));

    timer.restart();
    const QJsonObject all = history("/gen/trips");
    qInfo("DESCRIBE HISTORY of 10,000 commits in %lld ms", timer.elapsed());
    QCOMPARE(all.value("manifest").toObject().value("total_row_count").toInt(), 10000);
    const QStringList operations = firstAppearances(rowsOf(all), 4);
    for (const char *operation :
         {"CREATE TABLE", "WRITE", "MERGE", "UPDATE", "DELETE", "OPTIMIZE", "ADD COLUMNS",
          "SET TBLPROPERTIES", "RENAME COLUMN", "CHANGE COLUMN", "RESTORE"}) {
        QVERIFY2(operations.contains(operation), operation);
    }
    QCOMPARE(operations.first(), QString("CREATE TABLE"));
}

// Walks a generated log on disk: version 0, column mapping turned on, the rename keeping the
// column's id and physical name, type widening, OPTIMIZE without data change, RESTORE.
void tst_EmulatorDeltaHistory::generatedTableEvolvesItsSchema()
{
    QString error;
    QVERIFY2(m_emulator->generateDeltaTable("/gen/small", 120, &error), qPrintable(error));
    const QString log = local("/gen/small/_delta_log/");
    QJsonObject metaData;
    QJsonObject protocol;
    QStringList operations;
    bool renamed = false;
    bool widened = false;
    for (int version = 0; version < 120; ++version) {
        const QList<QJsonObject> actions = actionsOf(log + commitName(version));
        QVERIFY(!actions.isEmpty());
        // commitInfo first, as Databricks writes it, with the fields DESCRIBE HISTORY shows.
        const QJsonObject info = actions.first().value("commitInfo").toObject();
        QVERIFY(info.value("timestamp").isDouble());
        QCOMPARE(info.value("engineInfo").toString(),
                 QString("Databricks-Runtime/15.4.x-scala2.12"));
        QVERIFY(info.value("notebook").toObject().contains("notebookId"));
        QCOMPARE(info.contains("readVersion"), version > 0);
        const QString operation = info.value("operation").toString();
        operations.append(operation);
        const QJsonObject previous = metaData;
        for (const QJsonObject &action : actions) {
            if (action.contains("metaData"))
                metaData = action.value("metaData").toObject();
            if (action.contains("protocol"))
                protocol = action.value("protocol").toObject();
            if (operation == "OPTIMIZE" && (action.contains("add") || action.contains("remove"))) {
                const QJsonObject file = action.contains("add") ? action.value("add").toObject()
                                                                : action.value("remove").toObject();
                QCOMPARE(file.value("dataChange").toBool(true), false);
            }
        }
        const QJsonObject parameters = info.value("operationParameters").toObject();
        if (version == 0) {
            QCOMPARE(operation, QString("CREATE TABLE"));
            QCOMPARE(protocol.value("minReaderVersion").toInt(), 1);
            QCOMPARE(protocol.value("minWriterVersion").toInt(), 2);
            QCOMPARE(metaData.value("partitionColumns").toArray(), QJsonArray({"date"}));
        } else if (operation == "SET TBLPROPERTIES" &&
                   parameters.value("properties").toString().contains("columnMapping")) {
            QCOMPARE(protocol.value("minReaderVersion").toInt(), 2);
            QCOMPARE(protocol.value("minWriterVersion").toInt(), 5);
            QCOMPARE(metaData.value("configuration").toObject().value("delta.columnMapping.mode"),
                     QJsonValue("name"));
            const QJsonObject fare = fieldNamed(metaData, "fare_amount");
            QVERIFY(fare.value("metadata").toObject().value("delta.columnMapping.id").toInt() > 0);
        } else if (operation == "RENAME COLUMN") {
            renamed = true;
            QCOMPARE(parameters.value("oldColumnPath").toString(), QString("fare_amount"));
            QCOMPARE(parameters.value("newColumnPath").toString(), QString("fare"));
            const QJsonObject before =
                fieldNamed(previous, "fare_amount").value("metadata").toObject();
            const QJsonObject after = fieldNamed(metaData, "fare").value("metadata").toObject();
            QVERIFY(fieldNamed(metaData, "fare_amount").isEmpty());
            QVERIFY(before.value("delta.columnMapping.id").toInt() > 0);
            QCOMPARE(after.value("delta.columnMapping.id"), before.value("delta.columnMapping.id"));
            QCOMPARE(after.value("delta.columnMapping.physicalName"),
                     before.value("delta.columnMapping.physicalName"));
            QCOMPARE(after.value("delta.columnMapping.physicalName"), QJsonValue("fare_amount"));
        } else if (operation == "CHANGE COLUMN") {
            widened = true;
            QCOMPARE(protocol.value("minReaderVersion").toInt(), 3);
            QVERIFY(protocol.value("readerFeatures").toArray().contains("typeWidening"));
            QCOMPARE(metaData.value("configuration").toObject().value("delta.enableTypeWidening"),
                     QJsonValue("true"));
            const QJsonObject count = fieldNamed(metaData, "passenger_count");
            QCOMPARE(fieldNamed(previous, "passenger_count").value("type"), QJsonValue("integer"));
            QCOMPARE(count.value("type"), QJsonValue("long"));
            QVERIFY(count.value("metadata").toObject().contains("delta.typeChanges"));
        }
    }
    QVERIFY(renamed);
    QVERIFY(widened);
    for (const char *operation :
         {"WRITE", "MERGE", "UPDATE", "DELETE", "OPTIMIZE", "ADD COLUMNS", "RESTORE"}) {
        QVERIFY2(operations.contains(operation), operation);
    }
    // Seeded: the same operations for the same count; the history agrees with the files.
    QVERIFY(m_emulator->generateDeltaTable("/gen/again", 120, &error));
    QStringList again = firstAppearances(rowsOf(history("/gen/again")), 4);
    QCOMPARE(again, firstAppearances(rowsOf(history("/gen/small")), 4));
    QStringList newestFirst = operations;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(columnOf(rowsOf(history("/gen/small")), 4), newestFirst);
    QCOMPARE(columnOf(rowsOf(history("/gen/again")), 4), newestFirst);
    // Generating again replaces the log.
    QVERIFY(m_emulator->generateDeltaTable("/gen/again", 3, &error));
    QCOMPARE(rowsOf(history("/gen/again")).size(), 3);
}

void tst_EmulatorDeltaHistory::generatorRefusesBadInput()
{
    QString error;
    QVERIFY(!m_emulator->generateDeltaTable("/gen/none", 0, &error));
    QVERIFY(error.contains("from 1 to 100000"));
    QVERIFY(!m_emulator->generateDeltaTable("/gen/many", kMaxDeltaTableCommits + 1, &error));
    QVERIFY(!m_emulator->generateDeltaTable("relative", 5, &error));
    QVERIFY(error.contains("relative"));
    QVERIFY(!m_emulator->generateDeltaTable("/a/../b", 5, &error));
    // A file where the table's folder would be.
    QVERIFY(writeFile(local("/gen/file"), "x", kBaseMs));
    QVERIFY(!m_emulator->generateDeltaTable("/gen/file", 5, &error));
    QVERIFY(m_emulator->generateDeltaTable("dbfs:/gen/one", 1, &error));
    QCOMPARE(columnOf(rowsOf(history("/gen/one")), 4), QStringList({"CREATE TABLE"}));
}

void tst_EmulatorDeltaHistory::demoSeedHasAGeneratedTable()
{
    const QJsonArray trips = rowsOf(history("/user/hive/warehouse/trips_delta"));
    QCOMPARE(trips.size(), 120);
    QCOMPARE(trips.first().toArray().at(0).toString(), QString("119"));
    QCOMPARE(trips.last().toArray().at(4).toString(), QString("CREATE TABLE"));
    QCOMPARE(columnOf(rowsOf(history("/user/hive/warehouse/sales_delta")), 4),
             QStringList({"DELETE", "WRITE", "CREATE TABLE AS SELECT"}));
}

void tst_EmulatorDeltaHistory::commandLineOption()
{
    const auto parse = [](const QStringList &extra) {
        return EmulatorCommandLine::parse(
            QStringList{"brickdesk-emulator", "--port", "0", "--token", kToken} + extra, QString());
    };
    QVERIFY(parse({}).options.deltaTables.isEmpty());
    const EmulatorCommandLine line = parse({"--generate-delta-table", "/bench/trips=10000",
                                            "--generate-delta-table", "dbfs:/a=b/few=1"});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.deltaTables.size(), 2);
    QCOMPARE(line.options.deltaTables.at(0).path, QString("/bench/trips"));
    QCOMPARE(line.options.deltaTables.at(0).commitCount, 10000);
    QCOMPARE(line.options.deltaTables.at(1).path, QString("dbfs:/a=b/few"));
    QCOMPARE(line.options.deltaTables.at(1).commitCount, 1);
    for (const QString &bad :
         {QString("/bench/trips"), QString("/t=0"), QString("/t=100001"), QString("relative=5"),
          QString("/a/../b=5"), QString("/t=ten"), QString("=5")}) {
        const EmulatorCommandLine refused = parse({"--generate-delta-table", bad});
        QCOMPARE(refused.result, EmulatorCommandLine::Result::Error);
        QVERIFY2(refused.error.startsWith("--generate-delta-table must look like"),
                 qPrintable(refused.error));
    }
    const EmulatorCommandLine help =
        EmulatorCommandLine::parse({"brickdesk-emulator", "--help"}, {});
    QCOMPARE(help.result, EmulatorCommandLine::Result::ShowHelp);
    QVERIFY(help.helpText.contains("--generate-delta-table </PATH=N>"));
    QVERIFY(help.helpText.contains("DBFS_PATH=COMMITS"));
    // The option column did not widen: long words in other descriptions stay whole.
    QVERIFY(help.helpText.contains("BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET"));

    // The option reaches the emulator: the table is there when it listens.
    cleanup();
    EmulatorOptions options = line.options;
    options.deltaTables = {{"/cli/trips", 25}};
    m_emulator = std::make_unique<WorkspaceEmulator>(options);
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorTestClient>(*m_emulator, kToken);
    QCOMPARE(rowsOf(history("/cli/trips")).size(), 25);
    // A bad table stops the start with the reason.
    EmulatorOptions bad = options;
    bad.deltaTables = {{"/cli/bad", 0}};
    WorkspaceEmulator refused(bad);
    QVERIFY(!refused.listen(0));
    QVERIFY2(refused.errorString().contains("/cli/bad"), qPrintable(refused.errorString()));
}

QTEST_GUILESS_MAIN(tst_EmulatorDeltaHistory)
#include "tst_emulator_deltahistory.moc"

// The emulator's DESCRIBE HISTORY over real HTTP on 127.0.0.1 (POST /api/2.0/sql/statements on the
// demo warehouse), reading Delta tables from the emulator's DBFS folder: the upstream tables of
// ../shared/testdata/delta (unmodified, copied into DBFS) against MANIFEST.tsv; the column types
// and the JSON_ARRAY value of each column; Delta's timestamps (file times made strictly
// increasing, In-Commit Timestamps when the table enables them); LIMIT and the accepted forms;
// the missing-table error; a malformed commit line; chunks and row_limit. Then the Delta table
// generator (10,000 commits in well under 10 s, its schema evolution and column mapping), the
// table it adds to the demo DBFS, and the --generate-delta-table option. Last, RESTORE TABLE
// delta.`path` TO VERSION AS OF n: the commit it writes (checked against a replay of the JSON
// commits done here, and against the RESTORE commit Delta itself wrote in an upstream table),
// the protocol never lowered, deletion vectors, its result row, its errors, the accepted forms,
// an existing commit never overwritten, and one commit per statement.

#include "EmulatorCommandLine.h"
#include "WorkspaceEmulator.h"
#include "sql/DeltaRestore.h"
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

// The live files of the table whose _delta_log is `log` (ending in '/') at `version`, replayed
// from its JSON commits from version 0: path (and deletion vector, which tells apart two states
// of one file) → the add action.
QString fileKey(const QJsonObject &file)
{
    QString key = file.value("path").toString();
    const QJsonObject dv = file.value("deletionVector").toObject();
    if (!dv.isEmpty()) {
        key += " dv " + dv.value("storageType").toString() + dv.value("pathOrInlineDv").toString() +
               "@" + QString::number(dv.value("offset").toInteger(-1));
    }
    return key;
}

QMap<QString, QJsonObject> liveFilesAt(const QString &log, qint64 version)
{
    QMap<QString, QJsonObject> live;
    for (qint64 v = 0; v <= version; ++v) {
        for (const QJsonObject &action : actionsOf(log + commitName(v))) {
            const bool add = action.contains("add");
            if (!add && !action.contains("remove"))
                continue;
            const QJsonObject file = action.value(add ? "add" : "remove").toObject();
            const QString key = fileKey(file);
            if (add)
                live.insert(key, file);
            else
                live.remove(key);
        }
    }
    return live;
}

// The files without their dataChange flag (RESTORE re-adds a file with dataChange true).
QMap<QString, QJsonObject> withoutDataChange(QMap<QString, QJsonObject> files)
{
    for (QJsonObject &file : files)
        file.remove("dataChange");
    return files;
}

// The last action `name` (metaData, protocol) up to `version`.
QJsonObject lastAction(const QString &log, qint64 version, const QString &name)
{
    QJsonObject found;
    for (qint64 v = 0; v <= version; ++v) {
        for (const QJsonObject &action : actionsOf(log + commitName(v))) {
            if (action.contains(name))
                found = action.value(name).toObject();
        }
    }
    return found;
}

// The six RESTORE numbers from going from the live files `now` to those of `target`, in the
// order of the result's columns.
QStringList expectedMetrics(const QMap<QString, QJsonObject> &now,
                            const QMap<QString, QJsonObject> &target)
{
    qint64 tableSize = 0;
    qint64 removed = 0;
    qint64 removedSize = 0;
    qint64 restored = 0;
    qint64 restoredSize = 0;
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        tableSize += it->value("size").toInteger();
        if (!now.contains(it.key())) {
            ++restored;
            restoredSize += it->value("size").toInteger();
        }
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!target.contains(it.key())) {
            ++removed;
            removedSize += it->value("size").toInteger();
        }
    }
    return {QString::number(tableSize),   QString::number(target.size()),
            QString::number(removed),     QString::number(restored),
            QString::number(removedSize), QString::number(restoredSize)};
}

// The commit files (and anything else) in a _delta_log, hidden files included.
QStringList logEntries(const QString &log)
{
    return QDir(log).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                               QDir::Name);
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

    void restoreWritesACommit();
    void restoreNeverLowersTheProtocol();
    void restoreMatchesDeltasOwnRestoreCommit();
    void restoreCarriesDeletionVectors();
    void restoreErrors();
    void restoreAcceptedForms();
    void restoreNeverOverwritesACommit();
    void restoreRunsOncePerStatement();

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
    QJsonObject restore(const QString &path, qint64 version, QJsonObject extra = {})
    {
        return run("RESTORE TABLE delta.`" + path + "` TO VERSION AS OF " +
                       QString::number(version),
                   std::move(extra));
    }
    QString local(const QString &dbfsPath) { return m_emulator->dbfsRootPath() + dbfsPath; }
    QString logOf(const QString &dbfsPath) { return local(dbfsPath) + "/_delta_log/"; }
    // Checks the RESTORE commit `restoreVersion` of the table at `path` (whose log before it ended
    // at restoreVersion - 1) against a replay of the JSON commits, and the answer's row.
    void checkRestoreCommit(const QString &path, qint64 target, qint64 restoreVersion,
                            const QJsonObject &answer, qint64 notBeforeMs);
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

void tst_EmulatorDeltaHistory::checkRestoreCommit(const QString &path, qint64 target,
                                                  qint64 restoreVersion, const QJsonObject &answer,
                                                  qint64 notBeforeMs)
{
    const QString log = logOf(path);
    const qint64 previous = restoreVersion - 1;
    const QMap<QString, QJsonObject> before = liveFilesAt(log, previous);
    const QMap<QString, QJsonObject> wanted = liveFilesAt(log, target);
    const QStringList metrics = expectedMetrics(before, wanted);

    // The answer: one row of six LONG columns.
    QCOMPARE(stateOf(answer), QString("SUCCEEDED"));
    QStringList columns;
    const QJsonArray schema =
        answer.value("manifest").toObject().value("schema").toObject().value("columns").toArray();
    for (const QJsonValue &column : schema) {
        columns.append(column.toObject().value("name").toString() + " " +
                       column.toObject().value("type_name").toString());
    }
    QCOMPARE(columns,
             QStringList({"table_size_after_restore LONG", "num_of_files_after_restore LONG",
                          "num_removed_files LONG", "num_restored_files LONG",
                          "removed_files_size LONG", "restored_files_size LONG"}));
    QCOMPARE(rowsOf(answer).size(), 1);
    QStringList row;
    for (const QJsonValue &value : rowsOf(answer).first().toArray())
        row.append(value.toString());
    QCOMPARE(row, metrics);

    // The next version and nothing after it; no temporary file left behind.
    QVERIFY(QFileInfo(log + commitName(restoreVersion)).isFile());
    QVERIFY(!QFileInfo::exists(log + commitName(restoreVersion + 1)));
    for (const QString &entry : logEntries(log))
        QVERIFY2(!entry.endsWith(".tmp"), qPrintable(entry));

    const QList<QJsonObject> actions = actionsOf(log + commitName(restoreVersion));
    QVERIFY(actions.size() >= 3);
    const QJsonObject info = actions.at(0).value("commitInfo").toObject();
    QCOMPARE(info.value("operation").toString(), QString("RESTORE"));
    QCOMPARE(info.value("operationParameters").toObject(),
             QJsonObject({{"version", QString::number(target)}, {"timestamp", QJsonValue()}}));
    QCOMPARE(info.value("readVersion").toInteger(), previous);
    QCOMPARE(info.value("isolationLevel").toString(), QString("Serializable"));
    QCOMPARE(info.value("isBlindAppend"), QJsonValue(false));
    QCOMPARE(info.value("engineInfo").toString(), QString("Databricks-Runtime/15.4.x-scala2.12"));
    const QJsonObject operationMetrics = info.value("operationMetrics").toObject();
    QCOMPARE(operationMetrics, QJsonObject({{"tableSizeAfterRestore", metrics.at(0)},
                                            {"numOfFilesAfterRestore", metrics.at(1)},
                                            {"numRemovedFiles", metrics.at(2)},
                                            {"numRestoredFiles", metrics.at(3)},
                                            {"removedFilesSize", metrics.at(4)},
                                            {"restoredFilesSize", metrics.at(5)}}));
    const qint64 timestamp = info.value("timestamp").toInteger();
    QVERIFY2(timestamp >= notBeforeMs && timestamp <= m_emulator->simulatedNowMs(),
             qPrintable(QString::number(timestamp - notBeforeMs)));
    // The target version's metaData, then a protocol; the files after them.
    QCOMPARE(actions.at(1).value("metaData").toObject(), lastAction(log, target, "metaData"));
    QVERIFY(actions.at(2).contains("protocol"));
    int adds = 0;
    int removes = 0;
    for (qsizetype i = 3; i < actions.size(); ++i) {
        const QJsonObject &action = actions.at(i);
        if (action.contains("add")) {
            ++adds;
            const QJsonObject add = action.value("add").toObject();
            const QString key = fileKey(add);
            QVERIFY2(wanted.contains(key) && !before.contains(key), qPrintable(key));
            QCOMPARE(add.value("dataChange"), QJsonValue(true));
            QJsonObject original = wanted.value(key);
            original.insert("dataChange", true);
            QCOMPARE(add, original); // carried through as written
        } else {
            QVERIFY(action.contains("remove"));
            ++removes;
            const QJsonObject remove = action.value("remove").toObject();
            const QString key = fileKey(remove);
            QVERIFY2(before.contains(key) && !wanted.contains(key), qPrintable(key));
            QCOMPARE(remove.value("dataChange"), QJsonValue(true));
            QCOMPARE(remove.value("extendedFileMetadata"), QJsonValue(true));
            QCOMPARE(remove.value("deletionTimestamp").toInteger(), timestamp);
            const QJsonObject live = before.value(key);
            for (const char *field :
                 {"path", "partitionValues", "size", "stats", "deletionVector", "tags"})
                QCOMPARE(remove.value(field), live.value(field));
        }
    }
    QCOMPARE(QString::number(removes), metrics.at(2));
    QCOMPARE(QString::number(adds), metrics.at(3));
    // Replaying the new log gives the target version's files.
    QCOMPARE(withoutDataChange(liveFilesAt(log, restoreVersion)), withoutDataChange(wanted));

    // DESCRIBE HISTORY: the RESTORE on top, after the version it read.
    const QJsonArray rows = rowsOf(history(path, " LIMIT 2"));
    QCOMPARE(rows.size(), 2);
    const QJsonArray top = rows.at(0).toArray();
    QCOMPARE(top.at(0).toString(), QString::number(restoreVersion));
    QCOMPARE(top.at(4).toString(), QString("RESTORE"));
    QCOMPARE(parsedLine(top.at(5).toString().toUtf8()),
             QJsonObject({{"timestamp", QJsonValue()}, {"version", QString::number(target)}}));
    QCOMPARE(top.at(9).toString(), QString::number(previous));
    QCOMPARE(top.at(10).toString(), QString("Serializable"));
    QCOMPARE(top.at(11).toString(), QString("false"));
    QCOMPARE(parsedLine(top.at(12).toString().toUtf8()), operationMetrics);
    QCOMPARE(rows.at(1).toArray().at(0).toString(), QString::number(previous));
    QVERIFY(top.at(1).toString() > rows.at(1).toArray().at(1).toString());
}

void tst_EmulatorDeltaHistory::restoreWritesACommit()
{
    QString error;
    QVERIFY2(m_emulator->generateDeltaTable("/restore/trips", 40, &error), qPrintable(error));
    const QString log = logOf("/restore/trips");
    // Files went both ways since version 20, and a column was added (payment_type, at 22).
    const QStringList metrics = expectedMetrics(liveFilesAt(log, 39), liveFilesAt(log, 20));
    QVERIFY2(metrics.at(2) != "0" && metrics.at(3) != "0", qPrintable(metrics.join(' ')));
    QVERIFY(!fieldNamed(lastAction(log, 39, "metaData"), "payment_type").isEmpty());

    const qint64 start = m_emulator->simulatedNowMs();
    checkRestoreCommit("/restore/trips", 20, 40, restore("/restore/trips", 20), start);
    QVERIFY(fieldNamed(actionsOf(log + commitName(40)).at(1).value("metaData").toObject(),
                       "payment_type")
                .isEmpty());
    QCOMPARE(rowsOf(history("/restore/trips")).size(), 41);

    // Again from there, forward to a version after the first restore's target.
    checkRestoreCommit("/restore/trips", 30, 41, restore("/restore/trips", 30), start);
    // The same again: the files are those of version 30 already, nothing to add or remove.
    const QJsonObject same = restore("/restore/trips", 30);
    checkRestoreCommit("/restore/trips", 30, 42, same, start);
    QCOMPARE(columnOf(rowsOf(same), 2), QStringList({"0"}));
    QCOMPARE(columnOf(rowsOf(same), 3), QStringList({"0"}));
    QCOMPARE(rowsOf(history("/restore/trips")).size(), 43);
}

void tst_EmulatorDeltaHistory::restoreNeverLowersTheProtocol()
{
    QString error;
    QVERIFY2(m_emulator->generateDeltaTable("/restore/proto", 40, &error), qPrintable(error));
    const QString log = logOf("/restore/proto");
    const QJsonObject latest = lastAction(log, 39, "protocol");
    QCOMPARE(latest.value("minReaderVersion").toInt(), 3);
    QCOMPARE(lastAction(log, 5, "protocol").value("minReaderVersion").toInt(), 1);
    // Version 5 is before column mapping: its metaData comes back, the protocol stays 3/7.
    checkRestoreCommit("/restore/proto", 5, 40, restore("/restore/proto", 5),
                       m_emulator->simulatedNowMs());
    const QList<QJsonObject> actions = actionsOf(log + commitName(40));
    QCOMPARE(actions.at(2).value("protocol").toObject(), latest);
    QVERIFY(!actions.at(1)
                 .value("metaData")
                 .toObject()
                 .value("configuration")
                 .toObject()
                 .contains("delta.columnMapping.mode"));

    // Neither covers the other: the higher versions and every feature of both.
    const QString table = "/restore/merge";
    const auto protocolLine = [](int reader, int writer, const QJsonArray &readerFeatures,
                                 const QJsonArray &writerFeatures) {
        QJsonObject protocol{{"minReaderVersion", reader}, {"minWriterVersion", writer}};
        if (!readerFeatures.isEmpty())
            protocol.insert("readerFeatures", readerFeatures);
        if (!writerFeatures.isEmpty())
            protocol.insert("writerFeatures", writerFeatures);
        return line(QJsonObject{{"protocol", protocol}});
    };
    const QByteArray add = line(QJsonObject{
        {"add", QJsonObject{{"path", "a.parquet"}, {"size", 10}, {"dataChange", true}}}});
    QVERIFY(writeCommit(table, 0,
                        commitInfoLine({{"operation", "CREATE TABLE"}}) + metaDataLine({}) +
                            protocolLine(3, 7, {"deletionVectors"}, {"deletionVectors"}) + add,
                        kBaseMs));
    QVERIFY(writeCommit(table, 1,
                        commitInfoLine({{"operation", "SET TBLPROPERTIES"}}) +
                            protocolLine(1, 7, {}, {"appendOnly", "invariants", "domainMetadata"}),
                        kBaseMs + kMinuteMs));
    checkRestoreCommit(table, 0, 2, restore(table, 0), m_emulator->simulatedNowMs());
    QCOMPARE(actionsOf(logOf(table) + commitName(2)).at(2).value("protocol").toObject(),
             QJsonObject({{"minReaderVersion", 3},
                          {"minWriterVersion", 7},
                          {"readerFeatures", QJsonArray({"deletionVectors"})},
                          {"writerFeatures", QJsonArray({"appendOnly", "invariants",
                                                         "domainMetadata", "deletionVectors"})}}));
}

// The upstream table's version 3 is the RESTORE to version 1 that Delta wrote: without it, the
// emulator's RESTORE to 1 must write the same files, metaData, protocol and metrics.
void tst_EmulatorDeltaHistory::restoreMatchesDeltasOwnRestoreCommit()
{
    const QString upstream = "basic-with-inserts-overwrite-restore";
    QVERIFY(copyUpstreamTable(upstream, "/restore/golden"));
    const QString log = logOf("/restore/golden");
    const QStringList kept = {commitName(0), commitName(1), commitName(2)};
    for (const QString &name : logEntries(log)) {
        if (!kept.contains(name))
            QVERIFY(QFile::remove(log + name));
    }
    QCOMPARE(logEntries(log), QStringList({commitName(0), commitName(1), commitName(2)}));
    const QList<QJsonObject> delta =
        actionsOf(deltaTestData() + "/" + upstream + "/_delta_log/" + commitName(3));
    QCOMPARE(delta.first().value("commitInfo").toObject().value("operation").toString(),
             QString("RESTORE"));

    checkRestoreCommit("/restore/golden", 1, 3, restore("/restore/golden", 1),
                       m_emulator->simulatedNowMs());
    const QList<QJsonObject> ours = actionsOf(log + commitName(3));
    QCOMPARE(ours.first().value("commitInfo").toObject().value("operationMetrics"),
             delta.first().value("commitInfo").toObject().value("operationMetrics"));
    const auto byKind = [](const QList<QJsonObject> &actions, const QString &kind) {
        QMap<QString, QJsonObject> found;
        for (const QJsonObject &action : actions) {
            if (action.contains(kind)) {
                QJsonObject object = action.value(kind).toObject();
                object.remove("deletionTimestamp");
                found.insert(object.value("path").toString(), object);
            }
        }
        return found;
    };
    QCOMPARE(byKind(ours, "add"), byKind(delta, "add"));
    QCOMPARE(byKind(ours, "remove"), byKind(delta, "remove"));
    QCOMPARE(byKind(ours, "add").size(), 4);
    QCOMPARE(byKind(ours, "remove").size(), 2);
    QCOMPARE(ours.at(1).value("metaData"), delta.at(1).value("metaData"));
    QCOMPARE(ours.at(2).value("protocol"), delta.at(2).value("protocol"));
}

// Files are told apart by path and deletion vector: restoring across DELETEs that changed a
// file's vector removes the file with one vector and adds it back with the other.
void tst_EmulatorDeltaHistory::restoreCarriesDeletionVectors()
{
    QVERIFY(copyUpstreamTable("dv-partitioned-with-checkpoint", "/restore/dv"));
    const QString log = logOf("/restore/dv");
    checkRestoreCommit("/restore/dv", 6, 16, restore("/restore/dv", 6),
                       m_emulator->simulatedNowMs());
    checkRestoreCommit("/restore/dv", 1, 17, restore("/restore/dv", 1),
                       m_emulator->simulatedNowMs());
    const QString part0 =
        "part=0/part-00000-8387c699-30b1-4734-a791-9278d560ec19.c000.snappy.parquet";
    QJsonObject added;
    QJsonObject removed;
    for (const QJsonObject &action : actionsOf(log + commitName(17))) {
        if (action.value("add").toObject().value("path").toString() == part0)
            added = action.value("add").toObject();
        if (action.value("remove").toObject().value("path").toString() == part0)
            removed = action.value("remove").toObject();
    }
    QCOMPARE(added.value("deletionVector").toObject().value("pathOrInlineDv").toString(),
             QString("0X9F0q2<2yJ-f)Gm2!e0"));
    QCOMPARE(removed.value("deletionVector").toObject().value("pathOrInlineDv").toString(),
             QString("Zcq?bs*HKQWCB[Sjf[.o"));
    // As written, field for field.
    QFile file(log + commitName(17));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(
        "\"deletionVector\":{\"storageType\":\"u\",\"pathOrInlineDv\":\"0X9F0q2<2yJ-f)Gm2!e0\","
        "\"offset\":1,\"sizeInBytes\":34,\"cardinality\":1}}}\n"));
    QCOMPARE(actionsOf(log + commitName(17)).at(2).value("protocol").toObject(),
             lastAction(log, 15, "protocol"));
}

void tst_EmulatorDeltaHistory::restoreErrors()
{
    QVERIFY(copyUpstreamTable("basic-with-inserts-deletes-checkpoint", "/restore/basic"));
    const QStringList entries = logEntries(logOf("/restore/basic"));
    const auto failed = [&](const QJsonObject &answer, const QString &start,
                            const QString &sqlState) {
        const QString message = errorOf(answer).value("message").toString();
        if (stateOf(answer) != "FAILED" || !message.startsWith(start) ||
            answer.value("status").toObject().value("sql_state").toString() != sqlState) {
            qWarning("%s", QJsonDocument(answer).toJson().constData());
            return false;
        }
        return true;
    };

    // The latest version: Delta's no-op, no rows and no commit.
    const QJsonObject latest = restore("/restore/basic", 13);
    QCOMPARE(stateOf(latest), QString("SUCCEEDED"));
    QCOMPARE(latest.value("manifest").toObject().value("total_row_count").toInt(), 0);
    QCOMPARE(latest.value("manifest")
                 .toObject()
                 .value("schema")
                 .toObject()
                 .value("columns")
                 .toArray()
                 .size(),
             6);
    // Outside the available versions.
    for (const qint64 version : {14LL, 99LL}) {
        const QJsonObject answer = restore("/restore/basic", version);
        QVERIFY(failed(answer, "[DELTA_CANNOT_RESTORE_TABLE_VERSION]", "22003"));
        QCOMPARE(errorOf(answer).value("message").toString(),
                 QString("[DELTA_CANNOT_RESTORE_TABLE_VERSION] Cannot restore table to version "
                         "%1. Available versions: [0, 13]. SQLSTATE: 22003")
                     .arg(version));
    }
    const QJsonObject quoted = run("RESTORE TABLE delta.`/restore/basic` TO VERSION AS OF '-1'");
    QVERIFY(failed(quoted,
                   "[DELTA_CANNOT_RESTORE_TABLE_VERSION] Cannot restore table to version "
                   "-1. Available versions: [0, 13].",
                   "22003"));
    // A minus sign is no integer literal in Spark's grammar.
    const QJsonObject negative = restore("/restore/basic", -1);
    QVERIFY(failed(negative, "[PARSE_SYNTAX_ERROR] Syntax error at or near '-'", "42601"));
    // Not a Delta table: DESCRIBE HISTORY's error.
    for (const QString &path : {QString("/nowhere"), QString("dbfs:/restore")}) {
        const QJsonObject answer = restore(path, 0);
        QVERIFY(failed(answer, "[DELTA_MISSING_DELTA_TABLE]", "42P01"));
        QCOMPARE(errorOf(answer).value("message").toString(),
                 errorOf(history(path)).value("message").toString());
    }
    // A log that no longer starts at version 0 (a Parquet checkpoint holds the state).
    QVERIFY(copyUpstreamTable("checkpoint-cdf-table", "/restore/cdf"));
    const QStringList cdfEntries = logEntries(logOf("/restore/cdf"));
    QVERIFY(failed(restore("/restore/cdf", 4), "[UNSUPPORTED_FEATURE]", "0A000"));
    QVERIFY(errorOf(restore("/restore/cdf", 4)).value("message").toString().contains("version 0"));
    QVERIFY(failed(restore("/restore/cdf", 1),
                   "[DELTA_CANNOT_RESTORE_TABLE_VERSION] Cannot restore table to version 1. "
                   "Available versions: [3, 5].",
                   "22003"));
    // What the emulator does not answer, and syntax.
    QVERIFY(failed(run("RESTORE TABLE delta.`/restore/basic` TO TIMESTAMP AS OF '2024-11-19'"),
                   "[UNSUPPORTED_FEATURE]", "0A000"));
    QVERIFY(failed(run("RESTORE TABLE demo.trips TO VERSION AS OF 1"), "[UNSUPPORTED_FEATURE]",
                   "0A000"));
    for (const char *bad : {"RESTORE TABLE delta.`/restore/basic` TO VERSION 3",
                            "RESTORE TABLE delta.`/restore/basic` TO VERSION AS OF 1.5",
                            "RESTORE TABLE delta.`/restore/basic` TO VERSION AS OF 3 LIMIT 1",
                            "RESTORE TABLE delta.`/restore/basic` TO VERSION AS OF x",
                            "RESTORE TABLE delta.`/restore/basic`", "RESTORE"}) {
        QVERIFY2(failed(run(bad), "[PARSE_SYNTAX_ERROR]", "42601"), bad);
    }
    QCOMPARE(logEntries(logOf("/restore/basic")), entries);
    QCOMPARE(logEntries(logOf("/restore/cdf")), cdfEntries);

    // A gap in the log, a log without metaData, a damaged add line.
    const QByteArray create = commitInfoLine({{"operation", "CREATE TABLE"}}) + metaDataLine({}) +
                              line(QJsonObject{{"protocol", QJsonObject{{"minReaderVersion", 1},
                                                                        {"minWriterVersion", 2}}}});
    for (const qint64 version : {0LL, 1LL, 3LL})
        QVERIFY(writeCommit("/restore/gap", version, create, kBaseMs + version * kMinuteMs));
    QVERIFY(failed(restore("/restore/gap", 1), "[DELTA_VERSIONS_NOT_CONTIGUOUS] Versions (1, 3)",
                   "KD00C"));
    for (int version = 0; version < 3; ++version) {
        QVERIFY(writeCommit("/restore/bare", version, commitInfoLine({{"operation", "WRITE"}}),
                            kBaseMs + version * kMinuteMs));
    }
    QVERIFY(
        failed(restore("/restore/bare", 1), "[DELTA_STATE_RECOVER_ERROR] The protocol", "XXKDS"));
    QVERIFY(writeCommit("/restore/damaged", 0, create, kBaseMs));
    QVERIFY(writeCommit("/restore/damaged", 1,
                        commitInfoLine({{"operation", "WRITE"}}) + "{\"add\":{\"path\":\"a\n",
                        kBaseMs + kMinuteMs));
    QVERIFY(writeCommit("/restore/damaged", 2, commitInfoLine({{"operation", "WRITE"}}),
                        kBaseMs + 2 * kMinuteMs));
    const QJsonObject damaged = restore("/restore/damaged", 0);
    QVERIFY(failed(damaged, "[FAILED_READ_FILE.NO_HINT]", "KD001"));
    QVERIFY(errorOf(damaged).value("message").toString().contains(commitName(1) + "`: line 2"));
    for (const char *table : {"/restore/gap", "/restore/bare", "/restore/damaged"})
        QCOMPARE(logEntries(logOf(table)).size(), 3);
}

void tst_EmulatorDeltaHistory::restoreAcceptedForms()
{
    QString error;
    QVERIFY2(m_emulator->generateDeltaTable("/restore/forms", 12, &error), qPrintable(error));
    const QStringList statements = {
        "restore delta.`dbfs:/restore/forms` version as of 3;",
        "RESTORE TABLE delta.`/restore/forms` VERSION AS OF 5",
        "Restore Table DELTA.`/restore/forms/` to version as of '2'",
        "-- undo\nRESTORE delta.`/restore/forms` TO SYSTEM_VERSION AS OF 0 /* all */ ;"};
    for (const QString &statement : statements)
        QVERIFY2(stateOf(run(statement)) == "SUCCEEDED", qPrintable(statement));
    const QJsonArray rows = rowsOf(history("/restore/forms", " LIMIT 4"));
    QCOMPARE(columnOf(rows, 0), QStringList({"15", "14", "13", "12"}));
    QCOMPARE(columnOf(rows, 4), QStringList({"RESTORE", "RESTORE", "RESTORE", "RESTORE"}));
    QStringList versions;
    for (const QJsonValue &row : rows)
        versions.append(
            parsedLine(row.toArray().at(5).toString().toUtf8()).value("version").toString());
    QCOMPARE(versions, QStringList({"0", "2", "5", "3"}));
    const QString log = logOf("/restore/forms");
    QCOMPARE(withoutDataChange(liveFilesAt(log, 15)), withoutDataChange(liveFilesAt(log, 0)));
}

// The commit file's name is taken only if free: a commit already there (here a folder with its
// name, which the log listing passes by) fails the RESTORE as a concurrent write.
void tst_EmulatorDeltaHistory::restoreNeverOverwritesACommit()
{
    QString error;
    QVERIFY2(m_emulator->generateDeltaTable("/restore/race", 6, &error), qPrintable(error));
    const QString log = logOf("/restore/race");
    QVERIFY(QDir().mkpath(log + commitName(6)));
    const QJsonObject answer = restore("/restore/race", 2);
    QCOMPARE(stateOf(answer), QString("FAILED"));
    QCOMPARE(answer.value("status").toObject().value("sql_state").toString(), QString("2D521"));
    const QString message = errorOf(answer).value("message").toString();
    QVERIFY2(message.startsWith("[DELTA_CONCURRENT_WRITE] Transaction conflict detected.") &&
                 message.contains("version 6 of `/restore/race`"),
             qPrintable(message));
    QVERIFY(QFileInfo(log + commitName(6)).isDir());
    QCOMPARE(logEntries(log).size(), 7); // versions 0 to 5 and the folder: nothing left over
    QCOMPARE(rowsOf(history("/restore/race")).size(), 6);
    QVERIFY(QDir(log + commitName(6)).removeRecursively());
    checkRestoreCommit("/restore/race", 2, 6, restore("/restore/race", 2),
                       m_emulator->simulatedNowMs() - 1000);

    // The writer itself: a new name is written whole with its time; a taken one is left alone.
    const qint64 time = kBaseMs + 42;
    QVERIFY(writeDeltaCommitFile(log, 7, "first\n", time, &error) == DeltaCommitWrite::Written);
    QCOMPARE(QFileInfo(log + commitName(7)).lastModified().toMSecsSinceEpoch(), time);
    QVERIFY(writeDeltaCommitFile(log, 7, "second\n", time, &error) ==
            DeltaCommitWrite::AlreadyExists);
    QFile seven(log + commitName(7));
    QVERIFY(seven.open(QIODevice::ReadOnly));
    QCOMPARE(seven.readAll(), QByteArray("first\n"));
    QVERIFY(writeDeltaCommitFile(local("/restore/none/_delta_log"), 0, "x", time, &error) ==
            DeltaCommitWrite::Failed);
    QVERIFY(!error.isEmpty());
    for (const QString &entry : logEntries(log))
        QVERIFY2(!entry.startsWith('.'), qPrintable(entry));
}

// However it is waited for, one RESTORE statement writes one commit.
void tst_EmulatorDeltaHistory::restoreRunsOncePerStatement()
{
    QString error;
    QVERIFY2(m_emulator->generateDeltaTable("/restore/once", 10, &error), qPrintable(error));
    const QString log = logOf("/restore/once");
    const auto statementState = [this](const QString &id) {
        return stateOf(m_client->get(kStatements + "/" + id).json);
    };

    // Not waited for, run later, polled.
    m_emulator->setSqlExecutionDelayMs(200);
    const QJsonObject submitted = restore("/restore/once", 4, {{"wait_timeout", "0s"}});
    const QString id = submitted.value("statement_id").toString();
    QVERIFY(stateOf(submitted) == "PENDING" || stateOf(submitted) == "RUNNING");
    QVERIFY(QTest::qWaitFor([&] { return statementState(id) == "SUCCEEDED"; }, 5000));
    m_emulator->setSqlExecutionDelayMs(0);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject again = m_client->get(kStatements + "/" + id).json;
        QCOMPARE(rowsOf(again).size(), 1);
    }
    QTest::qWait(300);
    QCOMPARE(logEntries(log).size(), 11);

    // On a stopped warehouse: pending until it has started, then run once.
    const HttpResult pending = m_client->post(
        kStatements,
        QJsonObject{{"statement", "RESTORE TABLE delta.`/restore/once` TO VERSION AS OF 7"},
                    {"warehouse_id", "a3c9e1f07b2d4e68"},
                    {"wait_timeout", "0s"}});
    QCOMPARE(pending.status, 200);
    QCOMPARE(stateOf(pending.json), QString("PENDING"));
    const QString later = pending.json.value("statement_id").toString();
    m_emulator->setTimeScale(200.0);
    QVERIFY(QTest::qWaitFor([&] { return statementState(later) == "SUCCEEDED"; }, 10000));
    m_emulator->setTimeScale(1.0);
    QTest::qWait(300);
    QCOMPARE(statementState(later), QString("SUCCEEDED"));
    QCOMPARE(logEntries(log).size(), 12);
    const QJsonArray rows = rowsOf(history("/restore/once", " LIMIT 3"));
    QCOMPARE(columnOf(rows, 4), QStringList({"RESTORE", "RESTORE", columnOf(rows, 4).at(2)}));
    QCOMPARE(columnOf(rows, 9), QStringList({"10", "9", columnOf(rows, 9).at(2)}));
    QCOMPARE(withoutDataChange(liveFilesAt(log, 11)), withoutDataChange(liveFilesAt(log, 7)));
}

QTEST_GUILESS_MAIN(tst_EmulatorDeltaHistory)
#include "tst_emulator_deltahistory.moc"

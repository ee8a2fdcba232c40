// The SQL editor's core pieces that need no workspace: splitting a text into statements (with
// the offsets that map a server's error position back), the CSV/TSV/JSON writers, the query
// history on disk, and the completion words.
#include "QueryHistory.h"
#include "ResultExporter.h"
#include "SparkSqlWords.h"
#include "SqlCompletionWords.h"
#include "StatementSplitter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace brickdesk;
namespace split = brickdesk::statementSplitter;

namespace {

QStringList texts(const QList<SqlStatement> &statements)
{
    QStringList list;
    for (const SqlStatement &statement : statements)
        list.append(statement.text);
    return list;
}

ResultColumn column(const QString &name, const QString &type, int position)
{
    ResultColumn c;
    c.name = name;
    c.typeName = type;
    c.typeText = type;
    c.position = position;
    return c;
}

// id LONG, name STRING, price DECIMAL, ok BOOLEAN; rows:
//   1, "plain", 1.50, true
//   2, "" (empty), NULL, false
//   3, NULL, -0.25, NULL
//   4, "a,b \"q\"\nline2\ttab\\", 1e3, true
ResultManifest sampleManifest()
{
    ResultManifest manifest;
    manifest.format = QStringLiteral("JSON_ARRAY");
    manifest.columns = {column("id", "LONG", 0), column("name", "STRING", 1),
                        column("price", "DECIMAL", 2), column("ok", "BOOLEAN", 3)};
    manifest.totalChunkCount = 1;
    manifest.totalRowCount = 4;
    manifest.chunks = {{0, 0, 4, 100}};
    return manifest;
}

ResultChunk sampleChunk()
{
    ResultChunk chunk(4, 4);
    chunk.set(0, 0, "1");
    chunk.set(0, 1, "plain");
    chunk.set(0, 2, "1.50");
    chunk.set(0, 3, "true");
    chunk.set(1, 0, "2");
    chunk.set(1, 1, "");
    chunk.setNull(1, 2);
    chunk.set(1, 3, "false");
    chunk.set(2, 0, "3");
    chunk.setNull(2, 1);
    chunk.set(2, 2, "-0.25");
    chunk.setNull(2, 3);
    chunk.set(3, 0, "4");
    chunk.set(3, 1, "a,b \"q\"\nline2\ttab\\");
    chunk.set(3, 2, "1e3");
    chunk.set(3, 3, "true");
    return chunk;
}

QByteArray exportSample(ExportFormat format)
{
    const ResultManifest manifest = sampleManifest();
    return resultFormat::header(format, manifest) +
           resultFormat::rows(format, manifest, sampleChunk(), 0) + resultFormat::footer(format, 4);
}

QueryHistoryEntry entry(const QString &text, const QString &status = "SUCCEEDED")
{
    QueryHistoryEntry e;
    e.text = text;
    e.warehouseId = "abc123";
    e.warehouseName = "Demo Serverless";
    e.startedAt = QDateTime(QDate(2024, 5, 17), QTime(10, 30, 15, 250), Qt::UTC);
    e.durationMs = 1234;
    e.rows = 42;
    e.status = status;
    return e;
}

} // namespace

class TestSqlCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsOnSemicolonsOutsideStringsAndComments_data();
    void splitsOnSemicolonsOutsideStringsAndComments();
    void statementsKeepOffsetsLinesAndColumns();
    void unterminatedStringRunsToTheEnd();
    void statementUnderTheCursor();
    void selectionIsSplitWithDocumentOffsets();
    void errorPositionMapsBackIntoTheText();
    void readOnlyStatementsAreToldApart();

    void csvQuotesAsRfc4180AndKeepsNullApartFromEmpty();
    void tsvEscapesAndWritesNullAsBackslashN();
    void jsonTypesValuesByColumnType();
    void jsonKeysOfRepeatedColumnsAreUnique();
    void exporterWritesAnInlineResultAndCommitsAtTheEnd();
    void exporterOfAnEmptyResultWritesTheHeader();
    void cancelledExportLeavesNoFile();
    void exportToAnUnwritablePlaceFails();

    void historyRoundTripsThroughItsFile();
    void historyIsCappedNewestFirst();
    void historySearchesTextWarehouseAndError();
    void historyNeverHoldsATokenOrRows();
    void historyFilesAreSeparatePerProfile();
    void historyWithABrokenFileStartsEmpty();

    void completionHasKeywordsAndFunctions();
    void completionLearnsColumnsFromManifests();
    void completionLearnsTablesFromShowTables();
    void completionLearnsColumnsFromDescribeAndIgnoresNonIdentifiers();
};

void TestSqlCore::splitsOnSemicolonsOutsideStringsAndComments_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two") << "SELECT 1; SELECT 2;" << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("no final semicolon")
        << "SELECT 1;\nSELECT 2" << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("single quotes")
        << "SELECT 'a;b' AS x; SELECT 2" << QStringList{"SELECT 'a;b' AS x", "SELECT 2"};
    QTest::newRow("double quotes")
        << "SELECT \"a;b\"; SELECT 2" << QStringList{"SELECT \"a;b\"", "SELECT 2"};
    QTest::newRow("backticks") << "SELECT `we;ird` FROM t; SELECT 2"
                               << QStringList{"SELECT `we;ird` FROM t", "SELECT 2"};
    QTest::newRow("escaped quote")
        << "SELECT 'it\\'s; fine'; SELECT 2" << QStringList{"SELECT 'it\\'s; fine'", "SELECT 2"};
    QTest::newRow("doubled quote")
        << "SELECT 'it''s; fine'; SELECT 2" << QStringList{"SELECT 'it''s; fine'", "SELECT 2"};
    QTest::newRow("escaped backslash ends string")
        << "SELECT 'a\\\\'; SELECT 'b'" << QStringList{"SELECT 'a\\\\'", "SELECT 'b'"};
    QTest::newRow("raw string keeps backslash")
        << "SELECT r'C:\\'; SELECT 2" << QStringList{"SELECT r'C:\\'", "SELECT 2"};
    QTest::newRow("line comment") << "SELECT 1 -- no; split here\n; SELECT 2"
                                  << QStringList{"SELECT 1 -- no; split here", "SELECT 2"};
    QTest::newRow("block comment")
        << "SELECT /* a; b */ 1; SELECT 2" << QStringList{"SELECT /* a; b */ 1", "SELECT 2"};
    QTest::newRow("nested block comment")
        << "SELECT /* a /* b; */ c; */ 1; SELECT 2"
        << QStringList{"SELECT /* a /* b; */ c; */ 1", "SELECT 2"};
    QTest::newRow("quote in comment")
        << "SELECT 1 -- it's\n; SELECT 2" << QStringList{"SELECT 1 -- it's", "SELECT 2"};
    QTest::newRow("comment only pieces dropped")
        << "-- header\n;;  ;\nSELECT 1;\n/* trailing */" << QStringList{"SELECT 1"};
    QTest::newRow("dollar body")
        << "CREATE FUNCTION f() RETURNS INT LANGUAGE PYTHON AS $$ return 1; $$; SELECT f()"
        << QStringList{"CREATE FUNCTION f() RETURNS INT LANGUAGE PYTHON AS $$ return 1; $$",
                       "SELECT f()"};
    QTest::newRow("unterminated comment") << "SELECT 1; SELECT /* open; SELECT 3"
                                          << QStringList{"SELECT 1", "SELECT /* open; SELECT 3"};
    QTest::newRow("empty") << "" << QStringList{};
    QTest::newRow("blank") << "  \n\t ;" << QStringList{};
}

void TestSqlCore::splitsOnSemicolonsOutsideStringsAndComments()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    const QList<SqlStatement> statements = split::split(sql);
    QCOMPARE(texts(statements), expected);
    for (const SqlStatement &statement : statements) {
        QCOMPARE(sql.mid(statement.start, statement.length), statement.text);
        QCOMPARE(statement.length, statement.text.size());
    }
}

void TestSqlCore::statementsKeepOffsetsLinesAndColumns()
{
    const QString sql = "SELECT 1;\n\n  SELECT\n    2 ;  SELECT 'x;y'\n";
    const QList<SqlStatement> statements = split::split(sql);
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements[0].start, 0);
    QCOMPARE(statements[0].line, 1);
    QCOMPARE(statements[0].column, 0);
    QCOMPARE(statements[1].text, QString("SELECT\n    2"));
    QCOMPARE(statements[1].start, 13);
    QCOMPARE(statements[1].line, 3);
    QCOMPARE(statements[1].column, 2);
    QCOMPARE(statements[2].text, QString("SELECT 'x;y'"));
    QCOMPARE(statements[2].start, sql.indexOf("SELECT 'x"));
    QCOMPARE(statements[2].line, 4);
    QCOMPARE(statements[2].column, 9);
    int line = 0;
    int column = 0;
    split::lineAndColumn(sql, statements[2].start, &line, &column);
    QCOMPARE(line, 4);
    QCOMPARE(column, 9);
}

void TestSqlCore::unterminatedStringRunsToTheEnd()
{
    const QString sql = "SELECT 1;\nSELECT 'open; SELECT 2;\nSELECT 3";
    const QList<SqlStatement> statements = split::split(sql);
    QCOMPARE(texts(statements), (QStringList{"SELECT 1", "SELECT 'open; SELECT 2;\nSELECT 3"}));
    QCOMPARE(statements[1].start, 10);
    QCOMPARE(statements[1].line, 2);
    QCOMPARE(statements[1].end(), sql.size());
    // The same for an unterminated identifier and a backslash at the very end.
    QCOMPARE(texts(split::split("SELECT `a; b")), QStringList{"SELECT `a; b"});
    QCOMPARE(texts(split::split("SELECT 'a\\")), QStringList{"SELECT 'a\\"});
}

void TestSqlCore::statementUnderTheCursor()
{
    const QString sql = "SELECT 1;\n\nSELECT 2 ;\n-- note\nSELECT 3";
    const auto at = [&](int position) {
        const auto statement = split::statementAt(sql, position);
        return statement ? statement->text : QString("<none>");
    };
    QCOMPARE(at(0), QString("SELECT 1"));
    QCOMPARE(at(4), QString("SELECT 1"));
    QCOMPARE(at(8), QString("SELECT 1"));                     // just before ';'
    QCOMPARE(at(9), QString("SELECT 1"));                     // just after ';'
    QCOMPARE(at(10), QString("SELECT 1"));                    // the empty line after it
    QCOMPARE(at(11), QString("SELECT 2"));                    // the start of the next
    QCOMPARE(at(sql.indexOf(" ;") + 1), QString("SELECT 2")); // between the text and its ';'
    // A comment before a statement is its head (the server counts its lines from there).
    QCOMPARE(at(sql.indexOf("note")), QString("-- note\nSELECT 3"));
    QCOMPARE(at(sql.indexOf("-- note") - 1), QString("SELECT 2")); // the line end before it
    QCOMPARE(at(sql.size()), QString("-- note\nSELECT 3"));
    QVERIFY(!split::statementAt("  \n-- nothing", 3).has_value());
    // Touching two statements: the one that starts here.
    QCOMPARE(split::statementAt("SELECT 1;SELECT 2", 9)->text, QString("SELECT 2"));
    // Before the first statement.
    QCOMPARE(split::statementAt("\n\n  SELECT 1", 0)->text, QString("SELECT 1"));
}

void TestSqlCore::selectionIsSplitWithDocumentOffsets()
{
    const QString sql = "SELECT 0;\nSELECT 1;\nSELECT 2;\nSELECT 3;";
    const int from = sql.indexOf("SELECT 1");
    const int to = sql.indexOf("SELECT 3");
    const QList<SqlStatement> statements = split::split(sql, from, to);
    QCOMPARE(texts(statements), (QStringList{"SELECT 1", "SELECT 2"}));
    QCOMPARE(statements[0].start, from);
    QCOMPARE(statements[0].line, 2);
    QCOMPARE(statements[1].line, 3);
    QCOMPARE(statements[1].column, 0);
    // Part of a statement is what was selected, as typed.
    const QList<SqlStatement> part = split::split(sql, sql.indexOf("1;"), sql.indexOf("1;") + 1);
    QCOMPARE(texts(part), QStringList{"1"});
}

void TestSqlCore::errorPositionMapsBackIntoTheText()
{
    const QString sql = "SELECT 1;\n-- the broken one:\n  SELECT a,\n         b FORM t;\nSELECT 3";
    const QList<SqlStatement> statements = split::split(sql);
    QCOMPARE(statements.size(), 3);
    const SqlStatement &broken = statements[1];
    // Comments before a statement belong to it: the server counts lines from there.
    QCOMPARE(broken.text, QString("-- the broken one:\n  SELECT a,\n         b FORM t"));
    QCOMPARE(broken.line, 2);
    // "line 3, pos 11" is the 'FORM' of the statement's third line.
    const int offset = split::offsetOf(sql, broken, 3, 11);
    QCOMPARE(sql.mid(offset, 4), QString("FORM"));
    int line = 0;
    int column = 0;
    split::lineAndColumn(sql, offset, &line, &column);
    QCOMPARE(line, 4);
    QCOMPARE(column, 11);
    QCOMPARE(split::offsetOf(sql, broken, 1, 0), broken.start);
    QCOMPARE(split::offsetOf(sql, broken, 0, -1), broken.start);            // unknown position
    QCOMPARE(split::offsetOf(sql, broken, 2, 500), sql.indexOf(",\n") + 1); // end of that line
    QCOMPARE(split::offsetOf(sql, broken, 9, 0), broken.end());             // past the statement
    // A statement that is not at column 0: its first line counts from its own start.
    const QString indented = "SELECT 1;   SELECT * FORM x";
    const SqlStatement second = split::split(indented).at(1);
    QCOMPARE(indented.mid(split::offsetOf(indented, second, 1, 9), 4), QString("FORM"));
}

void TestSqlCore::readOnlyStatementsAreToldApart()
{
    QCOMPARE(split::keywords("SELECT a1, 'x y' FROM `b c` -- d\n/* e */ WHERE 1.5e3 > x"),
             (QStringList{"SELECT", "A1", "FROM", "WHERE", "X"}));
    for (const char *reading :
         {"SELECT * FROM t", "-- a comment first\n  select 1", "(SELECT 1) UNION (SELECT 2)",
          "WITH a AS (SELECT 1) SELECT * FROM a", "SHOW CREATE TABLE demo.trips",
          "DESCRIBE demo.trips", "SELECT 'delete me' AS x", "SELECT `drop` FROM t",
          "SELECT replace(a, 'x', 'y') FROM t", "EXPLAIN DELETE FROM t", "USE demo",
          "VALUES (1), (2)", "SELECT update_time FROM t", "SELECT r'x\\' , R\"drop\" FROM t"})
        QVERIFY2(split::isReadOnly(reading), reading);
    for (const char *changing :
         {"DELETE FROM t", "drop table t", "WITH a AS (SELECT 1) INSERT INTO t SELECT * FROM a",
          "CREATE OR REPLACE TABLE t AS SELECT 1", "MERGE INTO t USING s ON t.id = s.id",
          "OPTIMIZE t", "CALL something()", "/* SELECT */ TRUNCATE TABLE t", "", "-- only",
          // A raw string ends at its quote: the backslash escapes nothing.
          "WITH a AS (SELECT r'C:\\') INSERT INTO prod.t SELECT * FROM a"})
        QVERIFY2(!split::isReadOnly(changing), changing);
}

void TestSqlCore::csvQuotesAsRfc4180AndKeepsNullApartFromEmpty()
{
    QCOMPARE(resultFormat::csvField("plain", false), QByteArray("plain"));
    QCOMPARE(resultFormat::csvField("", false), QByteArray("\"\""));
    QCOMPARE(resultFormat::csvField("", true), QByteArray(""));
    QCOMPARE(resultFormat::csvField("a,b", false), QByteArray("\"a,b\""));
    QCOMPARE(resultFormat::csvField("say \"hi\"", false), QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(resultFormat::csvField("two\nlines", false), QByteArray("\"two\nlines\""));
    QCOMPARE(resultFormat::csvField("cr\r", false), QByteArray("\"cr\r\""));
    QCOMPARE(resultFormat::csvField("zoë", false), QString("zoë").toUtf8());
    QCOMPARE(exportSample(ExportFormat::Csv),
             QByteArray("id,name,price,ok\r\n"
                        "1,plain,1.50,true\r\n"
                        "2,\"\",,false\r\n"
                        "3,,-0.25,\r\n"
                        "4,\"a,b \"\"q\"\"\nline2\ttab\\\",1e3,true\r\n"));
}

void TestSqlCore::tsvEscapesAndWritesNullAsBackslashN()
{
    QCOMPARE(resultFormat::tsvField("a\tb\nc\\d\re", false), QByteArray("a\\tb\\nc\\\\d\\re"));
    QCOMPARE(resultFormat::tsvField("", false), QByteArray(""));
    QCOMPARE(resultFormat::tsvField("", true), QByteArray("\\N"));
    QCOMPARE(resultFormat::tsvField("\\N", false), QByteArray("\\\\N")); // not a NULL
    QCOMPARE(exportSample(ExportFormat::Tsv),
             QByteArray("id\tname\tprice\tok\n"
                        "1\tplain\t1.50\ttrue\n"
                        "2\t\t\\N\tfalse\n"
                        "3\t\\N\t-0.25\t\\N\n"
                        "4\ta,b \"q\"\\nline2\\ttab\\\\\t1e3\ttrue\n"));
}

void TestSqlCore::jsonTypesValuesByColumnType()
{
    const QByteArray text = exportSample(ExportFormat::Json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].toObject(),
             (QJsonObject{{"id", 1}, {"name", "plain"}, {"price", 1.5}, {"ok", true}}));
    QCOMPARE(rows[1].toObject().value("name"), QJsonValue(""));
    QCOMPARE(rows[1].toObject().value("price"), QJsonValue(QJsonValue::Null));
    QVERIFY(rows[1].toObject().contains("price"));
    QCOMPARE(rows[1].toObject().value("ok"), QJsonValue(false));
    QCOMPARE(rows[2].toObject().value("name"), QJsonValue(QJsonValue::Null));
    QCOMPARE(rows[2].toObject().value("price"), QJsonValue(-0.25));
    QCOMPARE(rows[3].toObject().value("name"), QJsonValue("a,b \"q\"\nline2\ttab\\"));
    QCOMPARE(rows[3].toObject().value("price"), QJsonValue(1000));
    // The raw text keeps the number as the server wrote it (no float round trip).
    QVERIFY(text.contains("\"price\":1.50"));
    QVERIFY(text.startsWith("[\n{\"id\":1,"));
    QVERIFY(text.endsWith("}\n]\n"));
    // A number column holding what JSON cannot say stays a string; so does a non-boolean.
    const ResultColumn real = column("x", "DOUBLE", 0);
    QCOMPARE(resultFormat::jsonValue(real, "NaN", false), QByteArray("\"NaN\""));
    QCOMPARE(resultFormat::jsonValue(real, "Infinity", false), QByteArray("\"Infinity\""));
    QCOMPARE(resultFormat::jsonValue(real, ".5", false), QByteArray("\".5\""));
    QCOMPARE(resultFormat::jsonValue(real, "01", false), QByteArray("\"01\""));
    QCOMPARE(resultFormat::jsonValue(real, "-12.5E-3", false), QByteArray("-12.5E-3"));
    QCOMPARE(resultFormat::jsonValue(column("s", "STRING", 0), "12", false), QByteArray("\"12\""));
    QCOMPARE(resultFormat::jsonValue(column("b", "BOOLEAN", 0), "maybe", false),
             QByteArray("\"maybe\""));
    QCOMPARE(resultFormat::jsonString(QString("\x01") + "é"), QByteArray("\"\\u0001é\""));
    // An empty result is an empty array.
    ResultManifest empty = sampleManifest();
    empty.totalRowCount = 0;
    const QByteArray none = resultFormat::header(ExportFormat::Json, empty) +
                            resultFormat::footer(ExportFormat::Json, 0);
    QCOMPARE(QJsonDocument::fromJson(none).array(), QJsonArray());
}

void TestSqlCore::jsonKeysOfRepeatedColumnsAreUnique()
{
    const QList<ResultColumn> columns = {column("id", "LONG", 0), column("id", "LONG", 1),
                                         column("id_2", "LONG", 2), column("id", "LONG", 3)};
    QCOMPARE(resultFormat::jsonKeys(columns), (QStringList{"id", "id_3", "id_2", "id_4"}));
}

void TestSqlCore::exporterWritesAnInlineResultAndCommitsAtTheEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Tsv, ExportFormat::Json}) {
        const QString path = dir.filePath("result." + exportFormatExtension(format));
        // No client: the only chunk is the one the statement answer brought.
        ResultExporter exporter(nullptr, "01ef-abc", sampleManifest(), format, path, sampleChunk());
        QSignalSpy progress(&exporter, &ResultExporter::progress);
        QSignalSpy finished(&exporter, &ResultExporter::finished);
        exporter.start();
        QVERIFY(!QFile::exists(path)); // nothing until the end
        QVERIFY(finished.wait(5000));
        QCOMPARE(exporter.state(), ResultExporter::State::Succeeded);
        QCOMPARE(exporter.rowsWritten(), 4);
        QCOMPARE(progress.last().at(0).toLongLong(), 4);
        QCOMPARE(progress.last().at(1).toLongLong(), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exportSample(format));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

void TestSqlCore::exporterOfAnEmptyResultWritesTheHeader()
{
    QTemporaryDir dir;
    ResultManifest manifest = sampleManifest();
    manifest.totalRowCount = 0;
    manifest.totalChunkCount = 0;
    manifest.chunks.clear();
    const QString path = dir.filePath("empty.csv");
    ResultExporter exporter(nullptr, "01ef-abc", manifest, ExportFormat::Csv, path);
    QSignalSpy finished(&exporter, &ResultExporter::finished);
    exporter.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(exporter.state(), ResultExporter::State::Succeeded);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("id,name,price,ok\r\n"));
}

void TestSqlCore::cancelledExportLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("cancelled.csv");
    ResultExporter exporter(nullptr, "01ef-abc", sampleManifest(), ExportFormat::Csv, path,
                            sampleChunk());
    QSignalSpy finished(&exporter, &ResultExporter::finished);
    exporter.start();
    exporter.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(exporter.state(), ResultExporter::State::Canceled);
    QTest::qWait(50); // the queued first step must do nothing now
    QCOMPARE(finished.size(), 1);
    QVERIFY(QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TestSqlCore::exportToAnUnwritablePlaceFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("no/such/folder/x.csv");
    ResultExporter exporter(nullptr, "01ef-abc", sampleManifest(), ExportFormat::Csv, path,
                            sampleChunk());
    QSignalSpy finished(&exporter, &ResultExporter::finished);
    exporter.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(exporter.state(), ResultExporter::State::Failed);
    QVERIFY2(exporter.errorString().contains(path), qPrintable(exporter.errorString()));
    QVERIFY(!QFile::exists(path));
}

void TestSqlCore::historyRoundTripsThroughItsFile()
{
    QTemporaryDir dir;
    QueryHistoryEntry failed = entry("SELECT * FORM t", "FAILED");
    failed.rows = -1;
    failed.errorMessage = "[PARSE_SYNTAX_ERROR] Syntax error at or near 'FORM'. (line 1, pos 9)";
    {
        QueryHistory history("dev", dir.path());
        QSignalSpy added(&history, &QueryHistory::entryAdded);
        history.add(entry("SELECT 1"));
        history.add(failed);
        QCOMPARE(added.size(), 2);
        QVERIFY(history.flush());
        QVERIFY(QFile::exists(history.filePath()));
        QVERIFY(history.filePath().startsWith(dir.path()));
    }
    QueryHistory reread("dev", dir.path());
    QCOMPARE(reread.loadError(), QString());
    QCOMPARE(reread.count(), 2);
    QCOMPARE(reread.at(0), failed); // newest first
    QCOMPARE(reread.at(1), entry("SELECT 1"));
    QCOMPARE(reread.at(1).startedAt.time().msec(), 250);
    reread.remove(0);
    QVERIFY(reread.flush());
    QCOMPARE(QueryHistory("dev", dir.path()).count(), 1);
    reread.clear();
    QVERIFY(reread.flush());
    QCOMPARE(QueryHistory("dev", dir.path()).count(), 0);

    // A file that cannot be read is kept aside, never overwritten by the next save.
    const QString path = dir.filePath(QueryHistory::fileNameFor("broken"));
    {
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{\"entries\": [ truncated");
    }
    QueryHistory broken("broken", dir.path());
    QVERIFY2(broken.loadError().contains("kept as"), qPrintable(broken.loadError()));
    broken.add(entry("SELECT 2"));
    QVERIFY(broken.flush());
    QFile aside(path + ".unreadable");
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray("{\"entries\": [ truncated"));
    QCOMPARE(QueryHistory("broken", dir.path()).count(), 1);
}

void TestSqlCore::historyIsCappedNewestFirst()
{
    QTemporaryDir dir;
    QueryHistory history("dev", dir.path());
    QSignalSpy trimmed(&history, &QueryHistory::entriesTrimmed);
    for (int i = 0; i < QueryHistory::kMaxEntries + 5; ++i)
        history.add(entry(QString("SELECT %1").arg(i)));
    QCOMPARE(history.count(), QueryHistory::kMaxEntries);
    QCOMPARE(trimmed.size(), 5);
    QCOMPARE(history.at(0).text, QString("SELECT 1004"));
    QCOMPARE(history.at(QueryHistory::kMaxEntries - 1).text, QString("SELECT 5"));
    QVERIFY(history.flush());
    QueryHistory reread("dev", dir.path());
    QCOMPARE(reread.count(), QueryHistory::kMaxEntries);
    QCOMPARE(reread.at(0).text, QString("SELECT 1004"));
    // A huge statement keeps its start only, and says so.
    history.add(entry(QString(QueryHistory::kMaxTextChars + 10, QLatin1Char('x'))));
    QCOMPARE(history.at(0).text.size(), QueryHistory::kMaxTextChars);
    QVERIFY(history.at(0).textTruncated);
}

void TestSqlCore::historySearchesTextWarehouseAndError()
{
    QTemporaryDir dir;
    QueryHistory history("dev", dir.path());
    history.add(entry("SELECT * FROM demo.trips"));
    QueryHistoryEntry other = entry("select count(*) from demo.orders");
    other.warehouseName = "Reporting (Pro)";
    history.add(other);
    QueryHistoryEntry failed = entry("SELECT nope", "FAILED");
    failed.errorMessage = "UNRESOLVED_COLUMN: nope";
    history.add(failed);
    QCOMPARE(history.search(""), (QList<int>{0, 1, 2}));
    QCOMPARE(history.search("DEMO."), (QList<int>{1, 2}));
    QCOMPARE(history.search("trips"), QList<int>{2});
    QCOMPARE(history.search("reporting"), QList<int>{1});
    QCOMPARE(history.search("unresolved"), QList<int>{0});
    QCOMPARE(history.search("  orders "), QList<int>{1});
    QCOMPARE(history.search("nothing like it"), QList<int>{});
}

void TestSqlCore::historyNeverHoldsATokenOrRows()
{
    QTemporaryDir dir;
    // Shaped like a personal access token only at run time: no token-like literal in the source.
    const QString pat = QStringLiteral("dapi") + QString(32, QLatin1Char('f'));
    const QString jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXNpZ25lZA";
    QueryHistory history("dev", dir.path());
    QueryHistoryEntry e = entry("CREATE CONNECTION c TYPE x OPTIONS (token '" + pat + "')");
    e.errorMessage = "refused Authorization: Bearer " + jwt;
    history.add(e);
    history.add(entry("SET my.conf = '" + jwt + "'"));
    QVERIFY(history.flush());
    QFile file(history.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(pat.toUtf8()));
    QVERIFY(!bytes.contains(pat.mid(4).toUtf8()));
    QVERIFY(!bytes.contains(jwt.toUtf8()));
    QVERIFY(!bytes.contains("c2lnbmF0dXJl"));
    QVERIFY(bytes.contains("OPTIONS (token 'dapi…(masked)')"));
    QVERIFY(!(QFile::permissions(history.filePath()) & (QFile::ReadOther | QFile::ReadGroup)));
    // Only what an entry is: no rows, no result, no connection details.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.keys(), (QStringList{"entries", "profile", "version"}));
    const QStringList allowed = {"text",           "text_truncated", "warehouse_id",
                                 "warehouse_name", "started_at",     "duration_ms",
                                 "rows",           "status",         "error"};
    const QJsonArray entries = root.value("entries").toArray();
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue &value : entries) {
        for (const QString &key : value.toObject().keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
    }
    QCOMPARE(entries[0].toObject().value("text").toString(),
             QString("SET my.conf = 'eyJ…(masked)'"));
    QCOMPARE(QueryHistory::maskSecrets("no secret here; SELECT 'dapi'"),
             QString("no secret here; SELECT 'dapi'"));
}

void TestSqlCore::historyFilesAreSeparatePerProfile()
{
    QTemporaryDir dir;
    QVERIFY(QueryHistory::fileNameFor("a/b") != QueryHistory::fileNameFor("a b"));
    QVERIFY(QueryHistory::fileNameFor("../../etc/passwd").startsWith("______etc_passwd-"));
    QVERIFY(!QueryHistory::fileNameFor("../x").contains('/'));
    QVERIFY(QueryHistory::fileNameFor("dev").endsWith(".json"));
    QVERIFY(QueryHistory::defaultDirectory().endsWith("/query-history"));
    {
        QueryHistory dev("dev", dir.path());
        QueryHistory prod("acme prod", dir.path());
        dev.add(entry("SELECT 'dev'"));
        prod.add(entry("SELECT 'prod'"));
    } // written when they go
    QCOMPARE(QueryHistory("dev", dir.path()).at(0).text, QString("SELECT 'dev'"));
    QCOMPARE(QueryHistory("acme prod", dir.path()).at(0).text, QString("SELECT 'prod'"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void TestSqlCore::historyWithABrokenFileStartsEmpty()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QueryHistory::fileNameFor("dev")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    QueryHistory history("dev", dir.path());
    QCOMPARE(history.count(), 0);
    QVERIFY(!history.loadError().isEmpty());
    history.add(entry("SELECT 1"));
    QVERIFY(history.flush());
    QCOMPARE(QueryHistory("dev", dir.path()).count(), 1);
}

void TestSqlCore::completionHasKeywordsAndFunctions()
{
    SqlCompletionWords words;
    const QStringList all = words.words();
    QVERIFY(all.contains("SELECT"));
    QVERIFY(all.contains("QUALIFY"));
    QVERIFY(all.contains("date_trunc"));
    QVERIFY(all.contains("BIGINT"));
    QCOMPARE(all.size(), QSet<QString>(all.cbegin(), all.cend()).size());
    // Sorted without regard to case, for QCompleter::CaseInsensitivelySortedModel.
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all[i - 1].compare(all[i], Qt::CaseInsensitive) <= 0, qPrintable(all[i]));
    QCOMPARE(words.learnedCount(), 0);
}

void TestSqlCore::completionLearnsColumnsFromManifests()
{
    SqlCompletionWords words;
    QSignalSpy changed(&words, &SqlCompletionWords::wordsChanged);
    ResultManifest manifest = sampleManifest();
    manifest.columns.append(column("count(1)", "LONG", 4)); // not an identifier
    words.learnResult(manifest);
    QCOMPARE(words.columns(), (QStringList{"id", "name", "ok", "price"}));
    QCOMPARE(changed.size(), 1); // one signal for the whole result
    QVERIFY(words.words().contains("price"));
    words.learnResult(manifest);
    QCOMPARE(changed.size(), 1); // nothing new
    words.forgetLearned();
    QCOMPARE(changed.size(), 2);
    QVERIFY(!words.words().contains("price"));
}

void TestSqlCore::completionLearnsTablesFromShowTables()
{
    SqlCompletionWords words;
    for (const char *schemaColumn : {"database", "namespace"}) {
        ResultManifest manifest;
        manifest.columns = {column(schemaColumn, "STRING", 0), column("tableName", "STRING", 1),
                            column("isTemporary", "BOOLEAN", 2)};
        manifest.totalRowCount = 2;
        ResultChunk rows(3, 2);
        rows.set(0, 0, schemaColumn == QByteArray("database") ? "demo" : "sales");
        rows.set(0, 1, "trips");
        rows.set(0, 2, "false");
        rows.set(1, 0, "");
        rows.set(1, 1, "tmp_view");
        rows.set(1, 2, "true");
        words.learnResult(manifest, &rows);
    }
    QCOMPARE(words.tables(), (QStringList{"demo.trips", "sales.trips", "tmp_view", "trips"}));
    QCOMPARE(words.schemas(), (QStringList{"demo", "sales"}));
    // The listing's own column names are not the user's columns.
    QCOMPARE(words.columns(), QStringList{});
    QVERIFY(words.words().contains("demo.trips"));
}

void TestSqlCore::completionLearnsColumnsFromDescribeAndIgnoresNonIdentifiers()
{
    SqlCompletionWords words;
    ResultManifest manifest;
    manifest.columns = {column("col_name", "STRING", 0), column("data_type", "STRING", 1),
                        column("comment", "STRING", 2)};
    ResultChunk rows(3, 4);
    rows.set(0, 0, "trip_id");
    rows.set(1, 0, "fare_amount");
    rows.set(2, 0, "# Partition Information");
    rows.setNull(3, 0);
    for (int r = 0; r < 4; ++r) {
        rows.set(r, 1, "string");
        rows.setNull(r, 2);
    }
    words.learnResult(manifest, &rows);
    QCOMPARE(words.columns(), (QStringList{"fare_amount", "trip_id"}));
    words.learnTable("bad schema", "t1");
    words.learnTable("s", "bad table");
    QCOMPARE(words.tables(), QStringList{"t1"});
    QVERIFY(!SqlCompletionWords::isIdentifier("1abc"));
    QVERIFY(SqlCompletionWords::isIdentifier("_abc1"));
    for (int i = 0; i < SqlCompletionWords::kMaxLearned + 10; ++i)
        words.learnColumn(QString("c%1").arg(i));
    QCOMPARE(words.learnedCount(), SqlCompletionWords::kMaxLearned);
}

QTEST_GUILESS_MAIN(TestSqlCore)
#include "tst_sqlcore.moc"

// Answers of the SQL warehouses and Statement Execution APIs: what a well-formed answer gives, and
// that a malformed one is refused with the field named instead of showing made-up rows.
#include "SqlWarehouse.h"
#include "StatementResult.h"

#include <QJsonDocument>
#include <QTest>

using namespace brickdesk;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const QByteArray kSucceeded = R"J({
  "statement_id": "01ef-abc",
  "status": {"state": "SUCCEEDED"},
  "manifest": {
    "format": "JSON_ARRAY",
    "schema": {"column_count": 3, "columns": [
      {"name": "note", "position": 2, "type_name": "STRING", "type_text": "STRING"},
      {"name": "id", "position": 0, "type_name": "LONG", "type_text": "BIGINT"},
      {"name": "amount", "position": 1, "type_name": "DECIMAL", "type_text": "DECIMAL(10,2)"}]},
    "total_chunk_count": 2,
    "chunks": [{"chunk_index": 0, "row_offset": 0, "row_count": 2, "byte_count": 40},
               {"chunk_index": 1, "row_offset": 2, "row_count": 1, "byte_count": 20}],
    "total_row_count": 3,
    "truncated": false
  },
  "result": {"chunk_index": 0, "row_offset": 0, "row_count": 2, "next_chunk_index": 1,
             "data_array": [["1", "2.50", null], ["2", null, ""]]}
})J";

const QByteArray kFailed = R"J({"statement_id":"s1","status":{"state":"FAILED","sql_state":"42601",
  "error":{"error_code":"BAD_REQUEST",
  "message":"[PARSE_SYNTAX_ERROR] Syntax error at or near 'FORM'. SQLSTATE: 42601 (line 2, pos 9)"}}})J";

const QByteArray kWarehouses = R"J({"warehouses":[
  {"id":"a1","name":"Demo","state":"RUNNING","cluster_size":"2X-Small","num_clusters":1,
   "auto_stop_mins":10,"health":{"status":"HEALTHY"},"warehouse_type":"PRO"},
  {"id":"b2","name":"Reports","state":"STOPPED"},{"id":"c3","state":"SOMETHING"}],
  "next_page_token":"p2"})J";

} // namespace

class TestSqlAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warehouses()
    {
        QString next;
        QString error;
        const auto list = sqlAnswers::warehouses(json(kWarehouses), &next, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 3);
        QCOMPARE(next, QStringLiteral("p2"));
        QVERIFY(list->at(0).isRunning());
        QCOMPARE(list->at(0).health, QStringLiteral("HEALTHY"));
        QCOMPARE(list->at(0).autoStopMinutes, 10);
        QCOMPARE(list->at(1).state, WarehouseState::Stopped);
        QCOMPARE(list->at(2).state, WarehouseState::Unknown);
        QVERIFY(sqlAnswers::warehouses(QJsonObject(), &next, &error)->isEmpty());
        QVERIFY(next.isEmpty());
        QVERIFY(!sqlAnswers::warehouses(json(R"J({"warehouses":[{"name":"x"}]})J"), &next, &error));
        QVERIFY2(error.contains("id"), qPrintable(error));
        QVERIFY(!sqlAnswers::warehouse(json(R"J({"id":"a","num_clusters":"many"})J"), &error));
        QVERIFY2(error.contains("num_clusters"), qPrintable(error));
    }

    void succeededStatement()
    {
        QString error;
        const auto answer = sqlAnswers::statement(json(kSucceeded), &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->statementId, QStringLiteral("01ef-abc"));
        QCOMPARE(answer->state, StatementState::Succeeded);
        QVERIFY(answer->manifest);
        const ResultManifest &manifest = *answer->manifest;
        // Columns come back in position order whatever order the answer lists them in.
        QCOMPARE(manifest.columns.at(0).name, QStringLiteral("id"));
        QCOMPARE(manifest.columns.at(0).typeText, QStringLiteral("BIGINT"));
        QVERIFY(manifest.columns.at(0).isNumeric());
        QVERIFY(manifest.columns.at(1).isNumeric());
        QVERIFY(!manifest.columns.at(2).isNumeric());
        QCOMPARE(manifest.totalRowCount, 3);
        QCOMPARE(manifest.chunkIndexForRow(0), 0);
        QCOMPARE(manifest.chunkIndexForRow(1), 0);
        QCOMPARE(manifest.chunkIndexForRow(2), 1);
        QCOMPARE(manifest.chunkIndexForRow(3), -1);
        QCOMPARE(manifest.chunkIndexForRow(-1), -1);
        QVERIFY(answer->firstChunk);
        const ResultChunk &chunk = *answer->firstChunk;
        QCOMPARE(chunk.rowCount(), 2);
        QCOMPARE(chunk.nextChunkIndex, 1);
        QCOMPARE(chunk.value(0, 1), QStringLiteral("2.50"));
        QVERIFY(chunk.isNull(0, 2));
        QVERIFY(!chunk.isNull(1, 2)); // an empty string is not NULL
        QCOMPARE(chunk.value(1, 2), QString());
        QVERIFY(chunk.isNull(1, 1));
        QVERIFY(chunk.isNull(5, 0)); // outside: nothing
        QVERIFY(chunk.memoryBytes() > 0);
    }

    void failedStatementPosition()
    {
        QString error;
        const auto answer = sqlAnswers::statement(json(kFailed), &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->state, StatementState::Failed);
        QCOMPARE(answer->error.errorCode, QStringLiteral("BAD_REQUEST"));
        QCOMPARE(answer->error.sqlState, QStringLiteral("42601"));
        QCOMPARE(answer->error.line, 2);
        QCOMPARE(answer->error.column, 9);

        StatementError other;
        other.message =
            QStringLiteral("[TABLE_OR_VIEW_NOT_FOUND] ... SQLSTATE: 42P01; line 1 pos 14");
        findErrorPosition(&other);
        QCOMPARE(other.line, 1);
        QCOMPARE(other.column, 14);
        StatementError none;
        none.message = QStringLiteral("Query timed out");
        findErrorPosition(&none);
        QCOMPARE(none.line, 0);
        QCOMPARE(none.column, -1);
    }

    void runningStatement()
    {
        QString error;
        const auto answer = sqlAnswers::statement(
            json(R"J({"statement_id":"s2","status":{"state":"PENDING"}})J"), &error);
        QVERIFY(answer);
        QVERIFY(!isFinished(answer->state));
        QVERIFY(!answer->manifest);
        QVERIFY(isFinished(StatementState::Canceled));
        QVERIFY(isFinished(StatementState::Closed));
    }

    void chunkAnswer()
    {
        QString error;
        const auto chunk =
            sqlAnswers::chunk(json(R"J({"chunk_index":3,"row_offset":30000,"row_count":2,
                "data_array":[["a",null],["",""]]})J"),
                              2, &error);
        QVERIFY2(chunk, qPrintable(error));
        QCOMPARE(chunk->chunkIndex, 3);
        QCOMPARE(chunk->rowOffset, 30000);
        QVERIFY(!chunk->nextChunkIndex);
        QVERIFY(chunk->isNull(0, 1));
        QVERIFY(!chunk->isNull(1, 0));
        // The last chunk of an empty result.
        const auto empty =
            sqlAnswers::chunk(json(R"J({"chunk_index":0,"row_offset":0})J"), 4, &error);
        QVERIFY(empty);
        QCOMPARE(empty->rowCount(), 0);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = R"J({"statement_id":"a","status":{"state":"SUCCEEDED"},)J";
        QTest::newRow("no id") << QByteArray(R"J({"status":{"state":"RUNNING"}})J")
                               << "statement_id";
        QTest::newRow("unknown state")
            << QByteArray(R"J({"statement_id":"a","status":{"state":"DANCING"}})J") << "DANCING";
        QTest::newRow("status not object")
            << QByteArray(R"J({"statement_id":"a","status":"SUCCEEDED"})J") << "status";
        QTest::newRow("succeeded without manifest")
            << QByteArray(R"J({"statement_id":"a","status":{"state":"SUCCEEDED"}})J") << "manifest";
        QTest::newRow("column count lies")
            << head + R"J("manifest":{"schema":{"column_count":2,"columns":[{"name":"x"}]}}})J"
            << "column_count";
        QTest::newRow("chunks leave a gap")
            << head + R"J("manifest":{"schema":{"columns":[]},"total_chunk_count":2,
                "total_row_count":4,"chunks":[{"chunk_index":0,"row_offset":0,"row_count":2},
                {"chunk_index":1,"row_offset":3,"row_count":1}]}})J"
            << "chunks";
        QTest::newRow("chunks short of total")
            << head + R"J("manifest":{"schema":{"columns":[]},"total_chunk_count":1,
                "total_row_count":9,"chunks":[{"chunk_index":0,"row_offset":0,"row_count":2}]}})J"
            << "total_row_count";
        QTest::newRow("chunk index beyond count")
            << head + R"J("manifest":{"schema":{"columns":[]},"total_chunk_count":1,
                "total_row_count":2,"chunks":[{"chunk_index":5,"row_offset":0,"row_count":2}]}})J"
            << "chunk 5";
        QTest::newRow("chunks out of order")
            << head + R"J("manifest":{"schema":{"columns":[]},"total_chunk_count":2,
                "total_row_count":2,"chunks":[{"chunk_index":1,"row_offset":0,"row_count":1},
                {"chunk_index":0,"row_offset":1,"row_count":1}]}})J"
            << "out of order";
        QTest::newRow("chunk count lies")
            << head + R"J("manifest":{"schema":{"columns":[]},"total_chunk_count":3,
                "total_row_count":2,"chunks":[{"chunk_index":0,"row_offset":0,"row_count":2}]}})J"
            << "total_chunk_count";
        const QByteArray oneRow = R"J("total_chunk_count":1,"total_row_count":1,
            "chunks":[{"chunk_index":0,"row_offset":0,"row_count":1}]},)J";
        QTest::newRow("row too short")
            << head + R"J("manifest":{"schema":{"columns":[{"name":"x"},{"name":"y"}]},)J" +
                   oneRow + R"J("result":{"data_array":[["1"]]}})J"
            << "data_array[0]";
        QTest::newRow("number value")
            << head + R"J("manifest":{"schema":{"columns":[{"name":"x"}]},)J" + oneRow +
                   R"J("result":{"data_array":[[1]]}})J"
            << "data_array[0][0]";
        QTest::newRow("row count lies")
            << head + R"J("manifest":{"schema":{"columns":[{"name":"x"}]},)J" + oneRow +
                   R"J("result":{"row_count":7,"data_array":[["1"]]}})J"
            << "row_count";
    }

    void malformed()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!sqlAnswers::statement(json(answer), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSqlAnswers)
#include "tst_sqlanswers.moc"

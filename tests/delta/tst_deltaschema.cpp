// Schemas, schema diffs and protocols of Delta tables: Spark's StructType JSON flattened, renames
// under column mapping, type and nullability changes, table properties, table features; and
// malformed schema strings and protocols.
#include "DeltaHistoryJson.h"
#include "DeltaProtocol.h"
#include "DeltaSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace brickdesk;

namespace {

QJsonObject field(const QString &name, const QJsonValue &type, bool nullable = true,
                  const QJsonObject &metadata = {})
{
    return {{"name", name}, {"type", type}, {"nullable", nullable}, {"metadata", metadata}};
}

QJsonObject mapped(qint64 id, const QString &physicalName)
{
    return {{"delta.columnMapping.id", id}, {"delta.columnMapping.physicalName", physicalName}};
}

QJsonObject metaData(const QJsonArray &fields, const QJsonObject &configuration = {},
                     const QJsonArray &partitionColumns = {})
{
    const QJsonObject schema{{"type", "struct"}, {"fields", fields}};
    return {
        {"schemaString", QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact))},
        {"partitionColumns", partitionColumns},
        {"configuration", configuration},
        {"format", QJsonObject{{"provider", "parquet"}}}};
}

DeltaSchema schemaOf(const QJsonObject &metaDataAction)
{
    QString error;
    const std::optional<DeltaSchema> schema = parseDeltaSchema(metaDataAction, &error);
    if (!schema)
        qFatal("schema: %s", qPrintable(error));
    return *schema;
}

QString describe(const QList<DeltaSchemaChange> &changes)
{
    QStringList lines;
    for (const DeltaSchemaChange &change : changes)
        lines.append(deltaSchemaChangeKindName(change.kind) + ' ' + change.path +
                     (change.previousPath.isEmpty() ? QString() : " from " + change.previousPath) +
                     (change.before.isEmpty() && change.after.isEmpty()
                          ? QString()
                          : " [" + change.before + " -> " + change.after + ']'));
    return lines.join('\n');
}

} // namespace

class TestDeltaSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestedTypesAreFlattened()
    {
        const QJsonObject address{
            {"type", "struct"},
            {"fields", QJsonArray{field("city", "string"), field("zip", "integer", false)}}};
        const QJsonObject tags{
            {"type", "array"}, {"elementType", "string"}, {"containsNull", true}};
        const QJsonObject scores{
            {"type", "map"},
            {"keyType", "string"},
            {"valueType",
             QJsonObject{{"type", "struct"}, {"fields", QJsonArray{field("v", "double")}}}},
            {"valueContainsNull", true}};
        const DeltaSchema schema = schemaOf(metaData(
            {field("id", "long", false, {{"comment", "primary key"}}), field("address", address),
             field("tags", tags), field("scores", scores), field("price", "decimal(10,2)")},
            {{"delta.appendOnly", "true"}}, {"id"}));
        QStringList rows;
        for (const DeltaColumn &column : schema.columns)
            rows.append(QString(column.depth * 2, ' ') + column.path + ':' + column.type +
                        (column.nullable ? "" : " not null"));
        QCOMPARE(rows, (QStringList{"id:long not null", "address:struct", "  address.city:string",
                                    "  address.zip:integer not null", "tags:array<string>",
                                    "scores:map<string,struct>", "    scores.value.v:double",
                                    "price:decimal(10,2)"}));
        QCOMPARE(schema.columns.first().comment, QStringLiteral("primary key"));
        QCOMPARE(schema.partitionColumns, QStringList{"id"});
        QCOMPARE(schema.configuration.value("delta.appendOnly").toString(), QStringLiteral("true"));
        QCOMPARE(schema.columnMappingMode(), QStringLiteral("none"));
        QCOMPARE(schema.provider, QStringLiteral("parquet"));
    }

    void malformedSchemaStringsAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QJsonObject>("action");
        QTest::addColumn<QString>("error");
        QTest::newRow("no schema string") << QJsonObject{} << "metaData.schemaString is missing";
        QTest::newRow("not json") << QJsonObject{{"schemaString", "{\"type\":"}}
                                  << "metaData.schemaString is not a struct type (unterminated "
                                     "object at offset 8)";
        QTest::newRow("not a struct") << QJsonObject{{"schemaString", "{\"type\":\"array\"}"}}
                                      << "metaData.schemaString is not a struct type (wrong shape)";
        QTest::newRow("fields missing") << QJsonObject{{"schemaString", "{\"type\":\"struct\"}"}}
                                        << "metaData.schemaString: schema: a struct without a "
                                           "fields array";
        QTest::newRow("nameless field") << metaData({QJsonObject{{"type", "string"}}})
                                        << "metaData.schemaString: schema: field 0 has no name";
        QTest::newRow("unknown complex type")
            << metaData({field("a", QJsonObject{{"type", "tensor"}})})
            << "metaData.schemaString: a: unknown type 'tensor'";
        QTest::newRow("type is a number")
            << metaData({field("a", 3)})
            << "metaData.schemaString: a: a type is neither a name nor an object";
        QTest::newRow("same name twice, other case")
            << metaData({field("a", "int"), field("A", "string")})
            << "metaData.schemaString: schema: column 'A' appears twice";
        QJsonValue deep = "string";
        for (int i = 0; i < 100; ++i)
            deep = QJsonObject{{"type", "array"}, {"elementType", deep}};
        QTest::newRow("nested too deep")
            << metaData({field("a", deep)})
            << "metaData.schemaString: a" + QString(".element").repeated(65) +
                   ": nested deeper than 64 levels";
    }

    void malformedSchemaStringsAreRefusedWithTheirPlace()
    {
        QFETCH(QJsonObject, action);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!parseDeltaSchema(action, &actual));
        QCOMPARE(actual, error);
    }

    void columnMappingRenameIsARenameNotADropAndAnAdd()
    {
        const QJsonObject mode{{"delta.columnMapping.mode", "name"}};
        const QJsonObject innerBefore{
            {"type", "struct"},
            {"fields", QJsonArray{field("x", "integer", true, mapped(4, "col-x"))}}};
        const DeltaSchema before =
            schemaOf(metaData({field("id", "long", true, mapped(1, "col-a")),
                               field("name", "string", true, mapped(2, "col-b")),
                               field("point", innerBefore, true, mapped(3, "col-c"))},
                              mode));
        const DeltaSchema after =
            schemaOf(metaData({field("id", "long", true, mapped(1, "col-a")),
                               field("full_name", "string", true, mapped(2, "col-b")),
                               field("location", innerBefore, true, mapped(3, "col-c")),
                               field("added", "date", true, mapped(5, "col-d"))},
                              mode));
        QCOMPARE(after.columnMappingMode(), QStringLiteral("name"));
        QCOMPARE(describe(diffDeltaSchemas(before, after)),
                 QStringLiteral("renamed full_name from name [name -> full_name]\n"
                                "renamed location from point [point -> location]\n"
                                "added added [ -> date]"));
        // Without ids the same change is a drop and an add.
        const DeltaSchema plainBefore = schemaOf(metaData({field("name", "string")}));
        const DeltaSchema plainAfter = schemaOf(metaData({field("full_name", "string")}));
        QCOMPARE(describe(diffDeltaSchemas(plainBefore, plainAfter)),
                 QStringLiteral("added full_name [ -> string]\nremoved name [string -> ]"));
    }

    void physicalNamesMatchWhenIdsAreMissing()
    {
        const DeltaSchema before = schemaOf(
            metaData({field("a", "int", true, {{"delta.columnMapping.physicalName", "p1"}})}));
        const DeltaSchema after = schemaOf(
            metaData({field("b", "long", false, {{"delta.columnMapping.physicalName", "p1"}})}));
        QCOMPARE(describe(diffDeltaSchemas(before, after)),
                 QStringLiteral("renamed b from a [a -> b]\ntype changed b [int -> long]\n"
                                "nullability changed b [NULL allowed -> NOT NULL]"));
    }

    void repeatedIdsFallBackToNames()
    {
        // A damaged log may give two columns one id: matching by id would pair the wrong ones.
        const DeltaSchema before = schemaOf(metaData(
            {field("a", "int", true, mapped(1, "p1")), field("b", "int", true, mapped(1, "p2"))}));
        const DeltaSchema after = schemaOf(metaData(
            {field("a", "int", true, mapped(1, "p1")), field("b", "long", true, mapped(1, "p2"))}));
        QCOMPARE(describe(diffDeltaSchemas(before, after)),
                 QStringLiteral("type changed b [int -> long]"));
        QVERIFY(diffDeltaSchemas(after, after).isEmpty());
    }

    void commentsAndUnchangedSchemas()
    {
        const DeltaSchema before = schemaOf(metaData({field("a", "int")}));
        const DeltaSchema after =
            schemaOf(metaData({field("a", "int", true, {{"comment", "why"}})}));
        QCOMPARE(describe(diffDeltaSchemas(before, after)),
                 QStringLiteral("comment changed a [ -> why]"));
        QVERIFY(diffDeltaSchemas(after, after).isEmpty());
    }

    void tablePropertiesDiff()
    {
        const QList<DeltaPropertyChange> changes = diffTableProperties(
            {{"a", "1"}, {"b", "2"}, {"same", "x"}}, {{"b", "3"}, {"c", true}, {"same", "x"}});
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).key, QStringLiteral("a"));
        QCOMPARE(changes.at(0).before, std::optional<QString>("1"));
        QVERIFY(!changes.at(0).after);
        QCOMPARE(changes.at(1).after, std::optional<QString>("3"));
        QVERIFY(!changes.at(2).before);
        QCOMPARE(changes.at(2).after, std::optional<QString>("true"));
    }

    void mapColumnsHoldNumbersAsTheirShortestText()
    {
        // DESCRIBE HISTORY's map<string,string>: a number written in the log reads as written.
        const QJsonObject map = stringMap({{"ratio", 0.1},
                                           {"files", 3},
                                           {"huge", 1e300},
                                           {"flag", false},
                                           {"none", QJsonValue()},
                                           {"list", QJsonArray{"a", 1}}});
        QCOMPARE(map.value("ratio").toString(), QStringLiteral("0.1"));
        QCOMPARE(map.value("files").toString(), QStringLiteral("3"));
        QCOMPARE(map.value("huge").toString(), QStringLiteral("1e+300"));
        QCOMPARE(map.value("flag").toString(), QStringLiteral("false"));
        QVERIFY(map.value("none").isNull());
        QCOMPARE(map.value("list").toString(), QStringLiteral("[\"a\",1]"));
    }

    void protocols_data()
    {
        QTest::addColumn<QJsonObject>("protocol");
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("1/2") << QJsonObject{{"minReaderVersion", 1}, {"minWriterVersion", 2}}
                             << QStringList{"appendOnly", "invariants"} << QStringList{};
        QTest::newRow("2/5") << QJsonObject{{"minReaderVersion", 2}, {"minWriterVersion", 5}}
                             << QStringList{"appendOnly",       "invariants",
                                            "checkConstraints", "changeDataFeed",
                                            "generatedColumns", "columnMapping"}
                             << QStringList{};
        QTest::newRow("3/7") << QJsonObject{{"minReaderVersion", 3},
                                            {"minWriterVersion", 7},
                                            {"readerFeatures", QJsonArray{"deletionVectors"}},
                                            {"writerFeatures",
                                             QJsonArray{"deletionVectors", "rowTracking",
                                                        "hyperDrive"}}}
                             << QStringList{"deletionVectors", "rowTracking", "hyperDrive"}
                             << QStringList{"hyperDrive"};
    }

    void protocols()
    {
        QFETCH(QJsonObject, protocol);
        QFETCH(QStringList, features);
        QFETCH(QStringList, unknown);
        QString error;
        const std::optional<DeltaProtocol> parsed = parseDeltaProtocol(protocol, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->effectiveFeatures(), features);
        QCOMPARE(parsed->unknownFeatures(), unknown);
    }

    void malformedProtocols_data()
    {
        QTest::addColumn<QJsonObject>("protocol");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QJsonObject{}
                               << "protocol.minReaderVersion is not a version number";
        QTest::newRow("fraction") << QJsonObject{{"minReaderVersion", 1.5}, {"minWriterVersion", 2}}
                                  << "protocol.minReaderVersion is not a version number";
        QTest::newRow("huge") << QJsonObject{{"minReaderVersion", 1}, {"minWriterVersion", 1e300}}
                              << "protocol.minWriterVersion is not a version number";
        QTest::newRow("features not a list") << QJsonObject{{"minReaderVersion", 3},
                                                            {"minWriterVersion", 7},
                                                            {"readerFeatures", "x"}}
                                             << "protocol.readerFeatures is not a list";
        QTest::newRow("feature not a name")
            << QJsonObject{{"minReaderVersion", 3},
                           {"minWriterVersion", 7},
                           {"writerFeatures", QJsonArray{1}}}
            << "protocol.writerFeatures holds something that is not a name";
    }

    void malformedProtocols()
    {
        QFETCH(QJsonObject, protocol);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!parseDeltaProtocol(protocol, &actual));
        QCOMPARE(actual, error);
    }
};

QTEST_GUILESS_MAIN(TestDeltaSchema)
#include "tst_deltaschema.moc"

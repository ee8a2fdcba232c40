// The Parquet checkpoint reader against every checkpoint in ../shared/testdata/delta (unmodified
// upstream files), checked against what the table's commit JSONs say; small Parquet files written
// here for the codecs and page versions the upstream files do not use; damaged input.
#include "DeltaCheckpointReader.h"
#include "DeltaCommit.h"
#include "DeltaLogFile.h"
#include "ParquetCodec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QtEndian>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

using namespace brickdesk;

namespace {

QString deltaDir()
{
    return QStringLiteral(BRICKDESK_TESTDATA_DIR) + QStringLiteral("/delta");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Every Parquet file of every table's _delta_log, sidecars included, as "table/_delta_log/name".
QStringList checkpointFiles()
{
    QStringList files;
    const QDir root(deltaDir());
    for (const QString &table : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &sub :
             {QStringLiteral("/_delta_log"), QStringLiteral("/_delta_log/_sidecars")}) {
            const QDir log(root.filePath(table) + sub);
            for (const QString &name : log.entryList({"*.parquet"}, QDir::Files))
                files.append(table + sub + "/" + name);
        }
    }
    return files;
}

struct Checkpoint
{
    QString table;
    qint64 version = -1;
    QStringList parts; // file names in _delta_log
};

QList<Checkpoint> checkpoints()
{
    QList<Checkpoint> result;
    const QDir root(deltaDir());
    for (const QString &table : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QMap<qint64, QStringList> byVersion;
        const QDir log(root.filePath(table) + "/_delta_log");
        for (const QString &name : log.entryList({"*.parquet"}, QDir::Files)) {
            const auto file = classifyDeltaLogFile(name);
            if (file && (file->kind == DeltaLogFile::Kind::Checkpoint ||
                         file->kind == DeltaLogFile::Kind::MultiPartCheckpoint ||
                         file->kind == DeltaLogFile::Kind::V2Checkpoint))
                byVersion[file->version].append(name);
        }
        for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it)
            result.append({table, it.key(), it.value()});
    }
    return result;
}

QByteArray commitFile(const QString &table, qint64 version)
{
    const QString path = deltaDir() + "/" + table + "/_delta_log/" +
                         QStringLiteral("%1.json").arg(version, 20, 10, QLatin1Char('0'));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// A file's identity in the log: its path and its deletion vector, as PROTOCOL.md reconciles them.
QString fileKey(const QJsonObject &action)
{
    const QJsonObject dv = action.value("deletionVector").toObject();
    return action.value("path").toString() + "|" + dv.value("storageType").toString() +
           dv.value("pathOrInlineDv").toString() + "@" +
           QString::number(dv.value("offset").toInteger(-1));
}

// Replays add and remove from version 0 on: the files live at `version`.
QSet<QString> liveFiles(const QString &table, qint64 version)
{
    QSet<QString> live;
    for (qint64 v = 0; v <= version; ++v) {
        const QByteArray content = commitFile(table, v);
        if (content.isNull())
            qFatal("%s has no commit %lld", qPrintable(table), v);
        for (const QByteArray &line : content.split('\n')) {
            const QJsonObject action = QJsonDocument::fromJson(line).object();
            if (action.contains("add"))
                live.insert(fileKey(action.value("add").toObject()));
            else if (action.contains("remove"))
                live.remove(fileKey(action.value("remove").toObject()));
        }
    }
    return live;
}

// The latest metaData and protocol set at or before `version` by the commit JSONs there are.
std::pair<std::optional<QJsonObject>, std::optional<QJsonObject>>
latestFromCommits(const QString &table, qint64 version)
{
    std::optional<QJsonObject> metaData;
    std::optional<QJsonObject> protocol;
    for (qint64 v = 0; v <= version; ++v) {
        const QByteArray content = commitFile(table, v);
        if (content.isNull())
            continue;
        const DeltaCommit commit = parseDeltaCommit(v, content);
        if (commit.metaData)
            metaData = commit.metaData;
        if (commit.protocol)
            protocol = commit.protocol;
    }
    return {metaData, protocol};
}

// A Thrift compact-protocol writer, just enough for the footers and page headers below.
class ThriftWriter
{
public:
    QByteArray bytes;

    void i32(int id, qint64 value) { field(id, 5), varint(zigzag(value)); }
    void i64(int id, qint64 value) { field(id, 6), varint(zigzag(value)); }
    void binary(int id, const QByteArray &value)
    {
        field(id, 8);
        varint(value.size());
        bytes += value;
    }
    void beginStruct(int id) { field(id, 12), m_last.append(0); }
    void endStruct()
    {
        bytes += '\0';
        m_last.removeLast();
    }
    void beginList(int id, int elementType, int count)
    {
        field(id, 9);
        if (count < 15) {
            bytes += char(count << 4 | elementType);
        } else {
            bytes += char(0xf0 | elementType);
            varint(count);
        }
    }
    // A struct inside a list has no field header.
    void beginElement() { m_last.append(0); }
    void binaryElement(const QByteArray &value)
    {
        varint(value.size());
        bytes += value;
    }
    void i32Element(qint64 value) { varint(zigzag(value)); }
    void begin() { m_last = {0}; }

private:
    static quint64 zigzag(qint64 value)
    {
        return (static_cast<quint64>(value) << 1) ^ static_cast<quint64>(value >> 63);
    }
    void varint(quint64 value)
    {
        do {
            quint8 byte = value & 0x7f;
            value >>= 7;
            bytes += char(value ? byte | 0x80 : byte);
        } while (value);
    }
    void field(int id, int type)
    {
        const int delta = id - m_last.last();
        if (delta > 0 && delta <= 15) {
            bytes += char(delta << 4 | type);
        } else {
            bytes += char(type);
            varint(zigzag(id));
        }
        m_last.last() = id;
    }
    QList<int> m_last{0};
};

QByteArray compress(int codec, const QByteArray &data)
{
    switch (codec) {
    case 0:
        return data;
    case 1: {
        size_t length = snappy_max_compressed_length(data.size());
        QByteArray out(qsizetype(length), Qt::Uninitialized);
        if (snappy_compress(data.constData(), data.size(), out.data(), &length) != SNAPPY_OK)
            qFatal("snappy_compress failed");
        out.resize(qsizetype(length));
        return out;
    }
    case 2: {
        z_stream stream{};
        deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY); // gzip wrapper
        QByteArray out(qsizetype(deflateBound(&stream, data.size())) + 32, Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
            qFatal("deflate failed");
        out.resize(qsizetype(stream.total_out));
        deflateEnd(&stream);
        return out;
    }
    case 6: {
        QByteArray out(qsizetype(ZSTD_compressBound(data.size())), Qt::Uninitialized);
        const size_t length =
            ZSTD_compress(out.data(), out.size(), data.constData(), data.size(), 3);
        if (ZSTD_isError(length))
            qFatal("ZSTD_compress failed");
        out.resize(qsizetype(length));
        return out;
    }
    default:
        return data; // codecs the reader refuses before it looks at the bytes
    }
}

// One leaf of the small checkpoints below: its schema path and its (repetition, definition, value)
// entries, where a value is an int32, a string, or absent (null).
struct Entry
{
    int rep;
    int def;
    QVariant value;
};
struct Column
{
    QList<QByteArray> path;
    int type; // 1 INT32, 6 BYTE_ARRAY
    int maxRep;
    int maxDef;
    QList<Entry> entries;
};

// One level per RLE run: not compact, but a valid use of the hybrid encoding.
QByteArray rleLevels(const QList<Entry> &entries, bool repetition, int maxLevel)
{
    QByteArray out;
    const int width = maxLevel == 0 ? 0 : (maxLevel < 2 ? 1 : maxLevel < 4 ? 2 : 3);
    for (const Entry &entry : entries) {
        out += char(2); // run of one
        if (width)
            out += char(repetition ? entry.rep : entry.def);
    }
    return out;
}

QByteArray le32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToLittleEndian(value, out.data());
    return out;
}

// Writes a one-row-group Parquet file of `columns` (rows: one per repetition level 0) with the
// given codec and data page version. The schema elements are given as written (depth first).
struct Element
{
    QByteArray name;
    int repetition; // -1 for the root
    int children;   // groups
    int type;       // leaves, else -1
};

QByteArray writeParquet(const QList<Element> &schema, const QList<Column> &columns, int codec,
                        int pageVersion, qint64 rows, qint64 firstChunkSize = -1)
{
    QByteArray file = "PAR1";
    struct Written
    {
        qint64 offset;
        qint64 size;
        qint64 uncompressed;
    };
    QList<Written> written;
    for (const Column &column : columns) {
        QByteArray values;
        for (const Entry &entry : column.entries) {
            if (entry.def != column.maxDef)
                continue;
            if (column.type == 1)
                values += le32(quint32(entry.value.toInt()));
            else
                values +=
                    le32(quint32(entry.value.toByteArray().size())) + entry.value.toByteArray();
        }
        const QByteArray rep =
            column.maxRep ? rleLevels(column.entries, true, column.maxRep) : QByteArray();
        const QByteArray def =
            column.maxDef ? rleLevels(column.entries, false, column.maxDef) : QByteArray();
        QByteArray payload;
        qint64 uncompressed = 0;
        ThriftWriter header;
        if (pageVersion == 1) {
            QByteArray body;
            if (column.maxRep)
                body += le32(quint32(rep.size())) + rep;
            if (column.maxDef)
                body += le32(quint32(def.size())) + def;
            body += values;
            payload = compress(codec, body);
            uncompressed = body.size();
            header.i32(1, 0);
            header.i32(2, uncompressed);
            header.i32(3, payload.size());
            header.beginStruct(5);
            header.i32(1, column.entries.size());
            header.i32(2, 0); // PLAIN
            header.i32(3, 3); // RLE
            header.i32(4, 3);
            header.endStruct();
        } else {
            const QByteArray compressed = compress(codec, values);
            payload = rep + def + compressed;
            uncompressed = rep.size() + def.size() + values.size();
            int nulls = 0;
            for (const Entry &entry : column.entries)
                nulls += entry.def < column.maxDef;
            header.i32(1, 3);
            header.i32(2, uncompressed);
            header.i32(3, payload.size());
            header.beginStruct(8);
            header.i32(1, column.entries.size());
            header.i32(2, nulls);
            header.i32(3, rows);
            header.i32(4, 0);
            header.i32(5, def.size());
            header.i32(6, rep.size());
            header.endStruct();
        }
        header.endStruct();
        written.append({file.size(), header.bytes.size() + payload.size(),
                        header.bytes.size() + uncompressed});
        file += header.bytes + payload;
    }
    if (firstChunkSize >= 0)
        written[0].size = firstChunkSize;
    ThriftWriter footer;
    footer.i32(1, 1);
    footer.beginList(2, 12, schema.size());
    for (const Element &element : schema) {
        footer.beginElement();
        if (element.type >= 0)
            footer.i32(1, element.type);
        if (element.repetition >= 0)
            footer.i32(3, element.repetition);
        footer.binary(4, element.name);
        if (element.type < 0)
            footer.i32(5, element.children);
        footer.endStruct();
    }
    footer.i64(3, rows);
    footer.beginList(4, 12, 1);
    footer.beginElement();
    footer.beginList(1, 12, columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const Column &column = columns.at(i);
        footer.beginElement();
        footer.i64(2, written.at(i).offset);
        footer.beginStruct(3);
        footer.i32(1, column.type);
        footer.beginList(2, 5, 1);
        footer.i32Element(0);
        footer.beginList(3, 8, column.path.size());
        for (const QByteArray &name : column.path)
            footer.binaryElement(name);
        footer.i32(4, codec);
        footer.i64(5, column.entries.size());
        footer.i64(6, written.at(i).uncompressed);
        footer.i64(7, written.at(i).size);
        footer.i64(9, written.at(i).offset);
        footer.endStruct();
        footer.endStruct();
    }
    footer.i64(2, 100);
    footer.i64(3, rows);
    footer.endStruct();
    footer.bytes += '\0';
    file += footer.bytes + le32(quint32(footer.bytes.size())) + "PAR1";
    return file;
}

// A three-row checkpoint: protocol, then metaData (id and a configuration map with a null value),
// then an add; `secondMetaData` puts metaData in the add row as well.
QByteArray smallCheckpoint(int codec, int pageVersion, bool secondMetaData = false,
                           qint64 firstChunkSize = -1)
{
    const QList<Element> schema = {
        {"spark_schema", -1, 3, -1}, {"metaData", 1, 2, -1},  {"id", 1, 0, 6},
        {"configuration", 1, 1, -1}, {"key_value", 2, 2, -1}, {"key", 0, 0, 6},
        {"value", 1, 0, 6},          {"protocol", 1, 1, -1},  {"minReaderVersion", 1, 0, 1},
        {"add", 1, 1, -1},           {"path", 1, 0, 6},
    };
    const QList<Column> columns = {
        {{"metaData", "id"}, 6, 0, 2, {{0, 0, {}}, {0, 2, "abc"}, {0, 0, {}}}},
        {{"metaData", "configuration", "key_value", "key"},
         6,
         1,
         3,
         {{0, 0, {}}, {0, 3, "k1"}, {1, 3, "k2"}, {0, secondMetaData ? 1 : 0, {}}}},
        {{"metaData", "configuration", "key_value", "value"},
         6,
         1,
         4,
         {{0, 0, {}}, {0, 4, "v1"}, {1, 3, {}}, {0, secondMetaData ? 1 : 0, {}}}},
        {{"protocol", "minReaderVersion"}, 1, 0, 2, {{0, 2, 3}, {0, 0, {}}, {0, 0, {}}}},
        {{"add", "path"}, 6, 0, 2, {{0, 0, {}}, {0, 0, {}}, {0, 2, "part-0.parquet"}}},
    };
    QList<Column> fixed = columns;
    if (secondMetaData)
        fixed[0].entries[2] = {0, 2, "def"};
    return writeParquet(schema, fixed, codec, pageVersion, 3, firstChunkSize);
}

QByteArray classicCheckpoint()
{
    return readAll(deltaDir() + "/checkpoint/_delta_log/00000000000000000010.checkpoint.parquet");
}

} // namespace

class TestDeltaCheckpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCheckpointFileReads_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = checkpointFiles();
        QVERIFY(files.size() >= 12);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyCheckpointFileReads()
    {
        QFETCH(QString, file);
        QString error;
        const auto content = readDeltaCheckpoint(readAll(deltaDir() + "/" + file), &error);
        QVERIFY2(content, qPrintable(error));
        QVERIFY(error.isEmpty());
    }

    void checkpointMatchesCommits_data()
    {
        QTest::addColumn<int>("index");
        const QList<Checkpoint> all = checkpoints();
        QCOMPARE(all.size(), 9); // 8 tables, delta-1.2.1 has two
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).table + "@" + QString::number(all.at(i).version)))
                << i;
    }

    void checkpointMatchesCommits()
    {
        QFETCH(int, index);
        const Checkpoint checkpoint = checkpoints().at(index);
        const QString log = deltaDir() + "/" + checkpoint.table + "/_delta_log/";
        DeltaCheckpointContent merged;
        int partsWithMetaData = 0;
        int partsWithProtocol = 0;
        QStringList sidecars;
        for (const QString &part : checkpoint.parts) {
            QString error;
            const auto content = readDeltaCheckpoint(readAll(log + part), &error);
            QVERIFY2(content, qPrintable(part + ": " + error));
            if (content->metaData) {
                ++partsWithMetaData;
                merged.metaData = content->metaData;
            }
            if (content->protocol) {
                ++partsWithProtocol;
                merged.protocol = content->protocol;
            }
            merged.addFileCount += content->addFileCount;
            sidecars += content->sidecarFiles;
        }
        QCOMPARE(partsWithMetaData, 1);
        QCOMPARE(partsWithProtocol, 1);
        // A v2 checkpoint keeps its add actions in the sidecar files it lists.
        const QStringList sidecarFiles =
            QDir(log + "_sidecars").entryList({"*.parquet"}, QDir::Files);
        QCOMPARE(QSet<QString>(sidecars.cbegin(), sidecars.cend()),
                 QSet<QString>(sidecarFiles.cbegin(), sidecarFiles.cend()));
        for (const QString &sidecar : std::as_const(sidecars)) {
            QString error;
            const auto content = readDeltaCheckpoint(readAll(log + "_sidecars/" + sidecar), &error);
            QVERIFY2(content, qPrintable(sidecar + ": " + error));
            QVERIFY(!content->metaData && !content->protocol && content->sidecarFiles.isEmpty());
            merged.addFileCount += content->addFileCount;
        }

        QVERIFY(merged.metaData);
        QJsonParseError parseError;
        const QJsonDocument schema = QJsonDocument::fromJson(
            merged.metaData->value("schemaString").toString().toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));
        QVERIFY(schema.object().value("fields").isArray());
        QVERIFY(!schema.object().value("fields").toArray().isEmpty());
        QVERIFY(!merged.metaData->value("id").toString().isEmpty());
        QCOMPARE(merged.metaData->value("format").toObject().value("provider").toString(),
                 QStringLiteral("parquet"));
        QVERIFY(merged.metaData->value("partitionColumns").isArray());

        const auto [commitMetaData, commitProtocol] =
            latestFromCommits(checkpoint.table, checkpoint.version);
        if (commitMetaData) {
            // The checkpoint carries the table's metadata as the commits left it, field by field.
            QCOMPARE(QJsonDocument(*merged.metaData).toJson(),
                     QJsonDocument(*commitMetaData).toJson());
        }
        QVERIFY(merged.protocol);
        if (commitProtocol) {
            QCOMPARE(merged.protocol->value("minReaderVersion").toInt(),
                     commitProtocol->value("minReaderVersion").toInt());
            QCOMPARE(merged.protocol->value("minWriterVersion").toInt(),
                     commitProtocol->value("minWriterVersion").toInt());
            QCOMPARE(merged.protocol->value("readerFeatures"),
                     commitProtocol->value("readerFeatures"));
            QCOMPARE(merged.protocol->value("writerFeatures"),
                     commitProtocol->value("writerFeatures"));
        }
        if (!commitFile(checkpoint.table, 0).isNull())
            QCOMPARE(merged.addFileCount,
                     qint64(liveFiles(checkpoint.table, checkpoint.version).size()));

        // _last_checkpoint, where it points here and counts the files, agrees.
        QFile last(log + "_last_checkpoint");
        if (last.open(QIODevice::ReadOnly)) {
            QString error;
            const auto parsed = parseLastCheckpoint(last.readAll(), &error);
            QVERIFY2(parsed, qPrintable(error));
            if (parsed->version == checkpoint.version && parsed->numOfAddFiles)
                QCOMPARE(merged.addFileCount, *parsed->numOfAddFiles);
        }
    }

    void smallCheckpointInEveryCodec_data()
    {
        QTest::addColumn<int>("codec");
        QTest::addColumn<int>("pageVersion");
        for (const auto &[name, codec] :
             {std::pair{"UNCOMPRESSED", 0}, {"SNAPPY", 1}, {"GZIP", 2}, {"ZSTD", 6}}) {
            QTest::addRow("%s, data page v1", name) << codec << 1;
            QTest::addRow("%s, data page v2", name) << codec << 2;
        }
    }

    void smallCheckpointInEveryCodec()
    {
        QFETCH(int, codec);
        QFETCH(int, pageVersion);
        QString error;
        const auto content = readDeltaCheckpoint(smallCheckpoint(codec, pageVersion), &error);
        QVERIFY2(content, qPrintable(error));
        QVERIFY(content->metaData);
        QCOMPARE(QJsonDocument(*content->metaData).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"configuration":{"k1":"v1","k2":null},"id":"abc"})"));
        QVERIFY(content->protocol);
        QCOMPARE(QJsonDocument(*content->protocol).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"minReaderVersion":3})"));
        QCOMPARE(content->addFileCount, 1);
        QVERIFY(content->sidecarFiles.isEmpty());
    }

    void unsupportedCodecsAreNamed_data()
    {
        QTest::addColumn<int>("codec");
        QTest::addColumn<QString>("name");
        QTest::newRow("LZO") << 3 << "LZO";
        QTest::newRow("BROTLI") << 4 << "BROTLI";
        QTest::newRow("LZ4") << 5 << "LZ4";
        QTest::newRow("LZ4_RAW") << 7 << "LZ4_RAW";
        QTest::newRow("unknown") << 42 << "unknown (42)";
    }

    void unsupportedCodecsAreNamed()
    {
        QFETCH(int, codec);
        QFETCH(QString, name);
        QString error;
        QVERIFY(!readDeltaCheckpoint(smallCheckpoint(codec, 1), &error));
        QCOMPARE(error,
                 "column metaData.id uses codec " + name + ", which Brickdesk does not read");
    }

    void codecPatchedInARealCheckpoint()
    {
        // In the footer, metaData.schemaString's path_in_schema (a list of two strings) is followed
        // by its codec field (field 4, i32, SNAPPY = zigzag 2); LZ4_RAW is 7, zigzag 14.
        QByteArray file = classicCheckpoint();
        const QByteArray pattern =
            QByteArray("\x28\x08") + "metaData" + "\x0c" + "schemaString" + "\x15\x02";
        const qsizetype at = file.indexOf(pattern);
        QVERIFY(at > 0);
        QCOMPARE(file.indexOf(pattern, at + 1), -1);
        file[at + pattern.size() - 1] = 0x0e;
        QString error;
        QVERIFY(!readDeltaCheckpoint(file, &error));
        QCOMPARE(error, QStringLiteral("column metaData.schemaString uses codec LZ4_RAW, which "
                                       "Brickdesk does not read"));
    }

    void twoMetaDataActionsAreRefused()
    {
        QString error;
        QVERIFY(!readDeltaCheckpoint(smallCheckpoint(1, 1, true), &error));
        QCOMPARE(error,
                 QStringLiteral("checkpoint holds more than one metaData action (rows 1 and 2)"));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        const QByteArray real = classicCheckpoint();
        const quint32 footerLength = qFromLittleEndian<quint32>(real.constData() + real.size() - 8);
        const qsizetype footerStart = real.size() - 8 - footerLength;
        QTest::newRow("empty") << QByteArray() << "checkpoint file is empty";
        QTest::newRow("no magic") << QByteArray("{\"add\":{\"path\":\"a\"}}\n")
                                  << "checkpoint footer is not Parquet (no PAR1 magic)";
        QTest::newRow("too short")
            << QByteArray("PAR1PAR1") << "checkpoint file is 8 bytes, too short for Parquet";
        QByteArray noLeading = real;
        noLeading.replace(0, 4, "JSON");
        QTest::newRow("no leading magic")
            << noLeading << "checkpoint file is not Parquet (no PAR1 magic at its start)";
        QByteArray encrypted = real;
        encrypted.replace(real.size() - 4, 4, "PARE");
        QTest::newRow("encrypted footer")
            << encrypted
            << "checkpoint file is encrypted Parquet (PARE magic), which Brickdesk does not read";
        QByteArray outside = real;
        outside.replace(real.size() - 8, 4, le32(0x7fffffff));
        QTest::newRow("footer length outside the file")
            << outside
            << QString("checkpoint footer length 2147483647 points outside the file (%1 bytes)")
                   .arg(real.size());
        QByteArray justOutside = real;
        justOutside.replace(real.size() - 8, 4, le32(quint32(real.size() - 11)));
        QTest::newRow("footer length one past the data")
            << justOutside
            << QString("checkpoint footer length %1 points outside the file (%2 bytes)")
                   .arg(real.size() - 11)
                   .arg(real.size());
        const quint32 half = footerLength / 2;
        const QByteArray truncated =
            real.left(footerStart) + real.mid(footerStart, half) + le32(half) + "PAR1";
        QTest::newRow("footer truncated")
            << truncated
            << QString("checkpoint footer truncated at byte %1").arg(footerStart + half);
        QTest::newRow("page header truncated")
            << smallCheckpoint(0, 1, false, 3)
            << "column metaData.id: page header truncated at byte 7";
        QTest::newRow("not a checkpoint")
            << writeParquet({{"schema", -1, 1, -1}, {"x", 1, 0, 1}},
                            {{{"x"}, 1, 0, 1, {{0, 1, 5}}}}, 0, 1, 1)
            << "file is not a Delta checkpoint: it has none of the action columns add, remove, "
               "metaData, protocol, txn, sidecar";
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!readDeltaCheckpoint(file, &error));
        QCOMPARE(error, expected);
    }

    void byteFlipsNeverCrash_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("classic") << "checkpoint/_delta_log/00000000000000000010.checkpoint.parquet";
        QTest::newRow("multi-part, part 1")
            << "multi-part-checkpoint/_delta_log/"
               "00000000000000000001.checkpoint.0000000001.0000000002.parquet";
        QTest::newRow("v2")
            << "v2-checkpoint-parquet/_delta_log/"
               "00000000000000000002.checkpoint.e8fa2696-9728-4e9c-b285-634743fdd4fb.parquet";
    }

    void byteFlipsNeverCrash()
    {
        // Every fourth byte of the column data and every byte of the footer flipped: each copy
        // gives a result or an error message, never a crash (fuzz_deltacheckpoint goes further,
        // under ASan and UBSan).
        QFETCH(QString, file);
        const QByteArray original = readAll(deltaDir() + "/" + file);
        const qsizetype footerStart =
            original.size() - 8 -
            qFromLittleEndian<quint32>(original.constData() + original.size() - 8);
        int results = 0;
        int errors = 0;
        for (qsizetype at = 0; at < original.size(); at += at < footerStart ? 4 : 1) {
            QByteArray copy = original;
            copy[at] = char(copy[at] ^ 0xff);
            QString error;
            if (readDeltaCheckpoint(copy, &error)) {
                ++results;
            } else {
                ++errors;
                QVERIFY(!error.isEmpty());
            }
        }
        qInfo("%s: %d copies read, %d refused", qPrintable(file), results, errors);
        QVERIFY(errors > 0);
    }

    void decompressionChecksSizes()
    {
        const QByteArray text = QByteArray("delta checkpoint ").repeated(100);
        QString error;
        for (const int codec : {1, 2, 6}) {
            const QByteArray compressed = compress(codec, text);
            QCOMPARE(
                decompressParquet(codec, compressed, text.size(), &error).value_or(QByteArray()),
                text);
            QVERIFY2(!decompressParquet(codec, compressed, text.size() - 1, &error),
                     qPrintable(error));
            QVERIFY2(!decompressParquet(codec, compressed, text.size() + 1, &error),
                     qPrintable(error));
            QVERIFY2(!decompressParquet(codec, compressed.left(compressed.size() / 2), text.size(),
                                        &error),
                     qPrintable(error));
        }
        QVERIFY(!decompressParquet(1, compress(1, text), text.size() - 1, &error));
        QCOMPARE(error, QString("SNAPPY data holds 1700 bytes, the page declares 1699"));
        QVERIFY(!decompressParquet(2, compress(2, text), text.size() - 1, &error));
        QCOMPARE(error, QString("GZIP data holds 1700 bytes, the page declares 1699"));
        QByteArray lyingTrailer = compress(2, text);
        lyingTrailer.replace(lyingTrailer.size() - 4, 4, le32(1699));
        QVERIFY(!decompressParquet(2, lyingTrailer, text.size() - 1, &error));
        QCOMPARE(error, QString("GZIP data inflates past the page's declared 1699 bytes"));
        QVERIFY(!decompressParquet(6, compress(6, text), text.size() + 1, &error));
        QCOMPARE(error, QString("ZSTD data holds 1700 bytes, the page declares 1701"));
        QVERIFY(!decompressParquet(0, text, 257LL * 1024 * 1024, &error));
        QVERIFY(error.contains("more than Brickdesk reads"));
        QVERIFY(!decompressParquet(0, text, text.size() + 1, &error));
    }

    void checkpointIsTheOnlySourceOfTheCdfTable()
    {
        // delta-rs's table keeps commits from v3 on: its schema and protocol come from here only.
        QString error;
        const auto content = readDeltaCheckpoint(
            readAll(deltaDir() +
                    "/checkpoint-cdf-table/_delta_log/00000000000000000003.checkpoint.parquet"),
            &error);
        QVERIFY2(content, qPrintable(error));
        QVERIFY(content->metaData);
        const QJsonArray fields =
            QJsonDocument::fromJson(content->metaData->value("schemaString").toString().toUtf8())
                .object()
                .value("fields")
                .toArray();
        QStringList names;
        for (const QJsonValue &field : fields)
            names.append(field.toObject().value("name").toString());
        QCOMPARE(names, QStringList({"id", "name", "birthday"}));
        QCOMPARE(content->metaData->value("partitionColumns").toArray(), QJsonArray({"birthday"}));
        QCOMPARE(content->metaData->value("configuration").toObject(),
                 QJsonObject({{"delta.enableChangeDataFeed", "true"}}));
        QCOMPARE(content->metaData->value("id").toString(),
                 QStringLiteral("d38a7090-96be-4b1b-b20f-b85ad8ae1a38"));
        QCOMPARE(content->metaData->value("createdTime").toInteger(), 1703265016759);
        QVERIFY(!content->metaData->contains("name")); // null in the checkpoint: left out
        QVERIFY(content->protocol);
        QCOMPARE(QJsonDocument(*content->protocol).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"minReaderVersion":1,"minWriterVersion":4})"));
        QCOMPARE(content->addFileCount, 9); // also _last_checkpoint's numOfAddFiles
    }
};

QTEST_GUILESS_MAIN(TestDeltaCheckpoint)
#include "tst_deltacheckpoint.moc"

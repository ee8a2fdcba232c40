#include "DbfsSeed.h"

#include "DbfsStore.h"
#include "DeltaTableGenerator.h"
#include "DemoSeed.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>

namespace brickdesk::emulator {

namespace {

// A small deterministic generator: the demo's files are the same bytes on every run.
class Lcg
{
public:
    explicit Lcg(quint32 seed)
        : m_state(seed)
    {}
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint32>(n)); }

private:
    quint32 m_state;
};

constexpr std::array<const char *, 5> kRegions = {"EMEA", "NA", "LATAM", "APAC", "ANZ"};
constexpr std::array<const char *, 8> kProducts = {
    "Espresso Machine", "Grinder Pro",    "Milk Frother",  "Cold Brew Kit",
    "Pour-Over Set",    "Descaling Tabs", "Bean Canister", "Barista Scale"};
constexpr std::array<int, 8> kPriceCents = {34900, 12900, 4900, 3900, 5900, 1499, 2499, 4499};

void put(DbfsStore &store, const QByteArray &path, const QByteArray &data, qint64 modifiedMs)
{
    const QString dbfsPath = QString::fromUtf8(path);
    store.write(dbfsPath, true, data);
    QFile file(store.localPath(dbfsPath));
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC),
                         QFileDevice::FileModificationTime);
}

QByteArray money(int cents)
{
    return QByteArray::number(cents / 100) + '.' +
           QByteArray::number(cents % 100).rightJustified(2, '0');
}

// 200 lines: the header and 199 orders.
QByteArray salesCsv(const DemoTime &t)
{
    Lcg random(20241121);
    QByteArray csv = "order_id,order_date,region,product,quantity,unit_price,total\n";
    const QDate first = QDateTime::fromMSecsSinceEpoch(t.at(2024, 10, 1, 0, 0, 0), Qt::UTC).date();
    for (int i = 0; i < 199; ++i) {
        const int product = random.below(static_cast<int>(kProducts.size()));
        const int quantity = 1 + random.below(12);
        const int price = kPriceCents.at(static_cast<std::size_t>(product));
        csv += QByteArray::number(100001 + i) + ',' +
               first.addDays(i * 50 / 199).toString(Qt::ISODate).toLatin1() + ',' +
               kRegions.at(static_cast<std::size_t>(random.below(5))) + ',' +
               kProducts.at(static_cast<std::size_t>(product)) + ',' +
               QByteArray::number(quantity) + ',' + money(price) + ',' + money(price * quantity) +
               '\n';
    }
    return csv;
}

QByteArray customersCsv()
{
    static const std::array<const char *, 10> first = {"Anna",  "Ravi", "Mei",   "Lukas", "Sofia",
                                                       "Jonas", "Aiko", "Mateo", "Chloe", "Omar"};
    static const std::array<const char *, 10> last = {
        "Keller", "Patel", "Chen", "Novak", "Rossi", "Berg", "Tanaka", "Silva", "Martin", "Haddad"};
    Lcg random(7);
    QByteArray csv = "customer_id,first_name,last_name,email,country,signup_date\n";
    static const std::array<const char *, 6> countries = {"DE", "US", "JP", "BR", "FR", "IN"};
    for (int i = 0; i < 60; ++i) {
        const QByteArray firstName = first.at(static_cast<std::size_t>(random.below(10)));
        const QByteArray lastName = last.at(static_cast<std::size_t>(random.below(10)));
        csv += "C" + QByteArray::number(5000 + i) + ',' + firstName + ',' + lastName + ',' +
               firstName.toLower() + '.' + lastName.toLower() + QByteArray::number(i) +
               "@example.com," + countries.at(static_cast<std::size_t>(random.below(6))) +
               ",2023-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + '-' +
               QByteArray::number(1 + i % 28).rightJustified(2, '0') + '\n';
    }
    return csv;
}

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray productsJson()
{
    QByteArray lines;
    for (std::size_t i = 0; i < kProducts.size(); ++i) {
        lines += jsonLine({{QStringLiteral("product_id"), static_cast<int>(i + 1)},
                           {QStringLiteral("name"), QString::fromUtf8(kProducts.at(i))},
                           {QStringLiteral("unit_price"), kPriceCents.at(i) / 100.0},
                           {QStringLiteral("in_stock"), i % 3 != 2}});
    }
    return lines;
}

QByteArray regionsJson()
{
    QJsonArray regions;
    static const std::array<const char *, 5> names = {"Europe, Middle East and Africa",
                                                      "North America", "Latin America",
                                                      "Asia Pacific", "Australia and New Zealand"};
    for (std::size_t i = 0; i < kRegions.size(); ++i) {
        regions.append(QJsonObject{{QStringLiteral("code"), QString::fromUtf8(kRegions.at(i))},
                                   {QStringLiteral("name"), QString::fromUtf8(names.at(i))}});
    }
    return QJsonDocument(regions).toJson(QJsonDocument::Indented);
}

QByteArray eventsJson(const DemoTime &t, int day, int count)
{
    static const std::array<const char *, 4> types = {"page_view", "add_to_cart", "checkout",
                                                      "search"};
    Lcg random(static_cast<quint32>(day));
    QByteArray lines;
    for (int i = 0; i < count; ++i) {
        const qint64 at = t.at(2024, 11, day, 8, 0, 0) + static_cast<qint64>(i) * 731000;
        lines += jsonLine(
            {{QStringLiteral("event_id"),
              QStringLiteral("evt-%1-%2").arg(day).arg(i, 4, 10, QLatin1Char('0'))},
             {QStringLiteral("event_type"),
              QString::fromUtf8(types.at(static_cast<std::size_t>(random.below(4))))},
             {QStringLiteral("user_id"), QStringLiteral("C%1").arg(5000 + random.below(60))},
             {QStringLiteral("timestamp"),
              QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs)},
             {QStringLiteral("device"),
              random.below(2) ? QStringLiteral("mobile") : QStringLiteral("desktop")}});
    }
    return lines;
}

// --- A real (stored, uncompressed) zip for the jar -------------------------------------------

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void le16(QByteArray *out, quint32 value)
{
    out->append(static_cast<char>(value & 0xff));
    out->append(static_cast<char>((value >> 8) & 0xff));
}

void le32(QByteArray *out, quint32 value)
{
    le16(out, value & 0xffff);
    le16(out, value >> 16);
}

QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    constexpr quint32 dosTime = (9u << 11) | (30u << 5); // 09:30:00
    constexpr quint32 dosDate = ((2024u - 1980u) << 9) | (11u << 5) | 4u;
    QByteArray zip;
    QByteArray central;
    for (const auto &[name, data] : entries) {
        const auto offset = static_cast<quint32>(zip.size());
        const quint32 crc = crc32(data);
        const auto size = static_cast<quint32>(data.size());
        le32(&zip, 0x04034b50u);
        for (quint32 value : {10u, 0u, 0u, dosTime, dosDate})
            le16(&zip, value);
        le32(&zip, crc);
        le32(&zip, size);
        le32(&zip, size);
        le16(&zip, static_cast<quint32>(name.size()));
        le16(&zip, 0);
        zip += name + data;

        le32(&central, 0x02014b50u);
        for (quint32 value : {20u, 10u, 0u, 0u, dosTime, dosDate})
            le16(&central, value);
        le32(&central, crc);
        le32(&central, size);
        le32(&central, size);
        le16(&central, static_cast<quint32>(name.size()));
        for (int i = 0; i < 4; ++i) // extra, comment, disk, internal attributes
            le16(&central, 0);
        le32(&central, 0); // external attributes
        le32(&central, offset);
        central += name;
    }
    const auto centralOffset = static_cast<quint32>(zip.size());
    zip += central;
    le32(&zip, 0x06054b50u);
    le16(&zip, 0);
    le16(&zip, 0);
    le16(&zip, static_cast<quint32>(entries.size()));
    le16(&zip, static_cast<quint32>(entries.size()));
    le32(&zip, static_cast<quint32>(central.size()));
    le32(&zip, centralOffset);
    le16(&zip, 0);
    return zip;
}

QByteArray udfsJar()
{
    QByteArray classFile = QByteArray::fromHex("cafebabe00000034");
    Lcg random(42);
    for (int i = 0; i < 600; ++i)
        classFile.append(static_cast<char>(random.next() & 0xff));
    return storedZip({{"META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: "
                                               "brickdesk demo\r\nImplementation-Title: udfs\r\n"
                                               "Implementation-Version: 1.0\r\n\r\n"},
                      {"com/brickdesk/udfs/NormalizeSku.class", classFile}});
}

// --- The Delta table -------------------------------------------------------------------------

QByteArray fakeParquet(quint32 seed, int size)
{
    // Parquet's magic at both ends; the middle is filler (nothing reads these files).
    QByteArray data = "PAR1";
    Lcg random(seed);
    while (data.size() < size - 8)
        data.append(static_cast<char>(random.next() & 0xff));
    le32(&data, static_cast<quint32>(size - 12)); // "footer length"
    data += "PAR1";
    return data;
}

QString salesSchemaString()
{
    QJsonArray fields;
    const std::array<std::pair<const char *, const char *>, 7> columns = {{
        {"order_id", "long"},
        {"order_date", "date"},
        {"region", "string"},
        {"product", "string"},
        {"quantity", "integer"},
        {"unit_price", "double"},
        {"total", "double"},
    }};
    for (const auto &[name, type] : columns) {
        fields.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
                                  {QStringLiteral("type"), QString::fromUtf8(type)},
                                  {QStringLiteral("nullable"), true},
                                  {QStringLiteral("metadata"), QJsonObject()}});
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("struct")},
                                  {QStringLiteral("fields"), fields}})
            .toJson(QJsonDocument::Compact));
}

QString stats(int records, int firstOrder)
{
    const QJsonObject object{
        {QStringLiteral("numRecords"), records},
        {QStringLiteral("minValues"), QJsonObject{{QStringLiteral("order_id"), firstOrder}}},
        {QStringLiteral("maxValues"),
         QJsonObject{{QStringLiteral("order_id"), firstOrder + records - 1}}},
        {QStringLiteral("nullCount"), QJsonObject{{QStringLiteral("order_id"), 0}}}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject addAction(const QString &path, int size, qint64 at, int records, int firstOrder)
{
    return {{QStringLiteral("add"),
             QJsonObject{{QStringLiteral("path"), path},
                         {QStringLiteral("partitionValues"), QJsonObject()},
                         {QStringLiteral("size"), size},
                         {QStringLiteral("modificationTime"), at},
                         {QStringLiteral("dataChange"), true},
                         {QStringLiteral("stats"), stats(records, firstOrder)}}}};
}

QJsonObject commitInfo(qint64 at, const QString &operation, const QJsonObject &parameters,
                       const QJsonObject &metrics, int readVersion, bool blindAppend)
{
    QJsonObject info{
        {QStringLiteral("timestamp"), at},
        {QStringLiteral("userId"), QStringLiteral("4816170123456789")},
        {QStringLiteral("userName"), QString::fromUtf8(demo::kUsers.at(0))},
        {QStringLiteral("operation"), operation},
        {QStringLiteral("operationParameters"), parameters},
        {QStringLiteral("notebook"),
         QJsonObject{{QStringLiteral("notebookId"), QStringLiteral("1189437526173441")}}},
        {QStringLiteral("clusterId"), QString::fromUtf8(demo::kSharedAnalyticsId)},
        {QStringLiteral("isolationLevel"), QStringLiteral("WriteSerializable")},
        {QStringLiteral("isBlindAppend"), blindAppend},
        {QStringLiteral("operationMetrics"), metrics},
        {QStringLiteral("engineInfo"), QStringLiteral("Databricks-Runtime/14.3.x-scala2.12")},
        {QStringLiteral("txnId"), QStringLiteral("3f1c9a52-6d4e-4b8a-9e2f-%1")
                                      .arg(at % 1000000000000LL, 12, 10, QLatin1Char('0'))}};
    if (readVersion >= 0)
        info.insert(QStringLiteral("readVersion"), readVersion);
    return {{QStringLiteral("commitInfo"), info}};
}

void seedDeltaTable(DbfsStore &store, const DemoTime &t)
{
    const char *table = "/user/hive/warehouse/sales_delta";
    const std::array<QString, 3> files = {
        QStringLiteral("part-00000-7c2e5d1a-9b4f-4e3a-8d6c-1f2a3b4c5d6e-c000.snappy.parquet"),
        QStringLiteral("part-00000-a41b8c3d-2e5f-4a6b-9c7d-8e9f0a1b2c3d-c000.snappy.parquet"),
        QStringLiteral("part-00000-d93f6e2b-7a1c-4d5e-8f9a-0b1c2d3e4f5a-c000.snappy.parquet")};
    const std::array<int, 3> sizes = {4821, 2377, 4512};
    const std::array<qint64, 3> times = {t.at(2024, 11, 4, 9, 12, 31), t.at(2024, 11, 12, 6, 3, 8),
                                         t.at(2024, 11, 19, 6, 4, 55)};
    for (std::size_t i = 0; i < files.size(); ++i) {
        put(store, QByteArray(table) + '/' + files.at(i).toUtf8(),
            fakeParquet(static_cast<quint32>(i + 1), sizes.at(i)), times.at(i));
    }

    // Version 0: CREATE TABLE AS SELECT.
    QByteArray v0;
    v0 += jsonLine(commitInfo(times[0], QStringLiteral("CREATE TABLE AS SELECT"),
                              {{QStringLiteral("isManaged"), QStringLiteral("true")},
                               {QStringLiteral("description"), QJsonValue::Null},
                               {QStringLiteral("partitionBy"), QStringLiteral("[]")},
                               {QStringLiteral("properties"), QStringLiteral("{}")}},
                              {{QStringLiteral("numFiles"), QStringLiteral("1")},
                               {QStringLiteral("numOutputRows"), QStringLiteral("120")},
                               {QStringLiteral("numOutputBytes"), QString::number(sizes[0])}},
                              -1, true));
    v0 += jsonLine(
        {{QStringLiteral("protocol"), QJsonObject{{QStringLiteral("minReaderVersion"), 1},
                                                  {QStringLiteral("minWriterVersion"), 2}}}});
    v0 +=
        jsonLine({{QStringLiteral("metaData"),
                   QJsonObject{{QStringLiteral("id"),
                                QStringLiteral("b6e0f6a2-43c1-4f0e-9d7b-5a8c2e1f3d90")},
                               {QStringLiteral("format"),
                                QJsonObject{{QStringLiteral("provider"), QStringLiteral("parquet")},
                                            {QStringLiteral("options"), QJsonObject()}}},
                               {QStringLiteral("schemaString"), salesSchemaString()},
                               {QStringLiteral("partitionColumns"), QJsonArray()},
                               {QStringLiteral("configuration"), QJsonObject()},
                               {QStringLiteral("createdTime"), times[0] - 1874}}}});
    v0 += jsonLine(addAction(files[0], sizes[0], times[0], 120, 100001));

    // Version 1: an append.
    QByteArray v1;
    v1 += jsonLine(commitInfo(times[1], QStringLiteral("WRITE"),
                              {{QStringLiteral("mode"), QStringLiteral("Append")},
                               {QStringLiteral("partitionBy"), QStringLiteral("[]")}},
                              {{QStringLiteral("numFiles"), QStringLiteral("1")},
                               {QStringLiteral("numOutputRows"), QStringLiteral("79")},
                               {QStringLiteral("numOutputBytes"), QString::number(sizes[1])}},
                              0, true));
    v1 += jsonLine(addAction(files[1], sizes[1], times[1], 79, 100121));

    // Version 2: a DELETE that rewrote the first file (still on disk until VACUUM).
    QByteArray v2;
    v2 += jsonLine(
        commitInfo(times[2], QStringLiteral("DELETE"),
                   {{QStringLiteral("predicate"), QStringLiteral("[\"(region#412 = LATAM)\"]")}},
                   {{QStringLiteral("numRemovedFiles"), QStringLiteral("1")},
                    {QStringLiteral("numAddedFiles"), QStringLiteral("1")},
                    {QStringLiteral("numDeletedRows"), QStringLiteral("23")},
                    {QStringLiteral("numCopiedRows"), QStringLiteral("97")}},
                   1, false));
    v2 += jsonLine(
        {{QStringLiteral("remove"), QJsonObject{{QStringLiteral("path"), files[0]},
                                                {QStringLiteral("deletionTimestamp"), times[2]},
                                                {QStringLiteral("dataChange"), true},
                                                {QStringLiteral("extendedFileMetadata"), true},
                                                {QStringLiteral("partitionValues"), QJsonObject()},
                                                {QStringLiteral("size"), sizes[0]}}}});
    v2 += jsonLine(addAction(files[2], sizes[2], times[2], 97, 100001));

    const std::array<QByteArray, 3> commits = {v0, v1, v2};
    for (std::size_t version = 0; version < commits.size(); ++version) {
        const QByteArray name =
            QByteArray(table) + "/_delta_log/" +
            QByteArray::number(static_cast<int>(version)).rightJustified(20, '0') + ".json";
        put(store, name, commits.at(version), times.at(version) + 412);
    }
}

} // namespace

void seedDemoDbfs(DbfsStore &store, qint64 nowMs)
{
    const DemoTime t = DemoTime::startingAt(nowMs);
    put(store, "/FileStore/tables/sales.csv", salesCsv(t), t.at(2024, 11, 2, 16, 41, 7));
    put(store, "/FileStore/tables/customers.csv", customersCsv(), t.at(2024, 10, 28, 11, 5, 52));
    put(store, "/FileStore/tables/products.json", productsJson(), t.at(2024, 10, 28, 11, 6, 30));
    put(store, "/FileStore/tables/regions.json", regionsJson(), t.at(2024, 9, 30, 15, 20, 0));
    put(store, "/FileStore/jars/udfs-1.0.jar", udfsJar(), t.at(2024, 11, 4, 9, 30, 0));
    store.mkdirs(QStringLiteral("/tmp"));
    for (int day = 18; day <= 20; ++day) {
        const QByteArray path =
            "/mnt/raw/events/events-2024-11-" + QByteArray::number(day) + ".json";
        put(store, path, eventsJson(t, day, 40 + day), t.at(2024, 11, day, 23, 59, 0));
    }
    seedDeltaTable(store, t);
    // A table with a longer history (schema changes, OPTIMIZE, RESTORE...), next to sales_delta
    // and named after the demo SQL schema's trips table, so that the first run shows one. A
    // failure leaves it out, as a failed put leaves out a file: the demo starts anyway.
    (void)writeGeneratedDeltaTable(store, QStringLiteral("/user/hive/warehouse/trips_delta"),
                                   kDemoDeltaCommits, nowMs);
    put(store, "/databricks-datasets/README.md",
        "# Databricks datasets\n\n"
        "Sample data for learning and demos, mounted read-only in every workspace.\n\n"
        "This emulated workspace keeps only this file here; see /FileStore/tables for the\n"
        "demo's own CSV and JSON tables and /user/hive/warehouse for Delta tables (sales_delta,\n"
        "and trips_delta with a longer history).\n",
        t.at(2024, 1, 15, 12, 0, 0));
}

} // namespace brickdesk::emulator

#include "SqlDemoSchema.h"

#include "SqlText.h"

#include <array>

namespace brickdesk::emulator {

namespace {

constexpr std::array<const char *, 12> kFirstNames = {"Anna",  "Ravi",  "Mia",   "Jonas",
                                                      "Sofia", "Liam",  "Emma",  "Noah",
                                                      "Lea",   "Arjun", "Chloe", "Ben"};
constexpr std::array<const char *, 10> kLastNames = {
    "Keller", "Patel", "Novak", "Berg", "Rossi", "Murphy", "Schmidt", "Garcia", "Dubois", "Khan"};
constexpr std::array<const char *, 6> kCountries = {"DE", "US", "GB", "FR", "IN", "NL"};
constexpr std::array<const char *, 3> kSegments = {"consumer", "smb", "enterprise"};

QString customersInsert()
{
    QStringList rows;
    for (int id = 1; id <= kDemoCustomerCount; ++id) {
        const QString first =
            QString::fromLatin1(kFirstNames.at(static_cast<std::size_t>(id % 12)));
        const QString last =
            QString::fromLatin1(kLastNames.at(static_cast<std::size_t>((id * 7) % 10)));
        QString email = QStringLiteral("NULL");
        if (id % 9 != 0) {
            email = id % 13 == 0
                        ? QStringLiteral("''")
                        : sqlStringLiteral(first.toLower() + QLatin1Char('.') + last.toLower() +
                                           QString::number(id) + QStringLiteral("@example.com"));
        }
        rows.append(
            QStringLiteral("(%1, %2, %3, '%4', '%5', date('2023-01-01', '+%6 days'), %7)")
                .arg(id)
                .arg(sqlStringLiteral(first + QLatin1Char(' ') + last), email,
                     QString::fromLatin1(kCountries.at(static_cast<std::size_t>(id % 6))),
                     QString::fromLatin1(kSegments.at(static_cast<std::size_t>((id * 5) % 3))))
                .arg((id * 37) % 600)
                .arg(id % 7 == 0 ? 0 : 1));
    }
    return QStringLiteral("INSERT INTO demo.customers VALUES ") + rows.join(QStringLiteral(", "));
}

} // namespace

QStringList sqlDemoSchemaStatements()
{
    QStringList sql;
    sql << QStringLiteral(
        "CREATE TABLE demo.trips (trip_id BIGINT, pickup_time TIMESTAMP, dropoff_time TIMESTAMP, "
        "pickup_zip INT, dropoff_zip INT, passenger_count INT, trip_distance DOUBLE, "
        "fare_amount DECIMAL(10,2), tip_amount DECIMAL(10,2), total_amount DECIMAL(10,2), "
        "payment_type STRING)");
    sql << QStringLiteral(
               "INSERT INTO demo.trips "
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1), "
               "base AS (SELECT i, 1727740800 + i * 1301 + (i * 7919) %% 900 AS pickup, "
               "0.5 + ((i * 2654435761) %% 180) / 10.0 AS distance, "
               "CASE WHEN i %% 50 = 0 THEN 'no charge' WHEN i %% 97 = 0 THEN 'dispute' "
               "WHEN i %% 10 < 6 THEN 'card' ELSE 'cash' END AS payment FROM n), "
               "priced AS (SELECT *, round(3.0 + distance * 2.5, 2) AS fare FROM base) "
               "SELECT i, datetime(pickup, 'unixepoch'), "
               "datetime(pickup + 300 + CAST(distance * 120 AS INTEGER), 'unixepoch'), "
               "10001 + (i * 31) %% 280, 10001 + (i * 17) %% 280, 1 + (i * 13) %% 4, distance, "
               "fare, CASE payment WHEN 'card' THEN round(fare * ((i * 37) %% 25) / 100.0, 2) "
               "ELSE 0 END, 0, payment FROM priced")
               .arg(kDemoTripCount)
               .replace(QStringLiteral("%%"), QStringLiteral("%"));
    sql << QStringLiteral("UPDATE demo.trips SET total_amount = round(fare_amount + tip_amount + "
                          "1.0, 2)");
    sql << QStringLiteral(
        "CREATE TABLE demo.customers (customer_id BIGINT, name STRING, email STRING, "
        "country STRING, segment STRING, signup_date DATE, is_active BOOLEAN)");
    sql << customersInsert();
    sql << QStringLiteral(
        "CREATE TABLE demo.orders (order_id BIGINT, customer_id BIGINT, order_date DATE, "
        "status STRING, amount DECIMAL(10,2), coupon_code STRING, note STRING, "
        "shipped_at TIMESTAMP)");
    sql << QStringLiteral(
               "INSERT INTO demo.orders "
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1), "
               "o AS (SELECT i, date('2024-06-01', '+' || ((i * 173) %% 150) || ' days') AS day, "
               "CASE WHEN i %% 11 = 0 THEN 'cancelled' WHEN i %% 17 = 0 THEN 'returned' "
               "WHEN i %% 5 = 0 THEN 'pending' WHEN i %% 3 = 0 THEN 'shipped' "
               "ELSE 'delivered' END AS status FROM n) "
               "SELECT i, 1 + (i * 7) %% %2, day, status, "
               "round(5 + ((i * 7919) %% 50000) / 100.0, 2), "
               "CASE i %% 3 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'SAVE' || (5 * (1 + i %% 4)) END, "
               "CASE i %% 4 WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN 'leave at the door' "
               "ELSE 'gift wrap' END, "
               "CASE WHEN status IN ('shipped', 'delivered', 'returned') "
               "THEN datetime(day, '+1 day', '+' || (i %% 12) || ' hours') END FROM o")
               .arg(kDemoOrderCount)
               .arg(kDemoCustomerCount)
               .replace(QStringLiteral("%%"), QStringLiteral("%"));
    sql << QStringLiteral("CREATE TABLE demo._daily_revenue_columns (trip_date DATE, trips BIGINT, "
                          "revenue DECIMAL(12,2))");
    sql << QStringLiteral("CREATE VIEW demo.daily_revenue AS SELECT * FROM _daily_revenue_columns "
                          "UNION ALL SELECT date(pickup_time), count(*), round(sum(total_amount), "
                          "2) FROM trips GROUP BY date(pickup_time) ORDER BY 1");
    sql << QStringLiteral("CREATE TABLE demo._events_1m_columns (id BIGINT, event_time TIMESTAMP, "
                          "user_id BIGINT, kind STRING, amount DOUBLE, note STRING)");
    sql << QStringLiteral(
               "CREATE VIEW demo.events_1m AS SELECT * FROM _events_1m_columns UNION ALL "
               "SELECT * FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
               "WHERE n < %1) "
               "SELECT n, datetime(1730419200 + n * 7, 'unixepoch'), 1 + (n * 7919) %% 5000, "
               "CASE n %% 5 WHEN 0 THEN 'click' WHEN 1 THEN 'view' WHEN 2 THEN 'add_to_cart' "
               "WHEN 3 THEN 'purchase' ELSE 'logout' END, "
               "round(1 + ((n * 2654435761) %% 99991) / 100.0, 2), "
               "CASE WHEN n %% 7 = 0 THEN NULL ELSE 'note ' || n END FROM seq)")
               .arg(kDemoEventCount)
               .replace(QStringLiteral("%%"), QStringLiteral("%"));
    return sql;
}

} // namespace brickdesk::emulator

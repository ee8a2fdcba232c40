#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace brickdesk::emulator {

// A result column's type as the Statement Execution API names it: type_name (the enum: INT,
// LONG, DOUBLE, DECIMAL, STRING, BOOLEAN, DATE, TIMESTAMP, BINARY, NULL, ...) and type_text (the
// SQL spelling: INT, BIGINT, DECIMAL(10,2), ...).
struct SqlColumnType
{
    QString typeName;
    QString typeText;
    int precision = -1; // DECIMAL only
    int scale = -1;

    bool isKnown() const { return !typeName.isEmpty(); }
};

// From a column's declared type in SQLite (what CREATE TABLE said: BIGINT, DECIMAL(10,2),
// STRING, TIMESTAMP, ...); unknown for an empty declaration (an expression).
SqlColumnType sqlTypeFromDeclaration(const QString &declared);
// From SQLite's typeof() of a value: integer → BIGINT, real → DOUBLE, text → STRING,
// blob → BINARY, null → VOID.
SqlColumnType sqlTypeFromValue(const QString &sqliteTypeOf);
SqlColumnType sqlStringType();
SqlColumnType sqlBooleanType();
SqlColumnType sqlLongType();
// DESCRIBE's data_type: Spark's lower-case spelling ("bigint", "decimal(10,2)").
QString sqlDescribeTypeText(const QString &declared);

// Appends one value of a JSON_ARRAY row: a JSON string (numbers written plainly, as Spark casts
// them to strings; booleans "true"/"false"; binary as base64) or null.
void appendSqlValueJson(QByteArray *out, const QVariant &value, const SqlColumnType &type);
// A TIMESTAMP value (epoch ms) as Spark casts it to a string in UTC, the form the emulator's
// other TIMESTAMP values have: "2024-11-19 06:04:55", with ".412" (trailing zeros dropped) when
// there are milliseconds.
QString sqlTimestampText(qint64 epochMs);
// A double as Java's Double.toString writes it (Spark's string form): "3.0", "0.1", "1.0E10".
QString sparkDoubleText(double value);

} // namespace brickdesk::emulator

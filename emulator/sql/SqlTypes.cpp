#include "SqlTypes.h"

#include "dbfs/DbfsBodies.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <array>
#include <cmath>

namespace brickdesk::emulator {

namespace {

struct TypeRow
{
    const char *declared; // upper case, without parameters
    const char *typeName;
    const char *typeText;
};

// Declared types seen in SQLite tables (Databricks names and SQLite's own).
constexpr std::array<TypeRow, 22> kTypes = {{
    {"TINYINT", "BYTE", "TINYINT"},
    {"BYTE", "BYTE", "TINYINT"},
    {"SMALLINT", "SHORT", "SMALLINT"},
    {"SHORT", "SHORT", "SMALLINT"},
    {"INT", "INT", "INT"},
    {"INTEGER", "INT", "INT"},
    {"BIGINT", "LONG", "BIGINT"},
    {"LONG", "LONG", "BIGINT"},
    {"FLOAT", "FLOAT", "FLOAT"},
    {"REAL", "DOUBLE", "DOUBLE"},
    {"DOUBLE", "DOUBLE", "DOUBLE"},
    {"STRING", "STRING", "STRING"},
    {"TEXT", "STRING", "STRING"},
    {"VARCHAR", "STRING", "STRING"},
    {"CHAR", "STRING", "STRING"},
    {"BOOLEAN", "BOOLEAN", "BOOLEAN"},
    {"BOOL", "BOOLEAN", "BOOLEAN"},
    {"DATE", "DATE", "DATE"},
    {"TIMESTAMP", "TIMESTAMP", "TIMESTAMP"},
    {"DATETIME", "TIMESTAMP", "TIMESTAMP"},
    {"BINARY", "BINARY", "BINARY"},
    {"BLOB", "BINARY", "BINARY"},
}};

SqlColumnType make(const char *typeName, const char *typeText)
{
    return SqlColumnType{QString::fromLatin1(typeName), QString::fromLatin1(typeText)};
}

SqlColumnType decimalType(const QString &declared)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(?:DECIMAL|NUMERIC|DEC)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(declared.trimmed());
    if (!match.hasMatch())
        return SqlColumnType();
    SqlColumnType type;
    type.typeName = QStringLiteral("DECIMAL");
    type.precision = match.captured(1).isEmpty() ? 10 : match.captured(1).toInt();
    type.scale = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    type.typeText = QStringLiteral("DECIMAL(%1,%2)").arg(type.precision).arg(type.scale);
    return type;
}

bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15;
}

QString numberText(const QVariant &value, const SqlColumnType &type)
{
    const bool integer =
        value.metaType().id() == QMetaType::LongLong || value.metaType().id() == QMetaType::Int;
    const double number = value.toDouble();
    if (type.typeName == QStringLiteral("BOOLEAN"))
        return number != 0 ? QStringLiteral("true") : QStringLiteral("false");
    if (type.typeName == QStringLiteral("DECIMAL") && type.scale >= 0)
        return integer && type.scale == 0 ? QString::number(value.toLongLong())
                                          : QString::number(number, 'f', type.scale);
    if (type.typeName == QStringLiteral("DOUBLE") || type.typeName == QStringLiteral("FLOAT"))
        return sparkDoubleText(number);
    if (integer)
        return QString::number(value.toLongLong());
    const bool integral =
        type.typeName == QStringLiteral("INT") || type.typeName == QStringLiteral("LONG") ||
        type.typeName == QStringLiteral("SHORT") || type.typeName == QStringLiteral("BYTE");
    if (integral && isWholeNumber(number))
        return QString::number(static_cast<qint64>(number));
    return sparkDoubleText(number);
}

} // namespace

SqlColumnType sqlTypeFromDeclaration(const QString &declared)
{
    const QString trimmed = declared.trimmed();
    if (trimmed.isEmpty())
        return SqlColumnType();
    if (SqlColumnType decimal = decimalType(trimmed); decimal.isKnown())
        return decimal;
    // VARCHAR(20), DOUBLE PRECISION: the first word decides.
    const QString word =
        trimmed.section(QRegularExpression(QStringLiteral("[\\s(]")), 0, 0).toUpper();
    for (const TypeRow &row : kTypes) {
        if (word == QLatin1String(row.declared))
            return make(row.typeName, row.typeText);
    }
    return sqlStringType();
}

SqlColumnType sqlTypeFromValue(const QString &sqliteTypeOf)
{
    if (sqliteTypeOf == QStringLiteral("integer"))
        return sqlLongType();
    if (sqliteTypeOf == QStringLiteral("real"))
        return make("DOUBLE", "DOUBLE");
    if (sqliteTypeOf == QStringLiteral("blob"))
        return make("BINARY", "BINARY");
    if (sqliteTypeOf == QStringLiteral("text"))
        return sqlStringType();
    return make("NULL", "VOID");
}

SqlColumnType sqlStringType()
{
    return make("STRING", "STRING");
}

SqlColumnType sqlBooleanType()
{
    return make("BOOLEAN", "BOOLEAN");
}

SqlColumnType sqlLongType()
{
    return make("LONG", "BIGINT");
}

QString sqlDescribeTypeText(const QString &declared)
{
    const SqlColumnType type = sqlTypeFromDeclaration(declared);
    return type.isKnown() ? type.typeText.toLower() : QStringLiteral("string");
}

void appendSqlValueJson(QByteArray *out, const QVariant &value, const SqlColumnType &type)
{
    if (value.isNull()) {
        out->append("null");
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        out->append('"');
        out->append(numberText(value, type).toLatin1());
        out->append('"');
        return;
    case QMetaType::QByteArray:
        out->append('"');
        out->append(value.toByteArray().toBase64());
        out->append('"');
        return;
    default:
        appendJsonString(out, value.toString());
    }
}

QString sqlTimestampText(qint64 epochMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    QString text = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString fraction = QString::number(time.time().msec()).rightJustified(3, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return text;
}

QString sparkDoubleText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    // The shortest digits that read back as the same double, and their exponent.
    const QString scientific =
        QString::number(std::fabs(value), 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(QLatin1Char('e'));
    QString digits = scientific.left(e);
    digits.remove(QLatin1Char('.'));
    const int exponent = scientific.mid(e + 1).toInt();
    QString text;
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
        const int before = exponent + 1; // digits before the point
        if (before <= 0) {
            text = QStringLiteral("0.") + QString(-before, QLatin1Char('0')) + digits;
        } else if (before >= digits.size()) {
            text =
                digits + QString(before - digits.size(), QLatin1Char('0')) + QStringLiteral(".0");
        } else {
            text = digits.left(before) + QLatin1Char('.') + digits.mid(before);
        }
    } else {
        const QString fraction = digits.size() > 1 ? digits.mid(1) : QStringLiteral("0");
        text = digits.left(1) + QLatin1Char('.') + fraction + QLatin1Char('E') +
               QString::number(exponent);
    }
    if (value < 0)
        return QLatin1Char('-') + text;
    return text;
}

} // namespace brickdesk::emulator

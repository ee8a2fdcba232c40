#include "SqlDeltaHistory.h"

#include "dbfs/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <array>
#include <cmath>

namespace brickdesk::emulator {

namespace {

// Delta's JobInfo and NotebookInfo, field by field.
constexpr std::array<const char *, 6> kJobFields = {"jobId", "jobName",    "jobRunId",
                                                    "runId", "jobOwnerId", "triggerType"};
constexpr std::array<const char *, 1> kNotebookFields = {"notebookId"};

SqlColumnType mapType()
{
    return SqlColumnType{QStringLiteral("MAP"), QStringLiteral("MAP<STRING, STRING>")};
}

template<std::size_t N> SqlColumnType structType(const std::array<const char *, N> &fields)
{
    QStringList parts;
    for (const char *field : fields)
        parts.append(QString::fromLatin1(field) + QStringLiteral(": STRING"));
    return SqlColumnType{QStringLiteral("STRUCT"), QStringLiteral("STRUCT<") +
                                                       parts.join(QStringLiteral(", ")) +
                                                       QLatin1Char('>')};
}

// A JSON value where a string is expected, as Delta reads commitInfo into string fields (Jackson
// turns scalars into their text): numbers and booleans as written, objects and arrays as
// compact JSON; nothing for null or a missing value.
std::optional<QString> stringOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        // The shortest text that reads back as the same number, as a JSON writer prints it
        // ("0.1", not "0.10000000000000001").
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

QVariant textValue(const QJsonObject &info, const char *key)
{
    const std::optional<QString> text = stringOf(info.value(QLatin1String(key)));
    return text ? QVariant(*text) : QVariant();
}

// MAP<STRING, STRING>: a JSON object whose values are strings or null. Qt's JSON objects keep
// no file order: the entries come sorted by key.
QVariant mapValue(const QJsonObject &info, const char *key)
{
    const QJsonValue value = info.value(QLatin1String(key));
    if (!value.isObject())
        return QVariant();
    const QJsonObject source = value.toObject();
    QJsonObject map;
    for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
        const std::optional<QString> text = stringOf(it.value());
        map.insert(it.key(), text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null));
    }
    return QString::fromUtf8(QJsonDocument(map).toJson(QJsonDocument::Compact));
}

// STRUCT<...: STRING>: every field in the struct's order, null when the commit lacks it.
template<std::size_t N>
QVariant structValue(const QJsonObject &info, const char *key,
                     const std::array<const char *, N> &fields)
{
    const QJsonValue value = info.value(QLatin1String(key));
    if (!value.isObject())
        return QVariant();
    const QJsonObject source = value.toObject();
    OrderedJson json;
    for (const char *field : fields) {
        if (const std::optional<QString> text = stringOf(source.value(QLatin1String(field))))
            json.text(field, *text);
        else
            json.null(field);
    }
    return QString::fromUtf8(json.json());
}

QVariant integerValue(const QJsonObject &info, const char *key)
{
    const QJsonValue value = info.value(QLatin1String(key));
    if (!value.isDouble() || value.toInteger(-1) != value.toInteger(0))
        return QVariant(); // missing, fractional or out of range
    return QVariant(static_cast<qlonglong>(value.toInteger()));
}

QVariant booleanValue(const QJsonObject &info, const char *key)
{
    const QJsonValue value = info.value(QLatin1String(key));
    if (!value.isBool())
        return QVariant();
    return QVariant(qlonglong(value.toBool() ? 1 : 0));
}

} // namespace

SqlFailure sqlSyntaxErrorAt(const QList<SqlToken> &tokens, const QString &statement, qsizetype i)
{
    return i < tokens.size() ? sqlSyntaxError(statement, tokens.at(i).start, tokens.at(i).text)
                             : sqlSyntaxError(statement, statement.size(), QString());
}

std::optional<QString> takeDeltaPath(SqlPlan *plan, const QString &statement, qsizetype *i,
                                     SqlFailure (*needsPath)(const QString &, qsizetype))
{
    const QList<SqlToken> &tokens = plan->scan.tokens;
    const qsizetype at = *i;
    const bool byPath = at + 2 < tokens.size() && tokens.at(at).isWord("DELTA") &&
                        tokens.at(at + 1).isSymbol('.') &&
                        tokens.at(at + 2).kind == SqlTokenKind::QuotedIdentifier &&
                        statement.at(tokens.at(at + 2).start) == QLatin1Char('`');
    if (!byPath) {
        plan->failure = sqlNameAt(tokens, at) ? needsPath(statement, tokens.at(at).start)
                                              : sqlSyntaxErrorAt(tokens, statement, at);
        return std::nullopt;
    }
    *i = at + 3;
    return tokens.at(at + 2).text;
}

void planDescribeHistory(SqlPlan *plan, const QString &statement)
{
    const QList<SqlToken> &tokens = plan->scan.tokens;
    const auto syntaxAt = [&](qsizetype at) { return sqlSyntaxErrorAt(tokens, statement, at); };
    qsizetype i = 2; // after DESCRIBE HISTORY
    const std::optional<QString> deltaPath =
        takeDeltaPath(plan, statement, &i, &sqlDeltaHistoryNeedsPath);
    if (!deltaPath)
        return;
    const QString path = *deltaPath;
    qint64 limit = -1;
    if (i < tokens.size() && tokens.at(i).isWord("LIMIT")) {
        ++i;
        bool ok = false;
        if (i < tokens.size() && tokens.at(i).kind == SqlTokenKind::Number)
            limit = tokens.at(i).text.toLongLong(&ok);
        if (!ok || limit < 0) {
            plan->failure = syntaxAt(i);
            return;
        }
        ++i;
    }
    if (i < tokens.size()) {
        plan->failure = syntaxAt(i);
        return;
    }
    plan->kind = SqlPlan::Kind::DeltaHistory;
    plan->deltaPath = path;
    plan->deltaHistoryLimit = limit;
}

QList<SqlResultColumn> deltaHistoryColumns()
{
    const SqlColumnType text = sqlStringType();
    const SqlColumnType integer = sqlLongType();
    return {
        {QStringLiteral("version"), integer},
        {QStringLiteral("timestamp"),
         SqlColumnType{QStringLiteral("TIMESTAMP"), QStringLiteral("TIMESTAMP")}},
        {QStringLiteral("userId"), text},
        {QStringLiteral("userName"), text},
        {QStringLiteral("operation"), text},
        {QStringLiteral("operationParameters"), mapType()},
        {QStringLiteral("job"), structType(kJobFields)},
        {QStringLiteral("notebook"), structType(kNotebookFields)},
        {QStringLiteral("clusterId"), text},
        {QStringLiteral("readVersion"), integer},
        {QStringLiteral("isolationLevel"), text},
        {QStringLiteral("isBlindAppend"), sqlBooleanType()},
        {QStringLiteral("operationMetrics"), mapType()},
        {QStringLiteral("userMetadata"), text},
        {QStringLiteral("engineInfo"), text},
    };
}

QVariantList deltaHistoryRow(const DeltaHistoryCommit &commit)
{
    const QJsonObject info = commit.commitInfo.value_or(QJsonObject());
    return {
        QVariant(static_cast<qlonglong>(commit.version)),
        QVariant(sqlTimestampText(commit.timestampMs)),
        textValue(info, "userId"),
        textValue(info, "userName"),
        textValue(info, "operation"),
        mapValue(info, "operationParameters"),
        structValue(info, "job", kJobFields),
        structValue(info, "notebook", kNotebookFields),
        textValue(info, "clusterId"),
        integerValue(info, "readVersion"),
        textValue(info, "isolationLevel"),
        booleanValue(info, "isBlindAppend"),
        mapValue(info, "operationMetrics"),
        textValue(info, "userMetadata"),
        textValue(info, "engineInfo"),
    };
}

} // namespace brickdesk::emulator

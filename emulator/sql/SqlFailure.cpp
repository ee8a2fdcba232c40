#include "SqlFailure.h"

#include <QRegularExpression>
#include <QStringList>

namespace brickdesk::emulator {

namespace {

const QString kMain = QStringLiteral("main");

// "line 1 pos 7" as analysis errors end; syntax errors say "(line 1, pos 7)".
QString analysisPosition(const QString &statement, qsizetype offset)
{
    const SqlTextPosition position = sqlTextPosition(statement, offset);
    return QStringLiteral("; line %1 pos %2").arg(position.line).arg(position.column);
}

// Spark's syntax errors end with the statement and a marker under the error.
QString sqlExcerpt(const QString &statement, const SqlTextPosition &position)
{
    QStringList lines = statement.split(QLatin1Char('\n'));
    const int markerLine = std::min<int>(position.line, static_cast<int>(lines.size()));
    lines.insert(markerLine, QString(position.column, QLatin1Char('-')) + QStringLiteral("^^^"));
    return QStringLiteral("\n\n== SQL ==\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString backquoted(const QStringList &parts)
{
    QStringList quoted;
    for (const QString &part : parts)
        quoted.append(
            QLatin1Char('`') +
            (part.compare(kMain, Qt::CaseInsensitive) == 0 ? QStringLiteral("default") : part) +
            QLatin1Char('`'));
    return quoted.join(QLatin1Char('.'));
}

bool namePartMatches(const SqlToken &token, const QString &part)
{
    if (!token.isName())
        return false;
    if (token.text.compare(part, Qt::CaseInsensitive) == 0)
        return true;
    // The emulator wrote "main" where the statement said "default".
    return part.compare(kMain, Qt::CaseInsensitive) == 0 &&
           token.text.compare(QStringLiteral("default"), Qt::CaseInsensitive) == 0;
}

// Where the dotted name `parts` is written in the statement (a catalog before it included);
// 0 when it cannot be found.
qsizetype findName(const SqlScan &scan, const QStringList &parts)
{
    const QList<SqlToken> &tokens = scan.tokens;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        bool matched = true;
        for (qsizetype k = 0; k < parts.size() && matched; ++k) {
            const qsizetype at = i + 2 * k;
            matched = at < tokens.size() && namePartMatches(tokens.at(at), parts.at(k)) &&
                      (k == 0 || tokens.at(at - 1).isSymbol('.'));
        }
        // A lone name must not be the tail of a longer dotted name the error did not mean.
        if (matched && parts.size() == 1 && i + 1 < tokens.size() && tokens.at(i + 1).isSymbol('.'))
            matched = false;
        if (!matched)
            continue;
        if (i >= 2 && tokens.at(i - 1).isSymbol('.') && tokens.at(i - 2).isName())
            return tokens.at(i - 2).start;
        return tokens.at(i).start;
    }
    return 0;
}

// The token SQLite named in "near "X"" (written as "?" for a parameter, "main" for default).
qsizetype findNear(const QString &statement, const SqlScan &scan, const QString &nearText,
                   const SqlErrorProbe &errorsAt)
{
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < scan.tokens.size(); ++i) {
        const SqlToken &token = scan.tokens.at(i);
        const QString written = statement.mid(token.start, token.length);
        if (written == nearText ||
            (nearText == QStringLiteral("?") && token.kind == SqlTokenKind::Parameter) ||
            (nearText == kMain && token.isWord("DEFAULT"))) {
            candidates.append(i);
        }
    }
    if (candidates.size() > 1 && errorsAt) {
        for (const qsizetype i : std::as_const(candidates)) {
            if (errorsAt(i))
                return scan.tokens.at(i).start;
        }
    }
    if (!candidates.isEmpty())
        return scan.tokens.at(candidates.constFirst()).start;
    const qsizetype found = scan.blanked.indexOf(nearText);
    return found < 0 ? 0 : found;
}

qsizetype endOfInput(const SqlScan &scan)
{
    return scan.tokens.isEmpty() ? 0 : scan.tokens.constLast().end();
}

SqlFailure failure(const QString &message, const char *sqlState)
{
    return SqlFailure{QStringLiteral("BAD_REQUEST"), message, QString::fromLatin1(sqlState)};
}

} // namespace

SqlFailure sqlSyntaxError(const QString &statement, qsizetype offset, const QString &nearText,
                          const QString &explanation)
{
    const SqlTextPosition position = sqlTextPosition(statement, offset);
    const QString near = nearText.isEmpty()
                             ? QStringLiteral("end of input")
                             : QString(QLatin1Char('\'') + nearText + QLatin1Char('\''));
    QString message =
        QStringLiteral("[PARSE_SYNTAX_ERROR] Syntax error at or near ") + near + QLatin1Char('.');
    if (!explanation.isEmpty())
        message += QLatin1Char(' ') + explanation;
    message += QStringLiteral(" SQLSTATE: 42601 (line %1, pos %2)")
                   .arg(position.line)
                   .arg(position.column) +
               sqlExcerpt(statement, position);
    return failure(message, "42601");
}

SqlFailure sqlUnboundParameter(const QString &statement, qsizetype offset, const QString &name)
{
    return failure(QStringLiteral("[UNBOUND_SQL_PARAMETER] Found the unbound parameter: ") + name +
                       QStringLiteral(". Please, fix `args` and provide a mapping of the "
                                      "parameter to either a SQL literal or collection "
                                      "constructor functions such as `map()`, `array()`, "
                                      "`struct()`. SQLSTATE: 42P02") +
                       analysisPosition(statement, offset),
                   "42P02");
}

SqlFailure sqlSchemaNotFound(const QString &catalog, const QString &schema)
{
    return failure(QStringLiteral("[SCHEMA_NOT_FOUND] The schema `") + catalog +
                       QStringLiteral("`.`") + schema +
                       QStringLiteral("` cannot be found. Verify the spelling and correctness of "
                                      "the schema and catalog.\nIf you did not qualify the name "
                                      "with a catalog, verify the current_schema() output, or "
                                      "qualify the name with the correct catalog.\nTo tolerate "
                                      "the error on drop use DROP SCHEMA IF EXISTS. SQLSTATE: "
                                      "42704"),
                   "42704");
}

SqlFailure sqlCatalogNotFound(const QString &catalog)
{
    return failure(QStringLiteral("[CATALOG_NOT_FOUND] The catalog `") + catalog +
                       QStringLiteral("` cannot be found. Verify the spelling and correctness of "
                                      "the catalog. SQLSTATE: 42P08"),
                   "42P08");
}

SqlFailure sqlUnsupportedStatement(const SqlToken &firstWord)
{
    return failure(QStringLiteral("[UNSUPPORTED_FEATURE] The emulator runs SELECT, WITH, VALUES, "
                                  "SHOW TABLES, SHOW SCHEMAS, SHOW CATALOGS, SHOW COLUMNS, "
                                  "DESCRIBE, USE, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER "
                                  "and RESTORE statements; '") +
                       firstWord.text + QStringLiteral("' is not one of them. SQLSTATE: 0A000"),
                   "0A000");
}

SqlFailure sqlTableNotFound(const QString &statement, qsizetype offset, const QStringList &parts)
{
    return failure(QStringLiteral("[TABLE_OR_VIEW_NOT_FOUND] The table or view ") +
                       backquoted(parts) +
                       QStringLiteral(" cannot be found. Verify the spelling and correctness of "
                                      "the schema and catalog.\nIf you did not qualify the name "
                                      "with a schema, verify the current_schema() output, or "
                                      "qualify the name with the correct schema and catalog.\nTo "
                                      "tolerate the error on drop use DROP VIEW IF EXISTS or DROP "
                                      "TABLE IF EXISTS. SQLSTATE: 42P01") +
                       analysisPosition(statement, offset),
                   "42P01");
}

SqlFailure sqlNotADeltaTable(const QString &path)
{
    return failure(QStringLiteral("[DELTA_MISSING_DELTA_TABLE] `") + path +
                       QStringLiteral("` is not a Delta table. SQLSTATE: 42P01"),
                   "42P01");
}

SqlFailure sqlDeltaHistoryNeedsPath(const QString &statement, qsizetype offset)
{
    return failure(QStringLiteral("[UNSUPPORTED_FEATURE] The emulator answers DESCRIBE HISTORY "
                                  "for a Delta table given by its DBFS path, "
                                  "delta.`/path/to/table`; its tables in schemas are SQLite "
                                  "tables, not Delta tables. SQLSTATE: 0A000") +
                       analysisPosition(statement, offset),
                   "0A000");
}

SqlFailure sqlDeltaRestoreNeedsPath(const QString &statement, qsizetype offset)
{
    return failure(QStringLiteral("[UNSUPPORTED_FEATURE] The emulator restores a Delta table "
                                  "given by its DBFS path, delta.`/path/to/table`; its tables in "
                                  "schemas are SQLite tables, not Delta tables. SQLSTATE: 0A000") +
                       analysisPosition(statement, offset),
                   "0A000");
}

SqlFailure sqlDeltaRestoreByTimestamp(const QString &statement, qsizetype offset)
{
    return failure(QStringLiteral("[UNSUPPORTED_FEATURE] The emulator restores a Delta table to a "
                                  "version (RESTORE TABLE ... TO VERSION AS OF n), not to a "
                                  "timestamp: find the version with DESCRIBE HISTORY. "
                                  "SQLSTATE: 0A000") +
                       analysisPosition(statement, offset),
                   "0A000");
}

SqlFailure sqlDeltaCannotRestoreVersion(qint64 version, qint64 earliest, qint64 latest)
{
    return failure(QStringLiteral("[DELTA_CANNOT_RESTORE_TABLE_VERSION] Cannot restore table to "
                                  "version %1. Available versions: [%2, %3]. SQLSTATE: 22003")
                       .arg(version)
                       .arg(earliest)
                       .arg(latest),
                   "22003");
}

SqlFailure sqlDeltaConcurrentWrite(const QString &path, qint64 version)
{
    return failure(QStringLiteral("[DELTA_CONCURRENT_WRITE] Transaction conflict detected. A "
                                  "concurrent transaction has written new data since the current "
                                  "transaction read the table. Please try the operation again.\n"
                                  "Conflicting commit: version %1 of `")
                           .arg(version) +
                       path + QStringLiteral("`. SQLSTATE: 2D521"),
                   "2D521");
}

SqlFailure sqlDeltaRestoreNeedsVersionZero(const QString &path, qint64 earliest)
{
    return failure(QStringLiteral("[UNSUPPORTED_FEATURE] The emulator restores a Delta table by "
                                  "replaying its _delta_log from version 0 (it reads no Parquet "
                                  "checkpoint), and the log of `") +
                       path +
                       QStringLiteral("` starts at version %1: the commit file of version 0 is "
                                      "gone. SQLSTATE: 0A000")
                           .arg(earliest),
                   "0A000");
}

SqlFailure sqlDeltaVersionsNotContiguous(qint64 before, qint64 after)
{
    return failure(QStringLiteral("[DELTA_VERSIONS_NOT_CONTIGUOUS] Versions (%1, %2) are not "
                                  "contiguous: the commit files between them are missing from "
                                  "the _delta_log. SQLSTATE: KD00C")
                       .arg(before)
                       .arg(after),
                   "KD00C");
}

SqlFailure sqlDeltaStateNotRecovered(const QString &what, qint64 version)
{
    return failure(QStringLiteral("[DELTA_STATE_RECOVER_ERROR] The ") + what +
                       QStringLiteral(" of your Delta table could not be recovered while "
                                      "Reconstructing version: %1. Did you manually delete files "
                                      "in the _delta_log directory? SQLSTATE: XXKDS")
                           .arg(version),
                   "XXKDS");
}

SqlFailure sqlDeltaCommitUnreadable(const QString &path, qint64 version, qsizetype line)
{
    return failure(
        QStringLiteral("[FAILED_READ_FILE.NO_HINT] Encountered error while reading "
                       "file `") +
            path + QStringLiteral("/_delta_log/") +
            QString::number(version).rightJustified(20, QLatin1Char('0')) +
            QStringLiteral(".json`: line %1 is not a JSON action. SQLSTATE: KD001").arg(line),
        "KD001");
}

SqlFailure sqlFailureFromSqlite(const QString &sqliteMessage, const QString &statement,
                                const SqlScan &scan, const SqlErrorProbe &errorsAt)
{
    static const QRegularExpression nearPattern(QStringLiteral("^near \"(.*)\": syntax error$"));
    static const QRegularExpression tokenPattern(QStringLiteral("^unrecognized token: \"(.*)\"$"));
    static const QRegularExpression existsPattern(
        QStringLiteral("^(?:table|view) (\\S+) already exists$"));
    const QString text = sqliteMessage.trimmed();
    const auto suffix = [&text](const char *prefix) -> std::optional<QString> {
        const QString start = QString::fromLatin1(prefix);
        if (!text.startsWith(start))
            return std::nullopt;
        return text.mid(start.size()).trimmed();
    };

    if (const QRegularExpressionMatch near = nearPattern.match(text); near.hasMatch())
        return sqlSyntaxError(statement, findNear(statement, scan, near.captured(1), errorsAt),
                              near.captured(1));
    if (const QRegularExpressionMatch token = tokenPattern.match(text); token.hasMatch())
        return sqlSyntaxError(statement, findNear(statement, scan, token.captured(1), errorsAt),
                              token.captured(1));
    if (text == QStringLiteral("incomplete input"))
        return sqlSyntaxError(statement, endOfInput(scan), QString());
    if (const std::optional<QString> table = suffix("no such table:")) {
        const QStringList parts = table->split(QLatin1Char('.'));
        return sqlTableNotFound(statement, findName(scan, parts), parts);
    }
    if (const std::optional<QString> column = suffix("no such column:")) {
        const QStringList parts = column->split(QLatin1Char('.'));
        return failure(QStringLiteral("[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] A column or "
                                      "function parameter with name ") +
                           backquoted(parts) +
                           QStringLiteral(" cannot be resolved. SQLSTATE: 42703") +
                           analysisPosition(statement, findName(scan, parts)),
                       "42703");
    }
    if (const std::optional<QString> function = suffix("no such function:")) {
        return failure(
            QStringLiteral("[UNRESOLVED_ROUTINE] Cannot resolve routine `") + *function +
                QStringLiteral("` on search path [`system`.`builtin`, "
                               "`system`.`session`, `main`.`default`]. SQLSTATE: 42883") +
                analysisPosition(statement, findName(scan, {*function})),
            "42883");
    }
    if (const std::optional<QString> column = suffix("ambiguous column name:")) {
        const QStringList parts = column->split(QLatin1Char('.'));
        return failure(QStringLiteral("[AMBIGUOUS_REFERENCE] Reference ") + backquoted(parts) +
                           QStringLiteral(" is ambiguous. SQLSTATE: 42704") +
                           analysisPosition(statement, findName(scan, parts)),
                       "42704");
    }
    if (const QRegularExpressionMatch exists = existsPattern.match(text); exists.hasMatch()) {
        const QStringList parts = exists.captured(1).split(QLatin1Char('.'));
        return failure(
            QStringLiteral("[TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create table or view ") +
                backquoted(parts) +
                QStringLiteral(" because it already exists.\nChoose a different name, "
                               "drop or replace the existing object, or add the IF NOT "
                               "EXISTS clause to tolerate pre-existing objects. "
                               "SQLSTATE: 42P07"),
            "42P07");
    }
    return failure(QStringLiteral("[EMULATOR_SQL_ERROR] ") + text +
                       QStringLiteral(". (The emulator runs statements on SQLite, which refused "
                                      "this one.) SQLSTATE: 42000"),
                   "42000");
}

} // namespace brickdesk::emulator

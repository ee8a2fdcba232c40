#include "SqlTranslations.h"

#include "SqlDeltaHistory.h"

namespace brickdesk::emulator {

namespace {

QString unquotedString(const SqlToken &token)
{
    QString text = token.text.mid(1, token.text.size() - 2);
    text.replace(QStringLiteral("''"), QStringLiteral("'"));
    return text;
}

// Spark's SHOW ... LIKE 'pattern': '*' for any characters, '|' between alternatives.
QString likeCondition(const QString &column, const QString &pattern)
{
    QStringList alternatives;
    const QStringList parts = pattern.split(QLatin1Char('|'));
    for (QString part : parts) {
        part = part.trimmed();
        part.replace(QLatin1Char('*'), QLatin1Char('%'));
        alternatives.append(column + QStringLiteral(" LIKE ") + sqlStringLiteral(part));
    }
    return QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// Reads a dotted name of 1..maxParts parts at *i; the parts, or nothing.
std::optional<QStringList> dottedName(const QList<SqlToken> &tokens, qsizetype *i, int maxParts)
{
    QStringList parts;
    while (sqlNameAt(tokens, *i) && parts.size() < maxParts) {
        parts.append(tokens.at(*i).text);
        ++*i;
        if (!sqlSymbolAt(tokens, '.', *i))
            return parts;
        ++*i;
    }
    return std::nullopt;
}

// [catalog.]schema: checks the catalog and notes the schema as required.
std::optional<SqlFailure> requireSchema(SqlPlan *plan, const QStringList &parts)
{
    const QString catalog = parts.size() > 1 ? parts.first() : QStringLiteral("main");
    if (!isKnownSqlCatalog(catalog))
        return sqlCatalogNotFound(catalog);
    plan->requiredSchema = parts.last();
    plan->requiredSchemaCatalog = catalog;
    return std::nullopt;
}

} // namespace

void planShow(SqlPlan *plan, const QString &statement, const QString &currentSchema)
{
    const QList<SqlToken> &tokens = plan->scan.tokens;
    const auto syntaxAt = [&](qsizetype i) {
        return i < tokens.size() ? sqlSyntaxError(statement, tokens.at(i).start, tokens.at(i).text)
                                 : sqlSyntaxError(statement, tokens.constLast().end(), QString());
    };
    const auto readLike = [&](qsizetype i, QString *pattern) -> bool {
        if (i < tokens.size() && tokens.at(i).isWord("LIKE"))
            ++i;
        if (i < tokens.size() && tokens.at(i).kind == SqlTokenKind::String) {
            *pattern = unquotedString(tokens.at(i));
            ++i;
        }
        if (i < tokens.size()) {
            plan->failure = syntaxAt(i);
            return false;
        }
        return true;
    };
    qsizetype i = 2;
    QString pattern;
    if (tokens.size() < 2) {
        plan->failure = syntaxAt(1);
        return;
    }
    const SqlToken &what = tokens.at(1);
    if (what.isWord("TABLES")) {
        QStringList schema{currentSchema};
        if (i < tokens.size() && (tokens.at(i).isWord("IN") || tokens.at(i).isWord("FROM"))) {
            ++i;
            const std::optional<QStringList> name = dottedName(tokens, &i, 2);
            if (!name) {
                plan->failure = syntaxAt(i);
                return;
            }
            schema = *name;
        }
        if (!readLike(i, &pattern))
            return;
        if (auto failure = requireSchema(plan, schema)) {
            plan->failure = failure;
            return;
        }
        plan->sql =
            QStringLiteral("SELECT ") + sqlStringLiteral(schema.last()) +
            QStringLiteral(" AS database, name AS tableName, 0 AS isTemporary FROM ") +
            sqlIdentifier(sqliteSchemaName(schema.last())) +
            QStringLiteral(".sqlite_master WHERE type IN ('table', 'view') AND name NOT "
                           "LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_%' ESCAPE "
                           "'\\'") +
            (pattern.isEmpty() ? QString() : likeCondition(QStringLiteral("name"), pattern)) +
            QStringLiteral(" ORDER BY name");
        plan->fixedTypes = {sqlStringType(), sqlStringType(), sqlBooleanType()};
    } else if (what.isWord("SCHEMAS") || what.isWord("DATABASES")) {
        if (!readLike(i, &pattern))
            return;
        plan->sql = QStringLiteral("SELECT databaseName FROM (SELECT CASE name WHEN 'main' THEN "
                                   "'default' ELSE name END AS databaseName FROM "
                                   "pragma_database_list WHERE name <> 'temp') WHERE 1") +
                    (pattern.isEmpty() ? QString()
                                       : likeCondition(QStringLiteral("databaseName"), pattern)) +
                    QStringLiteral(" ORDER BY databaseName");
        plan->fixedTypes = {sqlStringType()};
    } else if (what.isWord("CATALOGS")) {
        if (!readLike(i, &pattern))
            return;
        plan->sql =
            QStringLiteral("SELECT catalog FROM (SELECT 'hive_metastore' AS catalog UNION "
                           "ALL SELECT 'main') WHERE 1") +
            (pattern.isEmpty() ? QString() : likeCondition(QStringLiteral("catalog"), pattern)) +
            QStringLiteral(" ORDER BY catalog");
        plan->fixedTypes = {sqlStringType()};
    } else if (what.isWord("COLUMNS")) {
        if (i >= tokens.size() || !(tokens.at(i).isWord("IN") || tokens.at(i).isWord("FROM"))) {
            plan->failure = syntaxAt(i);
            return;
        }
        ++i;
        const qsizetype nameAt = i < tokens.size() ? tokens.at(i).start : 0;
        std::optional<QStringList> table = dottedName(tokens, &i, 3);
        if (table && i < tokens.size() &&
            (tokens.at(i).isWord("IN") || tokens.at(i).isWord("FROM"))) {
            ++i;
            const std::optional<QStringList> schema = dottedName(tokens, &i, 2);
            if (schema && table->size() == 1)
                table = *schema + *table;
        }
        if (!table || i < tokens.size()) {
            plan->failure = syntaxAt(i);
            return;
        }
        QString source = sqlStringLiteral(table->last());
        if (table->size() > 1)
            source += QStringLiteral(", ") +
                      sqlStringLiteral(sqliteSchemaName(table->at(table->size() - 2)));
        plan->sql = QStringLiteral("SELECT name AS col_name FROM pragma_table_info(") + source +
                    QStringLiteral(") ORDER BY cid");
        plan->fixedTypes = {sqlStringType()};
        plan->failureWhenEmpty = sqlTableNotFound(statement, nameAt, *table);
    } else {
        plan->failure = sqlUnsupportedStatement(what);
    }
}

// Spark's type spellings for DESCRIBE's data_type, from SQLite's declared types.
const char *const kDescribeType =
    "CASE WHEN upper(type) IN ('', 'TEXT', 'STRING') OR upper(type) LIKE 'VARCHAR%' OR "
    "upper(type) LIKE 'CHAR%' THEN 'string' WHEN upper(type) IN ('INT', 'INTEGER') THEN 'int' "
    "WHEN upper(type) IN ('BIGINT', 'LONG') THEN 'bigint' WHEN upper(type) = 'REAL' THEN 'double' "
    "WHEN upper(type) = 'DATETIME' THEN 'timestamp' WHEN upper(type) = 'BOOL' THEN 'boolean' "
    "WHEN upper(type) = 'BLOB' THEN 'binary' ELSE lower(replace(type, ' ', '')) END";

void planDescribe(SqlPlan *plan, const QString &statement)
{
    const QList<SqlToken> &tokens = plan->scan.tokens;
    // DESCRIBE HISTORY ...; a table named "history" (DESCRIBE history, DESCRIBE history.t) stays a
    // table.
    if (tokens.size() > 2 && tokens.at(1).isWord("HISTORY") && !tokens.at(2).isSymbol('.')) {
        planDescribeHistory(plan, statement);
        return;
    }
    qsizetype i = 1;
    if (i < tokens.size() && tokens.at(i).isWord("TABLE"))
        ++i;
    if (i < tokens.size() && (tokens.at(i).isWord("EXTENDED") || tokens.at(i).isWord("FORMATTED")))
        ++i;
    const qsizetype nameAt = i < tokens.size() ? tokens.at(i).start : statement.size();
    const std::optional<QStringList> name = dottedName(tokens, &i, 3);
    if (!name || i < tokens.size()) {
        plan->failure = i < tokens.size()
                            ? sqlSyntaxError(statement, tokens.at(i).start, tokens.at(i).text)
                            : sqlSyntaxError(statement, statement.size(), QString());
        return;
    }
    if (name->size() == 3 && !isKnownSqlCatalog(name->first())) {
        plan->failure = sqlCatalogNotFound(name->first());
        return;
    }
    QString source = sqlStringLiteral(name->last());
    if (name->size() > 1)
        source +=
            QStringLiteral(", ") + sqlStringLiteral(sqliteSchemaName(name->at(name->size() - 2)));
    plan->sql = QStringLiteral("SELECT name AS col_name, ") + QString::fromLatin1(kDescribeType) +
                QStringLiteral(" AS data_type, NULL AS comment FROM pragma_table_info(") + source +
                QStringLiteral(") ORDER BY cid");
    plan->fixedTypes = {sqlStringType(), sqlStringType(), sqlStringType()};
    plan->failureWhenEmpty = sqlTableNotFound(statement, nameAt, *name);
}

void planUse(SqlPlan *plan, const QString &statement)
{
    const QList<SqlToken> &tokens = plan->scan.tokens;
    qsizetype i = 1;
    bool catalog = false;
    if (i < tokens.size() && tokens.at(i).isWord("CATALOG")) {
        catalog = true;
        ++i;
    } else if (i < tokens.size() &&
               (tokens.at(i).isWord("SCHEMA") || tokens.at(i).isWord("DATABASE") ||
                tokens.at(i).isWord("NAMESPACE"))) {
        ++i;
    }
    const std::optional<QStringList> name = dottedName(tokens, &i, catalog ? 1 : 2);
    if (!name || i < tokens.size()) {
        plan->failure = i < tokens.size()
                            ? sqlSyntaxError(statement, tokens.at(i).start, tokens.at(i).text)
                            : sqlSyntaxError(statement, statement.size(), QString());
        return;
    }
    plan->kind = SqlPlan::Kind::Nothing;
    if (catalog) {
        if (!isKnownSqlCatalog(name->first()))
            plan->failure = sqlCatalogNotFound(name->first());
        return;
    }
    if (auto failure = requireSchema(plan, *name))
        plan->failure = failure;
}

} // namespace brickdesk::emulator

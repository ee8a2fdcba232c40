#include "SqlPlan.h"

#include <QHash>
#include <QSet>

namespace brickdesk::emulator {

namespace {

const QString kDefaultSchema = QStringLiteral("default");

// Edits of the token stream on the way to SQLite.
struct Edits
{
    QSet<qsizetype> dropped;            // tokens left out
    QHash<qsizetype, QString> replaced; // tokens written differently
    QHash<qsizetype, QString> prefixed; // text put before a token
};

bool isNameAt(const QList<SqlToken> &tokens, qsizetype i)
{
    return i >= 0 && i < tokens.size() && tokens.at(i).isName();
}

bool isDotAt(const QList<SqlToken> &tokens, qsizetype i)
{
    return i >= 0 && i < tokens.size() && tokens.at(i).isSymbol('.');
}

// "catalog.schema.table" → "schema.table" for the emulator's catalogs; "default.x" → "main.x".
void qualifiedNames(const QList<SqlToken> &tokens, Edits *edits)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (isDotAt(tokens, i - 1) && !edits->dropped.contains(i - 1))
            continue; // the middle or tail of a dotted name
        qsizetype schema = i;
        if (isNameAt(tokens, i) && isKnownSqlCatalog(tokens.at(i).text) && isDotAt(tokens, i + 1) &&
            isNameAt(tokens, i + 2) && isDotAt(tokens, i + 3) && isNameAt(tokens, i + 4)) {
            edits->dropped.insert(i);
            edits->dropped.insert(i + 1);
            schema = i + 2;
        }
        if (isNameAt(tokens, schema) &&
            tokens.at(schema).text.compare(kDefaultSchema, Qt::CaseInsensitive) == 0 &&
            isDotAt(tokens, schema + 1) && isNameAt(tokens, schema + 2)) {
            edits->replaced.insert(schema, QStringLiteral("main"));
        }
    }
}

// The SQLite text: the statement's own spacing (comments blanked), edited tokens, and
// `parameterText` for each :name.
QString render(const QString &statement, const SqlScan &scan, const Edits &edits,
               const QString &parameterText, QList<qsizetype> *tokenEnds = nullptr)
{
    QString sql;
    const QList<SqlToken> &tokens = scan.tokens;
    qsizetype previousEnd = tokens.isEmpty() ? 0 : tokens.constFirst().start;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &token = tokens.at(i);
        sql += scan.blanked.mid(previousEnd, token.start - previousEnd);
        previousEnd = token.end();
        if (edits.dropped.contains(i)) {
            if (tokenEnds)
                tokenEnds->append(-1);
            continue;
        }
        sql += edits.prefixed.value(i);
        if (edits.replaced.contains(i))
            sql += edits.replaced.value(i);
        else if (token.kind == SqlTokenKind::Parameter)
            sql += parameterText;
        else
            sql += statement.mid(token.start, token.length);
        if (tokenEnds)
            tokenEnds->append(sql.size());
    }
    return sql;
}

void renderInto(SqlPlan *plan, const QString &statement, const Edits &edits)
{
    plan->sql = render(statement, plan->scan, edits, QStringLiteral("?"), &plan->sqlTokenEnds);
    plan->probeSql = render(statement, plan->scan, edits, QStringLiteral("NULL"));
    for (const SqlToken &token : std::as_const(plan->scan.tokens)) {
        if (token.kind == SqlTokenKind::Parameter) {
            plan->parameters.append(token.text);
            plan->parameterOffsets.append(token.start);
        }
    }
}

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

SqlFailure unsupported(const QString &statement, const SqlToken &token)
{
    Q_UNUSED(statement);
    return SqlFailure{QStringLiteral("BAD_REQUEST"),
                      QStringLiteral("[UNSUPPORTED_FEATURE] The emulator runs SELECT, WITH, "
                                     "VALUES, SHOW TABLES, SHOW SCHEMAS, SHOW CATALOGS, SHOW "
                                     "COLUMNS, DESCRIBE, USE, INSERT, UPDATE, DELETE, CREATE, DROP "
                                     "and ALTER statements; '") +
                          token.text + QStringLiteral("' is not one of them. SQLSTATE: 0A000"),
                      QStringLiteral("0A000")};
}

// Reads a dotted name of 1..maxParts parts at *i; the parts, or nothing.
std::optional<QStringList> dottedName(const QList<SqlToken> &tokens, qsizetype *i, int maxParts)
{
    QStringList parts;
    while (isNameAt(tokens, *i) && parts.size() < maxParts) {
        parts.append(tokens.at(*i).text);
        ++*i;
        if (!isDotAt(tokens, *i))
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
        plan->failure = unsupported(statement, what);
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

// CREATE [OR REPLACE] [TEMP] TABLE|VIEW [IF NOT EXISTS] name: an unqualified name goes to the
// current schema. Spark's "USING DELTA" (any format) has no SQLite meaning and is left out.
void planDefinition(SqlPlan *plan, const QString &currentSchema, Edits *edits)
{
    const QList<SqlToken> &tokens = plan->scan.tokens;
    if (!tokens.constFirst().isWord("CREATE"))
        return;
    for (qsizetype i = 1; i + 1 < tokens.size(); ++i) {
        if (tokens.at(i).isWord("USING") && tokens.at(i + 1).kind == SqlTokenKind::Word) {
            edits->dropped.insert(i);
            edits->dropped.insert(i + 1);
        }
    }
    qsizetype i = 1;
    if (i + 1 < tokens.size() && tokens.at(i).isWord("OR") && tokens.at(i + 1).isWord("REPLACE"))
        i += 2;
    if (i < tokens.size() && (tokens.at(i).isWord("TEMP") || tokens.at(i).isWord("TEMPORARY")))
        return;
    if (i >= tokens.size() || !(tokens.at(i).isWord("TABLE") || tokens.at(i).isWord("VIEW")))
        return;
    ++i;
    if (i + 2 < tokens.size() && tokens.at(i).isWord("IF") && tokens.at(i + 1).isWord("NOT") &&
        tokens.at(i + 2).isWord("EXISTS")) {
        i += 3;
    }
    const QString schema = sqliteSchemaName(currentSchema);
    if (isNameAt(tokens, i) && !isDotAt(tokens, i + 1) && schema != QStringLiteral("main"))
        edits->prefixed.insert(i, sqlIdentifier(schema) + QLatin1Char('.'));
}

} // namespace

bool isKnownSqlCatalog(const QString &catalog)
{
    return catalog.compare(QStringLiteral("main"), Qt::CaseInsensitive) == 0 ||
           catalog.compare(QStringLiteral("hive_metastore"), Qt::CaseInsensitive) == 0;
}

QString sqliteSchemaName(const QString &schema)
{
    return schema.compare(kDefaultSchema, Qt::CaseInsensitive) == 0 ? QStringLiteral("main")
                                                                    : schema;
}

SqlPlan planSqlStatement(const QString &statement, const QString &currentSchema)
{
    SqlPlan plan;
    plan.scan = scanSql(statement);
    const QList<SqlToken> &tokens = plan.scan.tokens;
    if (plan.scan.nextStatement) {
        const SqlToken &next = *plan.scan.nextStatement;
        plan.failure = sqlSyntaxError(
            statement, next.start, statement.mid(next.start, next.length),
            QStringLiteral("The Statement Execution API runs one statement per request; this "
                           "text holds more than one (separated by ';'): submit each statement "
                           "on its own."));
        return plan;
    }
    if (tokens.isEmpty()) {
        plan.failure = sqlSyntaxError(statement, statement.size(), QString());
        return plan;
    }
    for (const SqlToken &token : tokens) {
        if (token.kind == SqlTokenKind::Positional) {
            plan.failure = sqlSyntaxError(statement, token.start, token.text,
                                          QStringLiteral("Parameters are named in the Statement "
                                                         "Execution API (:name); '?' is not "
                                                         "supported."));
            return plan;
        }
    }

    const SqlToken &first = tokens.constFirst();
    Edits edits;
    qualifiedNames(tokens, &edits);
    if (first.isWord("SHOW")) {
        planShow(&plan, statement, currentSchema);
    } else if (first.isWord("DESCRIBE") || first.isWord("DESC")) {
        planDescribe(&plan, statement);
    } else if (first.isWord("USE")) {
        planUse(&plan, statement);
    } else if (first.isWord("SELECT") || first.isWord("WITH") || first.isWord("VALUES") ||
               first.isSymbol('(')) {
        plan.kind = SqlPlan::Kind::Query;
        renderInto(&plan, statement, edits);
    } else if (first.isWord("INSERT") || first.isWord("UPDATE") || first.isWord("DELETE") ||
               first.isWord("REPLACE")) {
        plan.kind = SqlPlan::Kind::Change;
        plan.changeVerb = first.text.toUpper();
        renderInto(&plan, statement, edits);
    } else if (first.isWord("CREATE") || first.isWord("DROP") || first.isWord("ALTER")) {
        plan.kind = SqlPlan::Kind::Definition;
        planDefinition(&plan, currentSchema, &edits);
        renderInto(&plan, statement, edits);
    } else {
        plan.failure = unsupported(statement, first);
    }
    if (plan.probeSql.isEmpty())
        plan.probeSql = plan.sql; // translations have no parameters
    return plan;
}

} // namespace brickdesk::emulator

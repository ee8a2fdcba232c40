#include "SqlPlan.h"

#include "SqlDeltaRestore.h"
#include "SqlTranslations.h"

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

// "catalog.schema.table" → "schema.table" for the emulator's catalogs; "default.x" → "main.x".
void qualifiedNames(const QList<SqlToken> &tokens, Edits *edits)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (sqlSymbolAt(tokens, '.', i - 1) && !edits->dropped.contains(i - 1))
            continue; // the middle or tail of a dotted name
        qsizetype schema = i;
        if (sqlNameAt(tokens, i) && isKnownSqlCatalog(tokens.at(i).text) &&
            sqlSymbolAt(tokens, '.', i + 1) && sqlNameAt(tokens, i + 2) &&
            sqlSymbolAt(tokens, '.', i + 3) && sqlNameAt(tokens, i + 4)) {
            edits->dropped.insert(i);
            edits->dropped.insert(i + 1);
            schema = i + 2;
        }
        if (sqlNameAt(tokens, schema) &&
            tokens.at(schema).text.compare(kDefaultSchema, Qt::CaseInsensitive) == 0 &&
            sqlSymbolAt(tokens, '.', schema + 1) && sqlNameAt(tokens, schema + 2)) {
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
    if (sqlNameAt(tokens, i) && !sqlSymbolAt(tokens, '.', i + 1) &&
        schema != QStringLiteral("main"))
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
    } else if (first.isWord("RESTORE")) {
        planRestore(&plan, statement);
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
        plan.failure = sqlUnsupportedStatement(first);
    }
    if (plan.probeSql.isEmpty())
        plan.probeSql = plan.sql; // translations have no parameters
    return plan;
}

} // namespace brickdesk::emulator

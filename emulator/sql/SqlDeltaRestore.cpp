#include "SqlDeltaRestore.h"

#include "SqlDeltaHistory.h"

namespace brickdesk::emulator {

namespace {

// A version written as a number (digits only) or as a string holding one.
std::optional<qint64> versionLiteral(const SqlToken &token)
{
    QString text;
    if (token.kind == SqlTokenKind::Number) {
        text = token.text;
        for (const QChar c : std::as_const(text)) {
            if (!c.isDigit())
                return std::nullopt; // 1.5, 1e3, 0x10
        }
    } else if (token.kind == SqlTokenKind::String) {
        text = token.text.mid(1, token.text.size() - 2).trimmed();
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 version = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(version) : std::nullopt;
}

} // namespace

void planRestore(SqlPlan *plan, const QString &statement)
{
    const QList<SqlToken> &tokens = plan->scan.tokens;
    const auto syntaxAt = [&](qsizetype at) { return sqlSyntaxErrorAt(tokens, statement, at); };
    qsizetype i = 1; // after RESTORE
    // "RESTORE table.x ..." names a table called table; "RESTORE TABLE x" uses the keyword.
    if (i + 1 < tokens.size() && tokens.at(i).isWord("TABLE") && !tokens.at(i + 1).isSymbol('.'))
        ++i;
    const std::optional<QString> deltaPath =
        takeDeltaPath(plan, statement, &i, &sqlDeltaRestoreNeedsPath);
    if (!deltaPath)
        return;
    const QString path = *deltaPath;
    if (i < tokens.size() && tokens.at(i).isWord("TO"))
        ++i;
    const bool byVersion = i < tokens.size() && (tokens.at(i).isWord("VERSION") ||
                                                 tokens.at(i).isWord("SYSTEM_VERSION"));
    const bool byTimestamp = i < tokens.size() && (tokens.at(i).isWord("TIMESTAMP") ||
                                                   tokens.at(i).isWord("SYSTEM_TIME"));
    if (!byVersion && !byTimestamp) {
        plan->failure = syntaxAt(i);
        return;
    }
    const qsizetype clauseAt = i;
    ++i;
    if (i >= tokens.size() || !tokens.at(i).isWord("AS")) {
        plan->failure = syntaxAt(i);
        return;
    }
    ++i;
    if (i >= tokens.size() || !tokens.at(i).isWord("OF")) {
        plan->failure = syntaxAt(i);
        return;
    }
    ++i;
    if (byTimestamp) {
        plan->failure = i < tokens.size()
                            ? sqlDeltaRestoreByTimestamp(statement, tokens.at(clauseAt).start)
                            : syntaxAt(i);
        return;
    }
    const std::optional<qint64> version =
        i < tokens.size() ? versionLiteral(tokens.at(i)) : std::nullopt;
    if (!version) {
        plan->failure = syntaxAt(i);
        return;
    }
    ++i;
    if (i < tokens.size()) {
        plan->failure = syntaxAt(i);
        return;
    }
    plan->kind = SqlPlan::Kind::DeltaRestore;
    plan->deltaPath = path;
    plan->deltaRestoreVersion = *version;
}

QList<SqlResultColumn> deltaRestoreColumns()
{
    const SqlColumnType integer = sqlLongType();
    return {
        {QStringLiteral("table_size_after_restore"), integer},
        {QStringLiteral("num_of_files_after_restore"), integer},
        {QStringLiteral("num_removed_files"), integer},
        {QStringLiteral("num_restored_files"), integer},
        {QStringLiteral("removed_files_size"), integer},
        {QStringLiteral("restored_files_size"), integer},
    };
}

QVariantList deltaRestoreRow(const DeltaRestoreMetrics &metrics)
{
    return {
        QVariant(static_cast<qlonglong>(metrics.tableSizeAfterRestore)),
        QVariant(static_cast<qlonglong>(metrics.numOfFilesAfterRestore)),
        QVariant(static_cast<qlonglong>(metrics.numRemovedFiles)),
        QVariant(static_cast<qlonglong>(metrics.numRestoredFiles)),
        QVariant(static_cast<qlonglong>(metrics.removedFilesSize)),
        QVariant(static_cast<qlonglong>(metrics.restoredFilesSize)),
    };
}

} // namespace brickdesk::emulator

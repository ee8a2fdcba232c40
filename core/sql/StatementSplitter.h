#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// One statement of a SQL text: `text` is exactly text.mid(start, length) of the text it was
// split from — trimmed of surrounding white space, without its ';' — so that a position the
// server reports within the statement ("line 2, pos 7") maps back into the editor's text.
struct SqlStatement
{
    QString text;
    int start = 0;  // offset of text's first character in the whole text
    int length = 0; // text.size()
    int line = 1;   // 1-based line of `start` in the whole text
    int column = 0; // 0-based column of `start` within that line

    int end() const { return start + length; }
    bool operator==(const SqlStatement &) const = default;
};

// Splits SQL into statements on ';' outside strings ('…', "…" with backslash escapes; r'…' raw;
// `…` identifiers; $$…$$ bodies), -- line comments and (nested) /* */ comments, as the Spark SQL
// lexer reads them. A piece holding only white space and comments is no statement. An
// unterminated string or comment runs to the end of the text: the rest is one statement.
namespace statementSplitter {

QList<SqlStatement> split(const QString &text);
// The statements inside [from, to) of `text` (a selection), with offsets, lines and columns in
// the whole text.
QList<SqlStatement> split(const QString &text, int from, int to);

// The statement to run for a cursor at `position`: the one it is in (or touches, or whose ';'
// it is just after); in white space between statements, the one before (the first one before
// any). Empty when the text has no statement.
std::optional<SqlStatement> statementAt(const QString &text, int position);

// The offset in `text` of the server's error position within `statement`: `line` 1-based,
// `column` 0-based (Databricks "line L, pos P"); clamped to the statement. `line` 0 (unknown)
// gives the statement's start.
int offsetOf(const QString &text, const SqlStatement &statement, int line, int column);

// 1-based line and 0-based column of `offset` in `text`.
void lineAndColumn(const QString &text, int offset, int *line, int *column);

// The words of a statement outside strings, quoted identifiers and comments, upper case, in
// order ("SELECT", "A", "FROM", "T" ...; numbers and symbols left out).
QStringList keywords(const QString &statement);
// Whether a statement only reads: SHOW, DESCRIBE, EXPLAIN, USE, SET and LIST do; SELECT, WITH,
// VALUES, FROM and TABLE do unless they hold one of INSERT, UPDATE, DELETE, MERGE, DROP,
// TRUNCATE, ALTER, CREATE, GRANT, REVOKE, VACUUM, OPTIMIZE, RESTORE, COPY (as words, not inside
// strings, quoted names or comments). What is not sure to only read counts as changing.
bool isReadOnly(const QString &statement);

} // namespace statementSplitter

} // namespace brickdesk

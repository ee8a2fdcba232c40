#pragma once

#include <QByteArray>

namespace brickdesk::emulator {

class SqlStatements;
struct SqlStatement;

// The Statement Execution API's answers, built by hand around the rows (a chunk holds up to
// 10,000 rows): {statement_id, status{state, error?, sql_state?}, manifest?, result?}, the
// manifest and first chunk only for a SUCCEEDED statement.
QByteArray statementAnswer(SqlStatements &statements, const SqlStatement &statement);
// ResultData of one chunk: {chunk_index, row_offset, row_count, byte_count, data_array,
// next_chunk_index and next_chunk_internal_link unless it is the last}.
QByteArray chunkAnswer(SqlStatements &statements, const SqlStatement &statement, int chunk);

} // namespace brickdesk::emulator

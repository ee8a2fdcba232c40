// Answers of the workspace and SQL Statement Execution APIs, and notebook sources exported from a
// workspace, are outside input. Besides not crashing, what the parsers accept must hold their
// promises: cells tile the text, chunks tile the rows, values stay inside their chunk.
#include "NotebookSource.h"
#include "SqlWarehouse.h"
#include "StatementResult.h"
#include "WorkspaceObject.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

using namespace brickdesk;

namespace {

void checkNotebook(const QString &text, CodeLanguage language)
{
    const NotebookOutline outline = notebookSource::parse(text, language);
    const QStringList lines = notebookSource::splitLines(text);
    int next = outline.hasHeader ? 1 : 0;
    for (const NotebookCell &cell : outline.cells) {
        // Cells follow each other, separated by exactly one marker line.
        if (cell.firstLine < next || cell.lineCount < 0 ||
            cell.firstLine + cell.lineCount > lines.size())
            std::abort();
        next = cell.firstLine + cell.lineCount + 1;
        (void)notebookSource::cellCode(lines, cell);
    }
    if (outline.cells.isEmpty())
        std::abort();
}

void checkStatement(const QJsonObject &root)
{
    QString error;
    const auto answer = sqlAnswers::statement(root, &error);
    if (!answer)
        return;
    if (answer->statementId.isEmpty() || answer->state == StatementState::Unknown)
        std::abort();
    if (!answer->manifest)
        return;
    const ResultManifest &manifest = *answer->manifest;
    qint64 rows = 0;
    for (const ResultChunkInfo &chunk : manifest.chunks) {
        if (chunk.rowOffset != rows || chunk.rowCount < 0)
            std::abort();
        rows += chunk.rowCount;
    }
    if (!manifest.chunks.isEmpty() && rows != manifest.totalRowCount)
        std::abort();
    for (qint64 row = 0; row < std::min<qint64>(manifest.totalRowCount, 64); ++row)
        (void)manifest.chunkIndexForRow(row);
    if (answer->firstChunk) {
        const ResultChunk &chunk = *answer->firstChunk;
        if (chunk.columnCount() != manifest.columns.size())
            std::abort();
        for (qint64 r = 0; r < chunk.rowCount(); ++r) {
            for (int c = 0; c < chunk.columnCount(); ++c) {
                if (chunk.isNull(r, c) && !chunk.value(r, c).isEmpty())
                    std::abort();
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(input);
    checkNotebook(text, CodeLanguage::Python);
    checkNotebook(text, CodeLanguage::Sql);
    (void)notebookSource::languageOfHeader(text);
    (void)planImport(text.left(64), input.left(200));

    const QJsonObject root = QJsonDocument::fromJson(input).object();
    QString error;
    if (const auto objects = workspaceAnswers::objects(root, &error)) {
        for (const WorkspaceObject &object : *objects) {
            if (!object.path.startsWith(QLatin1Char('/')))
                std::abort();
            (void)object.name();
        }
    }
    (void)workspaceAnswers::object(root, &error);
    (void)workspaceAnswers::exportedContent(root, &error);
    QString next;
    if (const auto warehouses = sqlAnswers::warehouses(root, &next, &error)) {
        for (const SqlWarehouse &warehouse : *warehouses) {
            if (warehouse.id.isEmpty())
                std::abort();
        }
    }
    checkStatement(root);
    (void)sqlAnswers::chunk(root, 3, &error);
    StatementError statementError;
    statementError.message = text;
    findErrorPosition(&statementError);
    if (statementError.line < 0)
        std::abort();
    return 0;
}

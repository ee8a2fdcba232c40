// Commit files and `_last_checkpoint` of a Delta table are outside input (any writer, any
// damage), and so are the schemas and protocols they carry. Besides not crashing, what the
// reader accepts must hold its promises.
#include "DeltaCommit.h"
#include "DeltaLogFile.h"
#include "DeltaProtocol.h"
#include "DeltaSchema.h"

#include <cstdlib>

using namespace brickdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DeltaCommit commit = parseDeltaCommit(3, input);
    if (commit.version != 3 || commit.filesAdded < 0 || commit.filesRemoved < 0 ||
        commit.actionCount > input.count('\n') + 1)
        std::abort();
    QString error;
    // The metaData and protocol a commit carries are outside input too: schema strings nest
    // without limit in principle, and the diff must hold for any two schemas.
    if (commit.metaData) {
        if (const auto schema = parseDeltaSchema(*commit.metaData, &error)) {
            if (!diffDeltaSchemas(*schema, *schema).isEmpty())
                std::abort(); // a schema never differs from itself
            const DeltaSchema empty;
            if (diffDeltaSchemas(empty, *schema).size() != schema->columns.size())
                std::abort(); // from nothing, every column is added
        } else if (error.isEmpty()) {
            std::abort();
        }
    }
    if (commit.protocol) {
        if (const auto protocol = parseDeltaProtocol(*commit.protocol, &error)) {
            if (protocol->minReaderVersion < 1 || protocol->minWriterVersion < 1)
                std::abort();
            (void)protocol->effectiveFeatures();
            (void)protocol->unknownFeatures();
        }
    }
    (void)rowChangesOf(commit);
    if (const auto checkpoint = parseLastCheckpoint(input, &error)) {
        if (checkpoint->version < 0 || (checkpoint->parts && *checkpoint->parts < 1))
            std::abort();
    }
    if (const auto file = classifyDeltaLogFile(QString::fromUtf8(input.left(80)))) {
        if (file->kind != DeltaLogFile::Kind::LastCheckpoint && file->version < 0)
            std::abort();
        if (file->kind == DeltaLogFile::Kind::MultiPartCheckpoint &&
            (file->part < 1 || file->part > file->parts))
            std::abort();
    }
    return 0;
}

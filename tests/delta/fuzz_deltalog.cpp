// Commit files and `_last_checkpoint` of a Delta table are outside input (any writer, any
// damage). Besides not crashing, what the reader accepts must hold its promises.
#include "DeltaCommit.h"
#include "DeltaLogFile.h"

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

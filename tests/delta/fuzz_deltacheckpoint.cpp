// Checkpoint files are outside input (any writer, any damage, any size field). Besides not
// crashing, not leaking and staying within its memory caps, what the reader accepts must hold its
// promises.
#include "DeltaCheckpointReader.h"

#include <cstdlib>

using namespace brickdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<DeltaCheckpointContent> content = readDeltaCheckpoint(input, &error);
    if (!content) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (content->addFileCount < 0)
        std::abort();
    return 0;
}

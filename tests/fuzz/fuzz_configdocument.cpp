// .databrickscfg reading: never crashes, and writing back an unedited document gives back exactly
// the bytes that were read. Edits keep the document readable.
#include "ConfigDocument.h"
#include "ProfileCatalog.h"
#include "ProfileListing.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    brickdesk::ConfigDocument document = brickdesk::ConfigDocument::parse(input, QStringLiteral("fuzz"));
    if (document.serialize() != input)
        std::abort(); // round trip must be byte for byte
    const brickdesk::ProfileCatalog catalog =
        brickdesk::ProfileLoader::fromDocument(document, QProcessEnvironment(), nullptr);
    (void)brickdesk::profileListingJson(catalog);
    if (!document.sections().isEmpty()) {
        const QString name = document.sections().first().name;
        const QByteArray before = document.serialize();
        if (document.setValue(name, QStringLiteral("cluster_id"), QStringLiteral("a #b")) ||
            document.serialize() != before)
            std::abort(); // a value no SDK reads back unchanged is refused, and changes nothing
        if (document.setValue(name, QStringLiteral("cluster_id"), QStringLiteral("0101-abc#1"))) {
            const auto reread = brickdesk::ConfigDocument::parse(document.serialize());
            const auto *section = reread.section(name);
            if (!section || section->value(u"cluster_id") != QStringLiteral("0101-abc#1"))
                std::abort(); // what was written must read back
        }
        document.removeSection(name);
    }
    return 0;
}

#include "DeltaProtocol.h"

#include <QJsonArray>

namespace brickdesk {

const QStringList &knownDeltaTableFeatures()
{
    static const QStringList features = {QStringLiteral("appendOnly"),
                                         QStringLiteral("invariants"),
                                         QStringLiteral("checkConstraints"),
                                         QStringLiteral("changeDataFeed"),
                                         QStringLiteral("generatedColumns"),
                                         QStringLiteral("columnMapping"),
                                         QStringLiteral("identityColumns"),
                                         QStringLiteral("deletionVectors"),
                                         QStringLiteral("rowTracking"),
                                         QStringLiteral("timestampNtz"),
                                         QStringLiteral("domainMetadata"),
                                         QStringLiteral("v2Checkpoint"),
                                         QStringLiteral("icebergCompatV1"),
                                         QStringLiteral("icebergCompatV2"),
                                         QStringLiteral("clustering"),
                                         QStringLiteral("inCommitTimestamp"),
                                         QStringLiteral("typeWidening"),
                                         QStringLiteral("typeWidening-preview"),
                                         QStringLiteral("vacuumProtocolCheck"),
                                         QStringLiteral("variantType"),
                                         QStringLiteral("variantType-preview"),
                                         QStringLiteral("allowColumnDefaults"),
                                         QStringLiteral("checkpointProtection"),
                                         QStringLiteral("collations-preview"),
                                         QStringLiteral("variantShredding-preview"),
                                         QStringLiteral("icebergWriterCompatV1"),
                                         QStringLiteral("coordinatedCommits-preview")};
    return features;
}

QStringList DeltaProtocol::effectiveFeatures() const
{
    QStringList features;
    if (minWriterVersion >= 7) {
        features = writerFeatures;
    } else {
        if (minWriterVersion >= 2)
            features << QStringLiteral("appendOnly") << QStringLiteral("invariants");
        if (minWriterVersion >= 3)
            features << QStringLiteral("checkConstraints");
        if (minWriterVersion >= 4)
            features << QStringLiteral("changeDataFeed") << QStringLiteral("generatedColumns");
        if (minWriterVersion >= 5)
            features << QStringLiteral("columnMapping");
        if (minWriterVersion >= 6)
            features << QStringLiteral("identityColumns");
    }
    if (minReaderVersion >= 3)
        for (const QString &feature : readerFeatures)
            if (!features.contains(feature))
                features.append(feature);
    return features;
}

QStringList DeltaProtocol::unknownFeatures() const
{
    QStringList unknown;
    for (const QStringList *list : {&readerFeatures, &writerFeatures})
        for (const QString &feature : *list)
            if (!knownDeltaTableFeatures().contains(feature) && !unknown.contains(feature))
                unknown.append(feature);
    return unknown;
}

std::optional<DeltaProtocol> parseDeltaProtocol(const QJsonObject &protocol, QString *error)
{
    const auto version = [&](const QString &key, int *into) {
        const QJsonValue value = protocol.value(key);
        const qint64 number = value.toInteger(-1);
        if (!value.isDouble() || number != value.toInteger(0) || number < 1 || number > 1000) {
            *error = QStringLiteral("protocol.") + key + QStringLiteral(" is not a version number");
            return false;
        }
        *into = static_cast<int>(number);
        return true;
    };
    DeltaProtocol result;
    if (!version(QStringLiteral("minReaderVersion"), &result.minReaderVersion) ||
        !version(QStringLiteral("minWriterVersion"), &result.minWriterVersion))
        return std::nullopt;
    const auto features = [&](const QString &key, QStringList *into) {
        const QJsonValue value = protocol.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray()) {
            *error = QStringLiteral("protocol.") + key + QStringLiteral(" is not a list");
            return false;
        }
        for (const QJsonValue &feature : value.toArray()) {
            if (!feature.isString()) {
                *error = QStringLiteral("protocol.") + key +
                         QStringLiteral(" holds something that is not a name");
                return false;
            }
            into->append(feature.toString());
        }
        return true;
    };
    if (!features(QStringLiteral("readerFeatures"), &result.readerFeatures) ||
        !features(QStringLiteral("writerFeatures"), &result.writerFeatures))
        return std::nullopt;
    return result;
}

} // namespace brickdesk

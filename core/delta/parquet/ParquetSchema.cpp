#include "ParquetSchema.h"

#include "ParquetTypes.h"

namespace brickdesk {

namespace {

// Delta's own columns nest five deep; table columns in stats_parsed add the table's own nesting.
constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxElements = 1024 * 1024;

} // namespace

QStringList ParquetSchema::pathOf(int node) const
{
    QStringList path;
    for (int at = node; at > 0; at = nodes.at(at).parent)
        path.prepend(nodes.at(at).name);
    return path;
}

int ParquetSchema::childNamed(int node, const QString &name) const
{
    for (const int child : nodes.at(node).children) {
        if (nodes.at(child).name == name)
            return child;
    }
    return -1;
}

std::optional<ParquetSchema> buildParquetSchema(const QList<ParquetSchemaElement> &elements,
                                                QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (elements.isEmpty())
        return failWith(QStringLiteral("schema is empty"));
    if (elements.size() > kMaxElements)
        return failWith(QStringLiteral("schema has %1 elements, more than Brickdesk reads")
                            .arg(elements.size()));
    ParquetSchema schema;
    schema.nodes.reserve(elements.size());
    // Groups still waiting for children: node index and how many are still to come.
    struct Open
    {
        int node;
        qint64 remaining;
    };
    QList<Open> open;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const ParquetSchemaElement &element = elements.at(i);
        ParquetSchemaNode node;
        node.name = element.name;
        const int index = static_cast<int>(i);
        if (i > 0) {
            if (open.isEmpty())
                return failWith(QStringLiteral("schema element %1 (%2) is outside the tree")
                                    .arg(i)
                                    .arg(element.name));
            Open &parent = open.last();
            node.parent = parent.node;
            --parent.remaining;
            if (!element.repetition || *element.repetition < parquet::Required ||
                *element.repetition > parquet::Repeated)
                return failWith(
                    QStringLiteral("schema element %1 has no valid repetition").arg(element.name));
            node.repetition = *element.repetition;
            const ParquetSchemaNode &parentNode = schema.nodes.at(parent.node);
            node.definitionLevel =
                parentNode.definitionLevel + (node.repetition == parquet::Required ? 0 : 1);
            node.repetitionLevel =
                parentNode.repetitionLevel + (node.repetition == parquet::Repeated ? 1 : 0);
            schema.nodes[parent.node].children.append(index);
        }
        const bool group = element.numChildren.has_value() || !element.type.has_value();
        if (group) {
            const qint64 children = element.numChildren.value_or(0);
            if (children < 0 || children > elements.size() - i - 1)
                return failWith(QStringLiteral("schema element %1 claims %2 children")
                                    .arg(element.name)
                                    .arg(children));
            if (i > 0 && children == 0)
                return failWith(
                    QStringLiteral("schema group %1 has no children").arg(element.name));
        } else {
            if (i == 0)
                return failWith(QStringLiteral("schema root is not a group"));
            node.physicalType = *element.type;
            node.column = static_cast<int>(schema.leaves.size());
            schema.leaves.append(index);
        }
        schema.nodes.append(std::move(node));
        while (!open.isEmpty() && open.last().remaining == 0)
            open.removeLast();
        if (group && element.numChildren.value_or(0) > 0) {
            if (open.size() >= kMaxDepth)
                return failWith(QStringLiteral("schema nests deeper than %1").arg(kMaxDepth));
            open.append({index, *element.numChildren});
        }
    }
    if (!open.isEmpty())
        return failWith(QStringLiteral("schema ends before all its groups are complete"));
    if (schema.leaves.isEmpty())
        return failWith(QStringLiteral("schema has no columns"));
    return schema;
}

} // namespace brickdesk

#include "LineDiff.h"

#include <vector>

namespace brickdesk {

namespace {

constexpr qsizetype kMaxCells = 16 * 1024 * 1024; // LCS table cells: ~64 MB of int at most

} // namespace

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    // Common head and tail first: an edit usually touches a few lines in the middle.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;

    QList<DiffLine> result;
    for (qsizetype i = 0; i < head; ++i)
        result.append({DiffLine::Kind::Same, before[i]});
    if ((n + 1) * (m + 1) > kMaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            result.append({DiffLine::Kind::Removed, before[head + i]});
        for (qsizetype j = 0; j < m; ++j)
            result.append({DiffLine::Kind::Added, after[head + j]});
    } else {
        // lcs[i][j]: length of the LCS of before[head+i..] and after[head+j..].
        std::vector<int> lcs(static_cast<std::size_t>((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) {
            return static_cast<std::size_t>(i * (m + 1) + j);
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = before[head + i] == after[head + j]
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before[head + i] == after[head + j]) {
                result.append({DiffLine::Kind::Same, before[head + i]});
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[at(i, j + 1)] > lcs[at(i + 1, j)])) {
                result.append({DiffLine::Kind::Added, after[head + j]});
                ++j;
            } else {
                result.append({DiffLine::Kind::Removed, before[head + i]});
                ++i;
            }
        }
    }
    for (qsizetype i = before.size() - tail; i < before.size(); ++i)
        result.append({DiffLine::Kind::Same, before[i]});
    return result;
}

QList<DiffLine> diffTexts(const QString &before, const QString &after)
{
    const auto lines = [](const QString &text) {
        QStringList split = text.split(QLatin1Char('\n'));
        if (!split.isEmpty() && split.last().isEmpty())
            split.removeLast();
        return split;
    };
    return diffLines(lines(before), lines(after));
}

QList<DiffLine> withContext(const QList<DiffLine> &diff, int context)
{
    std::vector<bool> keep(static_cast<std::size_t>(diff.size()), false);
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (diff[i].kind == DiffLine::Kind::Same)
            continue;
        for (qsizetype k = std::max<qsizetype>(0, i - context);
             k <= std::min(diff.size() - 1, i + context); ++k)
            keep[static_cast<std::size_t>(k)] = true;
    }
    QList<DiffLine> result;
    bool skipped = false;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (!keep[static_cast<std::size_t>(i)]) {
            skipped = true;
            continue;
        }
        if (skipped)
            result.append({DiffLine::Kind::Same, QStringLiteral("…")});
        skipped = false;
        result.append(diff[i]);
    }
    if (skipped && !result.isEmpty())
        result.append({DiffLine::Kind::Same, QStringLiteral("…")});
    return result;
}

bool hasChanges(const QList<DiffLine> &diff)
{
    return std::any_of(diff.cbegin(), diff.cend(),
                       [](const DiffLine &line) { return line.kind != DiffLine::Kind::Same; });
}

QString diffStat(const QList<DiffLine> &diff)
{
    int added = 0;
    int removed = 0;
    for (const DiffLine &line : diff) {
        added += line.kind == DiffLine::Kind::Added;
        removed += line.kind == DiffLine::Kind::Removed;
    }
    return QStringLiteral("+%1 −%2").arg(added).arg(removed);
}

} // namespace brickdesk

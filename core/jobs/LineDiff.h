#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace brickdesk {

// A line-by-line diff of two texts (the job settings before and after an edit).
struct DiffLine
{
    enum class Kind
    {
        Same,
        Removed,
        Added
    };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffLine &) const = default;
};

// The shortest edit script between `before` and `after` by longest common subsequence. Texts
// larger than the limit are compared as "everything removed, everything added" rather than
// spending quadratic time and memory.
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);
QList<DiffLine> diffTexts(const QString &before, const QString &after);

// Only the changed lines with `context` unchanged lines around each change; a "…" line stands
// for each run of lines left out.
QList<DiffLine> withContext(const QList<DiffLine> &diff, int context = 3);
bool hasChanges(const QList<DiffLine> &diff);
// "+3 −1" for a status line.
QString diffStat(const QList<DiffLine> &diff);

} // namespace brickdesk

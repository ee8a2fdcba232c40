#pragma once

#include "LineDiff.h"

#include <QPlainTextEdit>

namespace brickdesk {

// A read-only, monospaced view of a line diff: removed lines red with "-", added green with "+".
class DiffView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const QList<DiffLine> &diff);
    const QList<DiffLine> &diff() const { return m_diff; }

private:
    QList<DiffLine> m_diff;
};

} // namespace brickdesk

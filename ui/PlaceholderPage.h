#pragma once

#include <QWidget>

namespace brickdesk {

// The page of a section this version does not have yet. It says so plainly instead of showing
// an empty list that could be mistaken for an empty workspace.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &section, QWidget *parent = nullptr);
};

} // namespace brickdesk

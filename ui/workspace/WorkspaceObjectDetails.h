#pragma once

#include "WorkspaceObject.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace brickdesk {

// What the workspace says about the selected object: its icon and name, path, type, language,
// object ID, times and size, with a line on what can be done with it.
class WorkspaceObjectDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceObjectDetails(QWidget *parent = nullptr);

    void showObject(const WorkspaceObject &object);
    void showMessage(const QString &text);
    QString pathText() const;
    QString hintText() const;

private:
    void setRow(QLabel *label, const QString &text);

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QWidget *m_fields;
    QFormLayout *m_form;
    QLabel *m_path;
    QLabel *m_type;
    QLabel *m_language;
    QLabel *m_id;
    QLabel *m_created;
    QLabel *m_modified;
    QLabel *m_size;
    QLabel *m_hint;
};

} // namespace brickdesk

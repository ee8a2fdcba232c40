#pragma once

#include <QLabel>
#include <QPointer>

namespace brickdesk {

class SecretTableBase;

// The line under a list that says what state it is in: loading, failed (the service's own
// message), empty (and what to do about it), or how many rows it has. Follows its model.
class ListStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ListStatusLabel(QWidget *parent = nullptr);

    void setModel(SecretTableBase *model);
    // `empty` says what to do when the list is empty; `count` gets the row count as %n.
    void setTexts(const QString &idle, const QString &empty, const QString &countText);
    void setIdleText(const QString &idle); // e.g. "Select a scope"
    void setEmptyText(const QString &empty, const QString &countText);
    void refreshText();

private:
    QPointer<SecretTableBase> m_model;
    QString m_idle;
    QString m_empty;
    QString m_count;
};

} // namespace brickdesk

#include "ListStatusLabel.h"

#include "SecretTableModel.h"

namespace brickdesk {

ListStatusLabel::ListStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ListStatusLabel::setModel(SecretTableBase *model)
{
    m_model = model;
    const auto refresh = [this] { refreshText(); };
    connect(model, &SecretTableBase::loadingChanged, this, refresh);
    connect(model, &SecretTableBase::loaded, this, refresh);
    connect(model, &SecretTableBase::loadFailed, this, refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    refreshText();
}

void ListStatusLabel::setTexts(const QString &idle, const QString &empty, const QString &countText)
{
    m_idle = idle;
    m_empty = empty;
    m_count = countText;
    refreshText();
}

void ListStatusLabel::setIdleText(const QString &idle)
{
    m_idle = idle;
    refreshText();
}

void ListStatusLabel::setEmptyText(const QString &empty, const QString &countText)
{
    m_empty = empty;
    m_count = countText;
    refreshText();
}

void ListStatusLabel::refreshText()
{
    QString text;
    QString style;
    if (!m_model) {
        text = m_idle;
    } else if (m_model->isLoading() && m_model->rowCount() == 0) {
        text = tr("Loading…");
    } else if (!m_model->errorText().isEmpty()) {
        text = m_model->errorText();
        style = QStringLiteral("color: #c62828;");
    } else if (!m_model->hasLoaded()) {
        text = m_idle;
    } else if (m_model->rowCount() == 0) {
        text = m_empty;
    } else {
        text = m_count.arg(m_model->rowCount());
    }
    setText(text);
    setStyleSheet(style);
    setVisible(!text.isEmpty());
}

} // namespace brickdesk

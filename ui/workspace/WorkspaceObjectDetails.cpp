#include "WorkspaceObjectDetails.h"

#include "DbfsFormat.h"
#include "WorkspaceIcons.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

WorkspaceObjectDetails::WorkspaceObjectDetails(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout(m_fields))
    , m_path(valueLabel(this))
    , m_type(valueLabel(m_fields))
    , m_language(valueLabel(m_fields))
    , m_id(valueLabel(m_fields))
    , m_created(valueLabel(m_fields))
    , m_modified(valueLabel(m_fields))
    , m_size(valueLabel(m_fields))
    , m_hint(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_icon->setFixedSize(32, 32);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->addRow(tr("Type"), m_type);
    m_form->addRow(tr("Language"), m_language);
    m_form->addRow(tr("Object ID"), m_id);
    m_form->addRow(tr("Created"), m_created);
    m_form->addRow(tr("Modified"), m_modified);
    m_form->addRow(tr("Size"), m_size);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon);
    head->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_path);
    layout->addWidget(m_message);
    layout->addWidget(m_fields);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    showMessage(QString());
}

void WorkspaceObjectDetails::setRow(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (QWidget *name = m_form->labelForField(label))
        name->setVisible(!text.isEmpty());
}

void WorkspaceObjectDetails::showObject(const WorkspaceObject &object)
{
    m_icon->setPixmap(workspaceObjectIcon(object.type, object.language, style()).pixmap(32, 32));
    m_icon->show();
    m_title->setText(object.name());
    m_title->show();
    m_message->hide();
    m_fields->show();
    const bool notebook = object.type == WorkspaceObjectType::Notebook;
    // Long paths wrap after any '/', not only at spaces (the zero-width spaces are for the
    // layout only: Copy path copies the path itself).
    m_path->setText(QString(object.path).replace(QLatin1Char('/'), QStringLiteral("/\u200b")));
    m_path->setToolTip(object.path);
    m_path->show();
    setRow(m_type, workspaceObjectTypeName(object.type));
    setRow(m_language, notebook ? codeLanguageName(object.language) : QString());
    setRow(m_id, object.objectId != 0 ? QString::number(object.objectId) : QString());
    setRow(m_created, when(object.createdAt));
    setRow(m_modified, when(object.modifiedAt));
    setRow(m_size,
           object.size >= 0 && !object.isFolder()
               ? tr("%1 (%L2 bytes)").arg(dbfsformat::humanSize(object.size)).arg(object.size)
               : QString());
    switch (object.type) {
    case WorkspaceObjectType::Notebook:
        m_hint->setText(tr("Enter or double-click opens the notebook. Export saves it as source, "
                           "HTML, Jupyter or a DBC archive."));
        break;
    case WorkspaceObjectType::Directory:
        m_hint->setText(tr("Export saves the folder with everything in it as a DBC archive; "
                           "Import puts a notebook or file into it."));
        break;
    case WorkspaceObjectType::Repo:
        m_hint->setText(tr("A Git folder (repo). Its contents are listed like a folder's."));
        break;
    case WorkspaceObjectType::File:
        m_hint->setText(tr("A workspace file. Export saves its bytes as they are."));
        break;
    default:
        m_hint->clear();
        break;
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void WorkspaceObjectDetails::showMessage(const QString &text)
{
    m_icon->hide();
    m_title->hide();
    m_path->hide();
    m_fields->hide();
    m_hint->hide();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString WorkspaceObjectDetails::pathText() const
{
    return m_path->isHidden() ? QString() : m_path->toolTip();
}

QString WorkspaceObjectDetails::hintText() const
{
    return m_hint->text();
}

} // namespace brickdesk

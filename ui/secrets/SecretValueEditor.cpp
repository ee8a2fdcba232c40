#include "SecretValueEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

// "812 bytes", "25 KB", "129.5 KB": the unit the limits are stated in (128 KB, 25 KB).
QString sizeText(qsizetype bytes)
{
    if (bytes < 1024)
        return SecretValueEditor::tr("%n bytes", nullptr, static_cast<int>(bytes));
    const double kb = static_cast<double>(bytes) / 1024.0;
    return bytes % 1024 == 0 ? SecretValueEditor::tr("%L1 KB").arg(bytes / 1024)
                             : SecretValueEditor::tr("%L1 KB").arg(kb, 0, 'f', 1);
}

} // namespace

SecretValueEditor::SecretValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_singleChoice(new QRadioButton(tr("One &line"), this))
    , m_multiChoice(new QRadioButton(tr("Several li&nes"), this))
    , m_fileChoice(new QRadioButton(tr("A &file's bytes"), this))
    , m_choices(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_line(new QLineEdit(this))
    , m_show(new QCheckBox(tr("&Show"), this))
    , m_text(new QPlainTextEdit(this))
    , m_filePath(new QLineEdit(this))
    , m_size(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_choices->addButton(m_singleChoice, static_cast<int>(Source::SingleLine));
    m_choices->addButton(m_multiChoice, static_cast<int>(Source::MultiLine));
    m_choices->addButton(m_fileChoice, static_cast<int>(Source::File));
    m_singleChoice->setChecked(true);

    m_line->setEchoMode(QLineEdit::Password);
    // QLineEdit silently cuts text at 32767 characters by default: a pasted value over the
    // limit must be refused with a reason, never shortened.
    m_line->setMaxLength(std::numeric_limits<int>::max());
    m_line->setAccessibleName(tr("Value"));
    m_line->setPlaceholderText(tr("The secret value"));
    auto *linePage = new QWidget(this);
    auto *lineLayout = new QHBoxLayout(linePage);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    lineLayout->addWidget(m_line, 1);
    lineLayout->addWidget(m_show);
    lineLayout->setAlignment(Qt::AlignTop);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        m_line->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_text->setAccessibleName(tr("Value, several lines"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *filePage = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->setAlignment(Qt::AlignTop);
    m_filePath->setReadOnly(true);
    m_filePath->setPlaceholderText(tr("No file chosen"));
    m_filePath->setAccessibleName(tr("File"));
    auto *browseButton = new QPushButton(tr("&Browse…"), filePage);
    fileLayout->addWidget(m_filePath, 1);
    fileLayout->addWidget(browseButton);
    connect(browseButton, &QPushButton::clicked, this, &SecretValueEditor::browse);
    m_stack->addWidget(linePage);
    m_stack->addWidget(m_text);
    m_stack->addWidget(filePage);

    m_size->setTextFormat(Qt::PlainText);
    m_size->setStyleSheet(QStringLiteral("color: #616161;"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setAccessibleName(tr("Problem with the value"));
    m_error->hide();

    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_singleChoice);
    choiceRow->addWidget(m_multiChoice);
    choiceRow->addWidget(m_fileChoice);
    choiceRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choiceRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_size);
    layout->addWidget(m_error);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_stack->setCurrentIndex(id);
        fitToSource();
        validate();
    });
    connect(m_line, &QLineEdit::textChanged, this, &SecretValueEditor::validate);
    fitToSource();
    connect(m_text, &QPlainTextEdit::textChanged, this, &SecretValueEditor::validate);
    validate();
}

void SecretValueEditor::fitToSource()
{
    // Only several lines need room; one line or a file name sits on one row, with the size and
    // any problem right under it.
    const bool multi = source() == Source::MultiLine;
    m_stack->setMaximumHeight(multi ? QWIDGETSIZE_MAX : m_line->sizeHint().height() + 4);
    setSizePolicy(QSizePolicy::Preferred, multi ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    updateGeometry();
}

SecretValueEditor::~SecretValueEditor()
{
    m_fileBytes.fill('\0');
}

void SecretValueEditor::setValueRule(Checker checker, qsizetype maxBytes)
{
    m_checker = std::move(checker);
    m_maxBytes = maxBytes;
    validate();
}

void SecretValueEditor::setFileAllowed(bool allowed)
{
    m_fileChoice->setVisible(allowed);
    if (!allowed && m_fileChoice->isChecked())
        m_singleChoice->setChecked(true);
}

void SecretValueEditor::setSource(Source source)
{
    m_choices->button(static_cast<int>(source))->setChecked(true);
}

SecretValueEditor::Source SecretValueEditor::source() const
{
    return static_cast<Source>(m_choices->checkedId());
}

QByteArray SecretValueEditor::value() const
{
    switch (source()) {
    case Source::SingleLine:
        return m_line->text().toUtf8();
    case Source::MultiLine:
        return m_text->toPlainText().toUtf8();
    case Source::File:
        return m_fileBytes;
    }
    return {};
}

void SecretValueEditor::clear()
{
    m_line->clear();
    m_text->clear();
    m_filePath->clear();
    m_fileBytes.fill('\0');
    m_fileBytes.clear();
    m_fileProblem.clear();
    validate();
}

void SecretValueEditor::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the file whose bytes become the secret"));
    if (!path.isEmpty())
        setFile(path);
}

void SecretValueEditor::setFile(const QString &path)
{
    m_fileBytes.fill('\0');
    m_fileBytes.clear();
    m_fileProblem.clear();
    m_filePath->setText(path);
    const QFileInfo info(path);
    const auto tooBig = [&](qsizetype size) {
        return tr("%1 is %2; at most %3 are allowed")
            .arg(info.fileName(), sizeText(size), sizeText(m_maxBytes));
    };
    if (!info.isFile()) {
        // A pipe or device could block the window or never end.
        m_fileProblem = tr("%1 is not a regular file").arg(info.fileName());
    } else if (m_maxBytes > 0 && info.size() > m_maxBytes) {
        // Too big is said from the size alone: a large file is never read into memory.
        m_fileProblem = tooBig(info.size());
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_fileProblem = tr("Cannot read %1: %2").arg(path, file.errorString());
        } else {
            // At most one byte over the limit: a file that grew, or lies about its size
            // (/proc), is still judged by what it holds.
            m_fileBytes = m_maxBytes > 0 ? file.read(m_maxBytes + 1) : file.readAll();
            if (m_maxBytes > 0 && m_fileBytes.size() > m_maxBytes)
                m_fileProblem = tooBig(m_fileBytes.size());
            else if (m_checker)
                m_fileProblem = m_checker(m_fileBytes);
            if (!m_fileProblem.isEmpty()) {
                m_fileBytes.fill('\0');
                m_fileBytes.clear();
            }
        }
    }
    setSource(Source::File);
    validate();
}

void SecretValueEditor::validate()
{
    qsizetype bytes = 0;
    m_problem.clear();
    bool quiet = false; // nothing chosen yet: the caller's disabled button says enough
    if (source() == Source::File) {
        const bool chosen = !m_filePath->text().isEmpty();
        bytes = chosen ? (m_fileBytes.isEmpty() ? QFileInfo(m_filePath->text()).size()
                                                : m_fileBytes.size())
                       : 0;
        m_problem = chosen ? m_fileProblem : tr("Choose a file.");
        quiet = !chosen;
    } else {
        const QByteArray now = value();
        bytes = now.size();
        if (m_checker)
            m_problem = m_checker(now);
    }
    m_size->setText(m_maxBytes > 0
                        ? tr("%1 of at most %2").arg(sizeText(bytes), sizeText(m_maxBytes))
                        : sizeText(bytes));
    m_error->setText(quiet ? QString() : m_problem);
    m_error->setVisible(!quiet && !m_problem.isEmpty());
    Q_EMIT changed();
}

} // namespace brickdesk

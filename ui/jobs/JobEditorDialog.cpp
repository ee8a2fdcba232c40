#include "JobEditorDialog.h"

#include "DiffView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024; // a job definition is never this big

} // namespace

JobEditorDialog::JobEditorDialog(Mode mode, const QJsonObject &settings, qint64 jobId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_jobId(jobId)
    , m_originalText(jobDefinition::toText(settings))
    , m_pages(new QStackedWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_diff(new DiffView(this))
    , m_diffStat(new QLabel(this))
    , m_definitions(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_back(new QPushButton(tr("&Back to editing"), this))
    , m_primary(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Create ? tr("New job") : tr("Edit job %1").arg(jobId));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Job settings JSON"));
    m_editor->setPlainText(m_originalText);
    m_definitions->hide();
    m_definitions->setAccessibleName(tr("Job in the file"));
    connect(m_definitions, &QComboBox::activated, this, &JobEditorDialog::showDefinition);
    for (QLabel *label : {m_error, m_warnings, m_diffStat}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_warnings->setStyleSheet(QStringLiteral("color: #8d6e00;"));
    m_error->hide();
    m_warnings->hide();

    auto *editPage = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro =
        new QLabel(mode == Mode::Create ? tr("Job settings as JSON (as in jobs/create), a jobs/get "
                                             "answer, or a dbx deployment file:")
                                        : tr("The job's full settings. Saving replaces all of them "
                                             "(jobs/reset); you review the changes first."),
                   this);
    intro->setWordWrap(true);
    editLayout->addWidget(intro);
    editLayout->addWidget(m_definitions);
    editLayout->addWidget(m_editor, 1);
    editLayout->addWidget(m_warnings);
    auto *reviewPage = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(m_diffStat);
    reviewLayout->addWidget(m_diff, 1);
    m_pages->addWidget(editPage);
    m_pages->addWidget(reviewPage);

    if (mode == Mode::Create) {
        m_openFile = m_buttons->addButton(tr("&Open file…"), QDialogButtonBox::ActionRole);
        m_openFile->setShortcut(QKeySequence::Open);
        connect(m_openFile, &QPushButton::clicked, this, &JobEditorDialog::chooseOpenFile);
    }
    m_buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_primary, QDialogButtonBox::ActionRole);
    m_back->hide();
    m_primary->setDefault(true);
    m_primary->setText(mode == Mode::Create ? tr("C&reate") : tr("&Review changes…"));
    // Ctrl+Return submits from inside the editor, where Return makes a new line.
    m_primary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_primary, &QPushButton::clicked, this, &JobEditorDialog::onPrimary);
    connect(m_back, &QPushButton::clicked, this, &JobEditorDialog::backToEditing);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(760, 620);
}

bool JobEditorDialog::isReviewing() const
{
    return m_pages->currentIndex() == 1;
}

std::optional<JobDefinition> JobEditorDialog::parsed()
{
    QString problem;
    std::optional<JobDefinition> definition =
        jobDefinition::single(m_editor->toPlainText(), &problem);
    if (!definition)
        showError(tr("The settings cannot be used: %1").arg(problem));
    return definition;
}

void JobEditorDialog::onPrimary()
{
    m_error->hide();
    if (isReviewing()) {
        setBusy(true);
        Q_EMIT saveRequested(m_jobId, m_pending);
        return;
    }
    const std::optional<JobDefinition> definition = parsed();
    if (!definition)
        return;
    if (m_mode == Mode::Create) {
        setBusy(true);
        Q_EMIT createRequested(definition->settings);
        return;
    }
    review(definition->settings);
}

void JobEditorDialog::review(const QJsonObject &settings)
{
    const QList<DiffLine> diff = diffTexts(m_originalText, jobDefinition::toText(settings));
    if (!hasChanges(diff)) {
        showError(tr("Nothing to save: the settings are unchanged."));
        return;
    }
    m_pending = settings;
    m_diff->setDiff(withContext(diff, 3));
    m_diffStat->setText(tr("Saving replaces the job's settings with these changes (%1 lines):")
                            .arg(diffStat(diff)));
    m_pages->setCurrentIndex(1);
    m_back->show();
    if (m_openFile)
        m_openFile->hide();
    m_primary->setText(tr("&Save"));
    m_primary->setFocus();
}

void JobEditorDialog::backToEditing()
{
    m_pages->setCurrentIndex(0);
    m_back->hide();
    if (m_openFile)
        m_openFile->show();
    m_primary->setText(m_mode == Mode::Create ? tr("C&reate") : tr("&Review changes…"));
    m_editor->setFocus();
}

void JobEditorDialog::showError(const QString &message)
{
    // The page stays as it is: from the review, Back leads to the text to fix.
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void JobEditorDialog::setBusy(bool busy)
{
    m_primary->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_editor->setReadOnly(busy);
}

void JobEditorDialog::chooseOpenFile()
{
    auto *dialog = new QFileDialog(this, tr("Open a job definition"), QString(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { loadFile(path); });
    dialog->open();
}

bool JobEditorDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxFileBytes) {
        showError(tr("%1 is too large for a job definition.").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    return loadFileContent(file.readAll(), QFileInfo(path).fileName());
}

bool JobEditorDialog::loadFileContent(const QByteArray &content, const QString &name)
{
    QString problem;
    const QList<JobDefinition> definitions = jobDefinition::fromFile(content, &problem);
    if (definitions.isEmpty()) {
        showError(tr("%1 holds no job definition Brickdesk can use: %2").arg(name, problem));
        return false;
    }
    m_error->hide();
    m_fileDefinitions = definitions;
    m_definitions->clear();
    for (const JobDefinition &definition : definitions)
        m_definitions->addItem(definition.label);
    m_definitions->setVisible(definitions.size() > 1);
    showDefinition(0);
    return true;
}

void JobEditorDialog::showDefinition(int index)
{
    if (index < 0 || index >= m_fileDefinitions.size())
        return;
    const JobDefinition &definition = m_fileDefinitions.at(index);
    m_editor->setPlainText(jobDefinition::toText(definition.settings));
    m_warnings->setText(definition.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!definition.warnings.isEmpty());
    if (m_fileDefinitions.size() > 1)
        m_definitions->setCurrentIndex(index);
}

} // namespace brickdesk
